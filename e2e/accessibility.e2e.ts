// axe-core in Chromium: no WCAG 2.1 A/AA violation on the page in the console, with and without the
// release dialog open. Each state is also written as a screenshot under artifacts/screenshots/.
import type { Page } from 'playwright-core';
import { cspViolationsSeen, DIALOG, ROW, runAxe, screenshot, waitForRows } from './support/page';
import { ACTIVE_SESSIONS, withIdentity } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

const suite = stackPerFile();

async function open(route = ACTIVE_SESSIONS) {
  const tracked = await suite.open(route);
  await waitForRows(tracked.page);
  // Fonts loaded, so the screenshot shows the page as it renders.
  await tracked.page.evaluate(() => document.fonts.ready.then(() => undefined));
  return tracked;
}

/**
 * axe-core under the console's real CSP: before it runs, the page must have had nothing blocked. axe is
 * evaluated through the DevTools protocol, which the CSP does not govern; the one thing the policy then
 * refuses is the scratch inline <style> axe builds to read style sheets, which none of the WCAG 2.1 A/AA
 * rules needs (the last test runs axe with the CSP bypassed too). Anything else blocked fails the test.
 */
async function axeUnderCsp(page: Page) {
  expect(await cspViolationsSeen(page)).toEqual([]);
  const violations = summary(await runAxe(page));
  for (const seen of await cspViolationsSeen(page)) {
    expect(seen).toEqual({ directive: 'style-src-elem', blocked: 'inline' });
  }
  suite.stack.host.clearCspViolations();
  return violations;
}

/** Violations in a shape that reads well in a failed expectation. */
const summary = (violations: Awaited<ReturnType<typeof runAxe>>) =>
  violations.map(({ id, impact, help, nodes }) => ({
    id,
    impact,
    help,
    nodes: nodes.slice(0, 5).map((node) => ({ target: node.target, summary: node.failureSummary })),
  }));

test('the page has no WCAG 2.1 A/AA violation (axe-core)', async () => {
  const { page, uncaught } = await open();
  await screenshot(page, 'active-sessions');
  expect(await axeUnderCsp(page)).toEqual([]);
  expect(uncaught).toEqual([]);
});

test('the All view, with every state badge, has no WCAG 2.1 A/AA violation', async () => {
  const { page } = await open(`${ACTIVE_SESSIONS}?view=all`);
  expect(
    new Set(
      await page
        .locator(`${ROW} [data-state]`)
        .evaluateAll((b) => b.map((x) => x.getAttribute('data-state'))),
    ).size,
  ).toBe(5);
  await screenshot(page, 'active-sessions-all');
  await screenshot(page, 'active-sessions-all-full-page', true);
  expect(await axeUnderCsp(page)).toEqual([]);
});

test('with the release dialog open there is no WCAG 2.1 A/AA violation (axe-core)', async () => {
  const { page, uncaught } = await open();
  const release = page.locator('button[aria-label^="Release session with"]:not([aria-disabled])').first();
  await release.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Release session' });
  await dialog.waitFor();
  await dialog.getByRole('textbox', { name: 'Notes' }).fill('Agent off-shift');
  expect(await page.locator(DIALOG).evaluate((element) => element.matches(':modal'))).toBe(true);
  await screenshot(page, 'active-sessions-release-dialog');
  expect(await axeUnderCsp(page)).toEqual([]);
  expect(uncaught).toEqual([]);
});

test('with the CSP bypassed, so axe reads every style sheet, there is no violation either', async () => {
  const context = await suite.stack.browser.newContext({
    bypassCSP: true,
    viewport: { width: 1280, height: 900 },
  });
  try {
    const page = await context.newPage();
    await page.goto(withIdentity(`${suite.stack.host.hostUrl}${ACTIVE_SESSIONS}`));
    await waitForRows(page);
    expect(summary(await runAxe(page))).toEqual([]);
  } finally {
    await context.close();
  }
});
