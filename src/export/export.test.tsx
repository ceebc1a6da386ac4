// The Export actions on the page: the view's export with its progress and Cancel, and a bulk release's
// outcome, read back from the file the browser is handed.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { aSession, deferred, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { ModuleRoot as Root } from '../../test/module-root';
import { blobBytes, csvHeader, csvObjects, utf8 } from '../../test/read-csv';
import type { Session } from '../contract/dispatcher-api';

/** Sessions of one agent, the newest first. */
function ofAgent(count: number, patch: Partial<Session> = {}): Session[] {
  return Array.from({ length: count }, (_, i) =>
    aSession({
      id: `s-${String(i).padStart(4, '0')}`,
      startedAt: new Date(Date.UTC(2026, 0, 1, 12, 0) - i * 60_000).toISOString(),
      contact: { phone: `+44 20 7946 ${String(i).padStart(4, '0')}` },
      agent: { id: 'agt-4', name: 'Tom Becker' },
      ...patch,
    }),
  );
}

/** In the With agent view's own order: held longest first. */
const heldLongestFirst = (sessions: Session[]) =>
  sessions.toSorted((a, b) => a.startedAt.localeCompare(b.startedAt));

/** The files handed to the browser's downloads: the Blob and the name of each. */
let downloads: Array<{ blob: Blob; name: string }> = [];

beforeEach(() => {
  window.history.replaceState(null, '', '/communications/sessions/active');
  window.localStorage.clear();
  downloads = [];
  const urls = new Map<string, Blob>();
  // jsdom has no object URLs and does not download: the link's click is where a file leaves.
  URL.createObjectURL = (blob: Blob) => {
    const url = `blob:test/${urls.size}`;
    urls.set(url, blob);
    return url;
  };
  URL.revokeObjectURL = () => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    const blob = urls.get(this.href);
    if (blob && this.download) downloads.push({ blob, name: this.download });
  });
});
afterEach(() => jest.restoreAllMocks());

function renderPage(sessions: Session[], props: Record<string, unknown> = {}) {
  const fake = new FakeDispatcherClient(sessions);
  const user = userEvent.setup({ delay: null });
  render(
    <Root
      dispatcherClient={fake.client}
      hasPermission={() => true}
      locale="en-GB"
      timeZone="Europe/Berlin"
      {...props}
    />,
  );
  return { fake, user };
}

const rows = () => screen.getAllByTestId('session-row');
const exportCalls = (fake: FakeDispatcherClient) =>
  fake.listCalls().filter((call) => call.params.limit === '200');
const fileText = async (index = 0) => utf8(await blobBytes((downloads[index] as { blob: Blob }).blob));

/** Holds the export's answer for `cursor` back until the returned promise's resolve. */
function holdPage(fake: FakeDispatcherClient, cursor: string) {
  const held = deferred();
  const get = fake.get;
  fake.get = (url, config = {}) => {
    if (config.params?.limit === '200' && config.params.cursor === cursor)
      fake.script.list.unshift({ until: held.promise });
    return get(url, config);
  };
  return held;
}

