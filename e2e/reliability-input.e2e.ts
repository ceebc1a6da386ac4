// Bad input in Chromium: the `evil` tenant's markup and script payloads in contact names, Business
// Partner names, emails, agent names and notes are shown as plain text and none of them runs (no
// `window.__xss`, no native dialog, no CSP violation); notes over 1,000 characters cannot be sent
// from the page, the dispatcher refuses them, and nothing is ever cut.
import type { Page } from 'playwright-core';
import { RELEASE_NOTES_MAX, type Session } from '../src/contract/dispatcher-api';
import { reset, resetStats } from '../mock-host/simulator/control';
import { HOSTILE_CASES, HOSTILE_GLOBAL, HOSTILE_PAYLOADS } from '../mock-host/simulator/hostile';
import { freshKey } from '../mock-host/simulator/testing';
import {
  dispatcher,
  listAll,
  recordPageOutput,
  recordReleases,
  releasableRow,
  releasedEntries,
  rowOf,
  settledRows,
  shownIds,
  stats,
} from './support/reliability';
import { recordRequestsInPage, releaseRequestsStarted } from './support/request-log';
import { ACTIVE_SESSIONS, type Stack, startStack, withIdentity } from './support/stack';

jest.setTimeout(90_000);

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

/** A page as `tenant`'s administrator; its clock is playwright's and it records what it sends. */
async function open(path: string, tenant: string): Promise<Page> {
  const context = await stack.context();
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.clock.install();
  await recordRequestsInPage(page);
  await page.goto(withIdentity(`${stack.host.hostUrl}${path}`, { user: 'admin', tenant }));
  return page;
}

/** Elements the page's table may contain; a payload that became markup would add others. */
const TABLE_TAGS = new Set([
  // The boxes that choose sessions for a bulk release (each checked below to be one of those).
  'INPUT',
  'TABLE',
  'CAPTION',
  'THEAD',
  'TBODY',
  'TR',
  'TH',
  'TD',
  'BUTTON',
  'SPAN',
  'TIME',
  'EM',
  'A',
  'DIV',
  // The audit trail's history mark (each checked below to be the page's own, hidden from readers).
  'svg',
  'path',
]);

const xss = (page: Page) =>
  page.evaluate((name) => (window as unknown as Record<string, unknown>)[name], HOSTILE_GLOBAL);

