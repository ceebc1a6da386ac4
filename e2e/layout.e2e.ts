// The page at the widths of real consoles, beside the mock console's 240 px menu (above the page on a
// phone-sized window): nothing scrolls sideways, every Release is in view, Started At keeps to one
// line, no word is broken, and a 1280×800 screen shows at least 12 rows; in English and in German (a
// German browser, so German dates too). Each case is also written as a screenshot under
// artifacts/screenshots/ (layout-<width>-<case>.png), to be looked at.
import type { Page } from 'playwright-core';
import { offShiftAgentOf } from '../mock-host/simulator/dataset';
import { ROW, screenshot, waitForRows } from './support/page';
import {
  controlsOutOfView,
  documentOverflowPx,
  releaseButtonsOutOfView,
  rowsInView,
  settleLayout,
  startedAtOnMoreThanOneLine,
  tableOverflowPx,
  wordsBrokenAcrossLines,
} from './support/layout';
import { withLanguage } from './support/language';
import { ACTIVE_SESSIONS, withIdentity } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(90_000);

const suite = stackPerFile();

const WIDTHS = [420, 1024, 1280, 1440, 1920] as const;
const HEIGHT = 800;

interface Case {
  name: string;
  /** The page's own URL query. */
  query: string;
  agentColumn: boolean;
  language: 'en' | 'de';
}

const CASES: Case[] = [
  { name: 'default', query: '', agentColumn: false, language: 'en' },
  // Every column; the oldest first, so Stuck markers and unassigned rows are on screen.
  { name: 'all-columns-stuck', query: '?sort=duration', agentColumn: true, language: 'en' },
  // Every column and every state's badge, the widest of which is "Awaiting user".
  { name: 'all-columns-all-states', query: '?view=all', agentColumn: true, language: 'en' },
  // German words are longer ("Auto-Aktualisierung anhalten", "Wartet auf Kontakt").
  { name: 'de-default', query: '', agentColumn: false, language: 'de' },
  { name: 'de-all-columns-all-states', query: '?view=all&sort=duration', agentColumn: true, language: 'de' },
];

const COLUMNS_BUTTON = { en: 'Columns', de: 'Spalten' } as const;

async function openAt(width: number, { query, agentColumn, language }: Case): Promise<Page> {
  // A German user's browser (and so the console's regional format) is German too.
  const context = await suite.stack.browser.newContext({
    viewport: { width, height: HEIGHT },
    locale: language === 'de' ? 'de-DE' : 'en-US',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(
    withLanguage(withIdentity(`${suite.stack.host.hostUrl}${ACTIVE_SESSIONS}${query}`), language),
  );
  await waitForRows(page);
  if (agentColumn) {
    await page.getByText(COLUMNS_BUTTON[language], { exact: true }).click();
    await page.getByRole('checkbox', { name: 'Agent' }).check();
    await page.getByRole('columnheader', { name: 'Agent' }).waitFor();
    await page.getByText(COLUMNS_BUTTON[language], { exact: true }).click();
  }
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await settleLayout(page);
  return page;
}

describe.each(WIDTHS)('at %i px', (width) => {
  test.each(CASES)('$name: fits without sideways scrolling, names whole', async (layoutCase) => {
    const page = await openAt(width, layoutCase);
    try {
      await screenshot(page, `layout-${width}-${layoutCase.name}`);
      expect(await documentOverflowPx(page)).toBe(0);
      expect(await tableOverflowPx(page)).toBe(0);
      expect(await controlsOutOfView(page)).toEqual([]);

      const releases = await releaseButtonsOutOfView(page);
      expect(releases.total).toBeGreaterThan(0);
      expect(releases.outside).toEqual([]);

      const started = await startedAtOnMoreThanOneLine(page);
      expect(started.total).toBe(await page.locator(ROW).count());
      expect(started.wrapped).toEqual([]);

      expect(await wordsBrokenAcrossLines(page)).toEqual([]);

      if (width === 1280) expect(await rowsInView(page)).toBeGreaterThanOrEqual(12);
    } finally {
      await page.context().close();
    }
  });
});

test('at 420 px an administrator still finds a session by search and releases it from its card', async () => {
  const page = await openAt(420, CASES[0] as Case);
  try {
    const rows = page.locator(ROW);
    const first = rows.first();
    const contact = (
      await first.getByRole('button', { name: /^Release session with / }).getAttribute('aria-label')
    )
      ?.replace(/^Release session with /, '')
      .trim();
    if (!contact) throw new Error('no releasable first row');
    await page.getByRole('searchbox', { name: 'Search' }).fill(contact);
    await page.waitForFunction(
      ({ row, contact }) => {
        const shown = [...document.querySelectorAll(row)];
        return shown.length > 0 && shown.every((element) => element.textContent?.includes(contact));
      },
      { row: ROW, contact },
    );
    await waitForRows(page);
    // The table is still a table for assistive technology while it looks like cards.
    expect(await page.getByRole('columnheader', { name: 'Duration' }).count()).toBe(1);
    expect(await page.getByRole('row').count()).toBe((await rows.count()) + 1);

    const release = page.getByRole('button', { name: `Release session with ${contact}`, exact: true });
    await release.first().click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box).not.toBeNull();
    expect(box && box.x >= 0 && box.x + box.width <= 420).toBe(true);
    await screenshot(page, 'layout-420-release-dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await documentOverflowPx(page)).toBe(0);
  } finally {
    await page.context().close();
  }
});

test.each([420, 1280])(
  'at %i px the bulk bar and the bulk dialog fit, with every session of an agent chosen',
  async (width) => {
    const agent = offShiftAgentOf('acme');
    if (!agent) throw new Error('the data set has an off-shift agent in acme');
    const page = await openAt(width, {
      ...(CASES[0] as Case),
      query: `?agent=${encodeURIComponent(agent.id)}`,
    });
    try {
      await page
        .getByRole('checkbox', { name: 'Select every session on this page that can be released' })
        .check();
      const bar = page.getByTestId('bulk-bar');
      await bar.getByRole('button', { name: /^Select all \d+ matching sessions$/ }).click();
      await bar.getByText(/^\d+ sessions selected$/).waitFor();
      await settleLayout(page);
      await screenshot(page, `layout-${width}-bulk-bar`);
      expect(await documentOverflowPx(page)).toBe(0);
      expect(await controlsOutOfView(page)).toEqual([]);
      expect(await wordsBrokenAcrossLines(page)).toEqual([]);

      await bar.getByRole('button', { name: /^Release \d+ sessions$/ }).click();
      const dialog = page.getByRole('dialog', { name: /^Release \d+ sessions$/ });
      await dialog.waitFor();
      const box = await dialog.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width && box.y >= 0 && box.y + box.height <= 800).toBe(
        true,
      );
      await screenshot(page, `layout-${width}-bulk-dialog`);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await dialog.waitFor({ state: 'hidden' });
      expect(await documentOverflowPx(page)).toBe(0);
    } finally {
      await page.context().close();
    }
  },
);
