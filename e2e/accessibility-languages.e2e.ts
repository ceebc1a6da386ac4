// axe-core in Chromium, WCAG 2.1 A/AA, for what accessibility.e2e.ts does not open: the page in German
// (list, every state's badge, the release dialog, the stale list after a failed refresh) and, in both
// languages, the card layout of a phone-sized window and the stale list. Under the console's real CSP,
// as there; each state is also a screenshot (a11y-<language>-<state>.png).
import type { Page } from 'playwright-core';
import { clearFaults, reset, setFault } from '../mock-host/simulator/control';
import { withLanguage } from './support/language';
import { settleLayout } from './support/layout';
import { cspViolationsSeen, runAxe, screenshot, waitForRows } from './support/page';
import { ACTIVE_SESSIONS, withIdentity } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

const suite = stackPerFile();

beforeEach(() => reset(suite.stack.host.simulatorUrl));

async function open(language: 'en' | 'de', { query = '', width = 1280 } = {}): Promise<Page> {
  const context = await suite.stack.browser.newContext({ viewport: { width, height: 900 } });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(
    withLanguage(withIdentity(`${suite.stack.host.hostUrl}${ACTIVE_SESSIONS}${query}`), language),
  );
  await waitForRows(page);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await settleLayout(page);
  return page;
}

/** Violations, with only the one CSP refusal axe itself causes allowed (see accessibility.e2e.ts). */
async function axe(page: Page) {
  expect(await cspViolationsSeen(page)).toEqual([]);
  const violations = (await runAxe(page)).map(({ id, impact, help, nodes }) => ({
    id,
    impact,
    help,
    nodes: nodes.slice(0, 5).map((node) => ({ target: node.target, summary: node.failureSummary })),
  }));
  for (const seen of await cspViolationsSeen(page)) {
    expect(seen).toEqual({ directive: 'style-src-elem', blocked: 'inline' });
  }
  suite.stack.host.clearCspViolations();
  return violations;
}

afterEach(async () => {
  await clearFaults(suite.stack.host.simulatorUrl);
});

describe('in German', () => {
  test('the list has no violation, and the page says it is German', async () => {
    const page = await open('de');
    expect(
      await page
        .getByRole('heading', { name: 'Aktive Sitzungen' })
        .evaluate((h) => h.closest('[lang]')?.getAttribute('lang')),
    ).toBe('de');
    await screenshot(page, 'a11y-de-list');
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  test('every state’s badge (the All view) has no violation', async () => {
    const page = await open('de', { query: '?view=all' });
    await screenshot(page, 'a11y-de-all');
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  test('the release dialog has no violation', async () => {
    const page = await open('de');
    await page.locator('button[aria-label$=" freigeben"]:not([aria-disabled])').first().click();
    const dialog = page.getByRole('dialog', { name: 'Sitzung freigeben' });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Notizen' }).fill('Agent hat Feierabend');
    await screenshot(page, 'a11y-de-release-dialog');
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});

describe.each(['en', 'de'] as const)('in %s', (language) => {
  test('the cards of a phone-sized window have no violation', async () => {
    const page = await open(language, { width: 420 });
    expect(await page.locator('[data-layout="cards"]').count()).toBe(1);
    await screenshot(page, `a11y-${language}-cards-420`, true);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });

  test('the stale list after a failed refresh has no violation', async () => {
    const page = await open(language);
    await setFault(suite.stack.host.simulatorUrl, 'list', { mode: 'status', status: 503 });
    await page
      .getByRole('button', { name: language === 'de' ? 'Aktualisieren' : 'Refresh', exact: true })
      .click();
    await page.getByTestId('list-error').waitFor();
    await screenshot(page, `a11y-${language}-stale`);
    expect(await axe(page)).toEqual([]);
    await page.context().close();
  });
});
