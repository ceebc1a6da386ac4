// Exporting the view in Chromium against the simulator: every page of it fetched through the
// console's client, the file the browser downloads read back and compared with what the simulator
// holds for that view; German column names on a German page; the hostile tenant's cells neutralised.
import type { Page, Request } from 'playwright-core';
import { reset } from '../mock-host/simulator/control';
import { csvHeader, csvObjects, utf8 } from '../test/read-csv';
import { waitForRows } from './support/page';
import { dispatcher } from './support/reliability';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(90_000);

// Enough sessions for the All view to take several of the export's pages of 200.
const suite = stackPerFile({ simulator: { tenantSessions: { acme: 1_100 } } });

/** The list requests the export sends (pages of 200; the page's own are smaller). */
function recordExportRequests(page: Page): URL[] {
  const sent: URL[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (
      request.method() === 'GET' &&
      /\/sessions$/.test(url.pathname) &&
      url.searchParams.get('limit') === '200'
    )
      sent.push(url);
  });
  return sent;
}

/** Presses the Export button and reads the file the browser downloads. */
async function exported(page: Page, name: string): Promise<{ file: string; text: string }> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  // The suites share one Chromium over a connection: the file is read through it, not from its disk.
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return { file: download.suggestedFilename(), text: utf8(Buffer.concat(chunks)) };
}

/** The query the export sent, without its paging: what the simulator is asked for the same view. */
function viewParams(url: URL | undefined): Record<string, string> {
  if (!url) throw new Error('the export sent no request');
  const params = Object.fromEntries(url.searchParams);
  delete params.cursor;
  return params;
}

test('the All view: every page of it in one file, row for row what the simulator holds', async () => {
  await reset(suite.stack.host.simulatorUrl);
  const { page, uncaught } = await suite.open(`${ACTIVE_SESSIONS}?view=all`);
  await waitForRows(page);
  const sent = recordExportRequests(page);
  const { file, text } = await exported(page, 'Export CSV');
  expect(file).toMatch(/^active-sessions-all-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = csvObjects(text);
  const held = await dispatcher(suite.stack).listAll(viewParams(sent[0]));
  expect(held.length).toBeGreaterThan(600);
  expect(sent.map((url) => url.searchParams.get('cursor') !== null)).toEqual(
    Array.from({ length: Math.ceil(held.length / 200) }, (_, i) => i > 0),
  );
  expect(rows).toHaveLength(held.length);
  expect(rows.map((row) => row['Session ID'])).toEqual(held.map((session) => session.id));
  for (const index of [0, 1, 499, held.length - 1]) {
    const session = held[index];
    expect(rows[index]).toMatchObject({
      'Session ID': session?.id,
      'Started At (ISO 8601)': new Date(session?.startedAt ?? '').toISOString(),
      Agent: session?.agent?.name ?? '',
    });
  }
  await page
    .getByTestId('export-status')
    .getByText(`${held.length.toLocaleString('en')} sessions exported to ${file}.`)
    .waitFor();
  expect(uncaught).toEqual([]);
});

test('a German page names the columns in German; the hostile tenant’s cells are neutralised', async () => {
  await reset(suite.stack.host.simulatorUrl);
  const { page, uncaught } = await suite.open(`${ACTIVE_SESSIONS}?view=all&language=de`, {
    tenant: 'evil',
  });
  await waitForRows(page);
  const sent = recordExportRequests(page);
  const { text } = await exported(page, 'Als CSV exportieren');
  expect(csvHeader(text)).toEqual(
    expect.arrayContaining(['Sitzungs-ID', 'Telefon', 'E-Mail', 'Geschäftspartner', 'Kanal', 'Status']),
  );
  const rows = csvObjects(text);
  const held = await dispatcher(suite.stack, 'evil').listAll(viewParams(sent[0]));
  expect(rows.map((row) => row['Sitzungs-ID'])).toEqual(held.map((session) => session.id));
  // Contact data is hostile: no cell starts as a spreadsheet formula would.
  const formulas = rows.flatMap(Object.values).filter((cell) => /^[=+\-@\t\r]/.test(cell));
  expect(formulas).toEqual([]);
  // Every phone starts with `+`, which a spreadsheet would take as a formula: each has its quote.
  const phones = held.flatMap((session) => (session.contact.phone ? [session.contact.phone] : []));
  expect(phones.length).toBeGreaterThan(0);
  expect(rows.flatMap((row) => (row.Telefon ? [row.Telefon] : []))).toEqual(
    phones.map((phone) => `'${phone}`),
  );
  // The markup of the hostile data is text in the file, as it was sent.
  expect(rows.map((row) => row.Geschäftspartner)).toEqual(
    held.map((session) => session.contact.businessPartner?.name ?? ''),
  );
  expect(uncaught).toEqual([]);
});