describe('hostile data (the evil tenant)', () => {
  test(`${HOSTILE_CASES.length} markup and script payloads show as text and none runs`, async () => {
    expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(50);
    await reset(stack.host.simulatorUrl);
    stack.host.clearCspViolations();
    const evil = dispatcher(stack, 'evil');
    const listed = await listAll(evil);
    const page = await open(`${ACTIVE_SESSIONS}?view=all&size=100`, 'evil');
    const output = recordPageOutput(page);
    const releases = recordReleases(page);
    await settledRows(page);

    // The Agent column is hidden by default: show it through the column chooser.
    await page.getByText('Columns', { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Agent', exact: true }).check();
    await page.getByTestId('sessions-table').getByRole('columnheader', { name: /Agent/ }).waitFor();

    // Every page of the list: each row's text holds its contact, Business Partner and agent exactly.
    const seen = new Map<string, string>();
    for (let pageNumber = 0; pageNumber < 5; pageNumber += 1) {
      const rows = await page
        .locator('[data-testid="session-row"]')
        .evaluateAll((elements) =>
          elements.map((row) => [row.getAttribute('data-session-id') ?? '', row.textContent ?? ''] as const),
        );
      for (const [id, text] of rows) seen.set(id, text);
      const tags = await page
        .getByTestId('sessions-table')
        .evaluate((table) => [...table.querySelectorAll('*')].map((element) => element.tagName));
      expect(tags.filter((tag) => !TABLE_TAGS.has(tag))).toEqual([]);
      const marks = await page
        .getByTestId('sessions-table')
        .evaluate((table) =>
          [...table.querySelectorAll('svg')].map((svg) =>
            [
              svg.getAttribute('aria-hidden'),
              [...svg.children].map((child) => child.tagName).join(),
              svg.closest('a')?.getAttribute('href')?.startsWith('/communications/logs?session=') ?? false,
              [...svg.querySelectorAll('*'), svg].flatMap((node) =>
                [...node.attributes]
                  .map((attribute) => attribute.name)
                  .filter((name) => name.startsWith('on')),
              ).length,
            ].join(' '),
          ),
        );
      for (const mark of marks) expect(mark).toBe('true path true 0');
      const inputs = await page
        .getByTestId('sessions-table')
        .evaluate((table) =>
          [...table.querySelectorAll('input')].map(
            (input) => `${input.type}: ${input.getAttribute('aria-label')}`,
          ),
        );
      for (const input of inputs) {
        expect(input).toMatch(
          /^checkbox: Select (session with .+|every session on this page that can be released)$/s,
        );
      }
      const hrefs = await page
        .getByTestId('sessions-table')
        .evaluate((table) => [...table.querySelectorAll('a')].map((a) => a.getAttribute('href') ?? ''));
      for (const href of hrefs) expect(href).toMatch(/^\/communications\/logs\?session=ses_\w+$/);
      const next = page.getByRole('button', { name: 'Next page' });
      if ((await next.getAttribute('aria-disabled')) === 'true') break;
      const before = await shownIds(page);
      await next.click();
      await page.waitForFunction(
        (first) =>
          document.querySelector('[data-testid="session-row"]')?.getAttribute('data-session-id') !== first,
        before[0],
      );
      await settledRows(page);
    }
    expect([...seen.keys()].sort()).toEqual(listed.map((session) => session.id).sort());

    const shownTexts = new Set<string>();
    for (const session of listed) {
      const text = seen.get(session.id) ?? '';
      const expected = [
        session.contact.phone,
        session.contact.email,
        session.contact.businessPartner?.name,
        session.agent?.name,
      ].filter((value): value is string => Boolean(value));
      for (const value of expected) {
        expect(text).toContain(value);
        shownTexts.add(value);
      }
    }
    // Each payload appeared in full, as text: in a Business Partner name, and in emails and agent names.
    for (const payload of HOSTILE_PAYLOADS) {
      expect([...shownTexts].some((text) => text.includes(payload))).toBe(true);
    }
    const partners = new Set(listed.map((session) => session.contact.businessPartner?.name));
    expect(HOSTILE_PAYLOADS.every((payload) => partners.has(payload))).toBe(true);
    expect(
      listed.some((s) => s.contact.email && HOSTILE_PAYLOADS.some((p) => s.contact.email?.startsWith(p))),
    ).toBe(true);
    expect(listed.some((s) => s.agent && HOSTILE_PAYLOADS.includes(s.agent.name))).toBe(true);

    // The release dialog names the partner and agent as text too, and the notes go out untouched.
    await page.getByRole('button', { name: 'Previous page' }).click();
    await settledRows(page);
    // A row whose agent and partner names are markup, so the dialog shows them as text or fails here.
    const shown = new Set(await shownIds(page));
    const markup = listed.filter(
      (s) => shown.has(s.id) && s.agent?.name.includes('<') && s.contact.businessPartner?.name.includes('<'),
    );
    const skip = listed.filter((s) => !markup.includes(s)).map((s) => s.id);
    const row = await releasableRow(page, skip);
    const session = listed.find((s) => s.id === row.id) as Session;
    expect(session.agent?.name).toContain('<');
    await row.button.click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    const summary = (await dialog.textContent()) ?? '';
    expect(summary).toContain(session.contact.businessPartner?.name ?? '');
    expect(summary).toContain(session.agent?.name ?? '');
    expect(
      await dialog.evaluate(
        (element) => element.querySelectorAll('img, script, iframe, svg, object, embed').length,
      ),
    ).toBe(0);
    let notes = '';
    for (const payload of HOSTILE_PAYLOADS) {
      if ([...`${notes}${payload} `].length > RELEASE_NOTES_MAX) break;
      notes += `${payload} `;
    }
    notes = notes.trim();
    await dialog.getByRole('textbox', { name: 'Notes' }).fill(notes);
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(releases.map((sent) => sent.body)).toEqual([{ notes }]);

    // Conversation Logs (the console's page) shows the session's audit trail, every note as text.
    const trail = (await evil.audit(row.id)).body.items;
    expect(trail.at(-1)).toMatchObject({ action: 'RELEASED', notes });
    await rowOf(page, row.id)
      .getByRole('link', { name: /Audit trail/ })
      .click();
    const log = page.getByRole('table', { name: `Audit trail of session ${row.id}` });
    await log.waitFor();
    const logText = (await log.textContent()) ?? '';
    const noted = trail.flatMap((entry) => (entry.notes ? [entry.notes] : []));
    expect(noted.length).toBeGreaterThanOrEqual(3);
    expect(noted.filter((text) => !logText.includes(text))).toEqual([]);

    expect(await xss(page)).toBeUndefined();
    expect(output.dialogs).toEqual([]);
    expect(output.errors).toEqual([]);
    expect(stack.host.cspViolations()).toEqual([]);
    await page.context().close();
  });
});

describe('notes over 1,000 characters', () => {
  test('cannot be sent from the page: it shows the count, blocks, sends nothing and cuts nothing', async () => {
    await reset(stack.host.simulatorUrl);
    const acme = dispatcher(stack);
    const page = await open(ACTIVE_SESSIONS, 'acme');
    const releases = recordReleases(page);
    await settledRows(page);
    const row = await releasableRow(page);
    await row.button.click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    const textarea = dialog.getByRole('textbox', { name: 'Notes' });
    const tooLong = `${'Agent went off shift. '.repeat(46)}x`.slice(0, RELEASE_NOTES_MAX + 1);
    expect(tooLong).toHaveLength(1_001);
    await textarea.fill(tooLong);
    await dialog.getByText('1 character too many: notes can have at most 1,000.').waitFor();
    expect(await textarea.getAttribute('aria-invalid')).toBe('true');
    await resetStats(stack.host.simulatorUrl);
    // The button says it is disabled (aria-disabled keeps it focusable): click it and press Enter on it anyway.
    const release = dialog.getByRole('button', { name: 'Release', exact: true });
    expect(await release.getAttribute('aria-disabled')).toBe('true');
    await release.click({ force: true });
    await release.press('Enter');
    // Whatever the page does on those, its timers included, is done once a minute of its time has
    // run: a release it started would be in its own log by then.
    await page.clock.runFor(60_000);
    expect(await releaseRequestsStarted(page)).toBe(0);
    expect(releases).toEqual([]);
    expect((await stats(stack)).requests.release).toBe(0);
    expect(await dialog.isVisible()).toBe(true);
    expect(await textarea.inputValue()).toBe(tooLong);

    // One character less is exactly the limit: sent, stored and shown in full.
    await textarea.press('End');
    await textarea.press('Backspace');
    await dialog.getByText('1,000 / 1,000 characters').waitFor();
    await dialog.getByRole('button', { name: 'Release', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    const exact = tooLong.slice(0, RELEASE_NOTES_MAX);
    expect(releases.map((sent) => sent.body)).toEqual([{ notes: exact }]);
    expect((await releasedEntries(acme, row.id)).at(-1)?.notes).toBe(exact);
    await page.context().close();
  });

  test('are refused by the dispatcher with 400 NOTES_TOO_LONG, counted in code points, and change nothing', async () => {
    await reset(stack.host.simulatorUrl);
    const acme = dispatcher(stack);
    const target = (await listAll(acme, { state: 'WITH_AGENT' })).find((session) => session.agent);
    if (!target) throw new Error('no assigned session');
    const before = (await acme.audit(target.id)).body.items;
    for (const notes of ['n'.repeat(RELEASE_NOTES_MAX + 1), '👍'.repeat(RELEASE_NOTES_MAX + 1)]) {
      const answer = await acme.release(target.id, { notes }, freshKey());
      expect(answer.status).toBe(400);
      expect(answer.body.code).toBe('NOTES_TOO_LONG');
    }
    expect((await acme.get<Session>(`sessions/${target.id}`)).body.agent).toEqual(target.agent);
    expect((await acme.audit(target.id)).body.items).toEqual(before);
    // 1,000 emoji are 2,000 UTF-16 units but 1,000 characters: accepted, stored whole.
    const emoji = '👍'.repeat(RELEASE_NOTES_MAX);
    expect((await acme.release(target.id, { notes: emoji }, freshKey())).status).toBe(200);
    expect((await releasedEntries(acme, target.id)).at(-1)?.notes).toBe(emoji);
  });
});