describe('exporting the view', () => {
  it('shows its progress; Cancel aborts the request on its way and nothing is downloaded', async () => {
    const { fake, user } = renderPage(ofAgent(450));
    await waitFor(() => expect(rows()).toHaveLength(50));
    const held = holdPage(fake, '200');
    const button = screen.getByRole('button', { name: 'Export CSV' });
    await user.click(button);
    const progress = await screen.findByTestId('export-progress');
    await waitFor(() => expect(progress).toHaveTextContent('Exporting… 200 of 450 sessions'));
    expect(within(progress).getByRole('progressbar', { name: 'Export progress' })).toHaveAttribute(
      'value',
      '200',
    );
    expect(button).toHaveAttribute('aria-disabled', 'true');
    const inFlight = exportCalls(fake)[1];
    expect(inFlight?.params.cursor).toBe('200');
    expect(inFlight?.signal?.aborted).toBe(false);

    await user.click(within(progress).getByRole('button', { name: 'Cancel' }));
    expect(inFlight?.signal?.aborted).toBe(true);
    expect(screen.getByTestId('export-status')).toHaveTextContent(
      'Export cancelled. Nothing was downloaded.',
    );
    expect(screen.queryByTestId('export-progress')).toBeNull();
    expect(button).toHaveFocus();
    expect(button).not.toHaveAttribute('aria-disabled');
    held.resolve();
    await waitFor(() => expect(fake.inFlight).toBe(0));
    expect(exportCalls(fake)).toHaveLength(2);
    expect(downloads).toEqual([]);
  });

  it('downloads every page of the view as CSV: a row per session, ISO instants beside the tenant-zone text, formulas neutralised', async () => {
    const sessions = ofAgent(450);
    sessions[7] = { ...(sessions[7] as Session), contact: { phone: "=cmd|' /C calc'!A0", email: '@x, "y"' } };
    const { fake, user } = renderPage(sessions);
    await waitFor(() => expect(rows()).toHaveLength(50));
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^active-sessions-with-agent-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(screen.getByTestId('export-status')).toHaveTextContent(
      `450 sessions exported to ${downloads[0]?.name}.`,
    );
    expect(exportCalls(fake).map((call) => call.params.cursor)).toEqual([undefined, '200', '400']);
    const file = csvObjects(await fileText());
    expect(file.map((row) => row['Session ID'])).toEqual(heldLongestFirst(sessions).map((s) => s.id));
    const byId = new Map(file.map((row) => [row['Session ID'], row]));
    expect(byId.get('s-0000')).toMatchObject({
      Phone: '+44 20 7946 0000'.replace(/^\+/, "'+"),
      Agent: 'Tom Becker',
      'Agent ID': 'agt-4',
      Channel: 'WhatsApp',
      State: 'With agent',
      'Started At (ISO 8601)': '2026-01-01T12:00:00.000Z',
    });
    expect(byId.get('s-0000')?.['Started At (tenant time zone)']).toMatch(/1 January 2026.*13:00/);
    expect(byId.get('s-0007')).toMatchObject({ Phone: "'=cmd|' /C calc'!A0", Email: '\'@x, "y"' });
  });

  it('names its columns in German on a German page', async () => {
    const { user } = renderPage(ofAgent(3), { language: 'de', locale: 'de-DE' });
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(screen.getByRole('button', { name: 'Als CSV exportieren' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const text = await fileText();
    expect(csvHeader(text).slice(0, 8)).toEqual([
      'Sitzungs-ID',
      'Telefon',
      'E-Mail',
      'Geschäftspartner',
      'Geschäftspartner-ID',
      'Agent',
      'Agenten-ID',
      'Kanal',
    ]);
    expect(csvObjects(text).map((row) => row['Sitzungs-ID'])).toEqual(['s-0002', 's-0001', 's-0000']);
    expect(screen.getByTestId('export-status')).toHaveTextContent('3 Sitzungen nach');
  });
});

describe("exporting a bulk release's outcome", () => {
  it('offers the rows of the outcome: each session with its contact, agent, outcome and key', async () => {
    const sessions = ofAgent(3);
    const { fake, user } = renderPage(sessions);
    fake.releaseScript[sessions[1]?.id as string] = [{ status: 409, data: { code: 'NOT_WITH_AGENT' } }];
    await waitFor(() => expect(rows()).toHaveLength(3));
    await user.click(
      screen.getByRole('checkbox', { name: 'Select every session on this page that can be released' }),
    );
    await user.click(screen.getByRole('button', { name: 'Release 3 sessions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Release 3 sessions' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Notes' }), 'off-shift');
    await user.click(within(dialog).getByRole('button', { name: 'Release 3 sessions' }));
    const close = await within(dialog).findByRole('button', { name: 'Close' });
    await waitFor(() => expect(close).toBeEnabled());
    await user.click(close);
    const status = screen.getByTestId('bulk-status');
    await user.click(within(status).getByRole('button', { name: 'Export outcome (CSV)' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    expect(downloads[0]?.name).toMatch(/^bulk-release-outcome-\d{4}-\d{2}-\d{2}\.csv$/);
    const keys = Object.fromEntries(
      fake.releaseCalls().map((call) => [call.url.split('/')[1], call.headers['Idempotency-Key']]),
    );
    const file = csvObjects(await fileText());
    expect(
      file.map((row) => [row['Session ID'], row.Phone, row.Agent, row.Outcome, row['Idempotency key']]),
    ).toEqual(
      heldLongestFirst(sessions).map((session) => [
        session.id,
        `'${session.contact.phone}`,
        'Tom Becker',
        session === sessions[1] ? 'conflict' : 'released',
        keys[session.id],
      ]),
    );
    expect(file.find((row) => row.Outcome === 'conflict')).toMatchObject({
      'HTTP status': '409',
      'Error code': 'NOT_WITH_AGENT',
    });
  });
});
