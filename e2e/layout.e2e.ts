// Every state of the page at the widths of real consoles, beside the mock console's 240 px menu (above
// the page on a phone-sized window), in English and German (a German browser, so German dates too):
// nothing scrolls sideways, every control is in view, no word is broken and no text is squeezed into
// a sliver; the table takes the widest layout that fits (one line a row from 1280 px, two lines a row
// at 1024 px, cards only in narrow columns), its rows of one height. Each state at each width is also
// written as a screenshot, artifacts/screenshots/layout-<language>-<state>-<width>.png, to be looked at.
import type { Page } from 'playwright-core';
import { clearFaults, reset, setFault } from '../mock-host/simulator/control';
import { withLanguage } from './support/language';
import {
  controlsOutOfView,
  documentOverflowPx,
  releaseButtonsOutOfView,
  rowHeights,
  rowsInView,
  settleLayout,
  squeezedTexts,
  tableLayout,
  tableOverflowPx,
  wordsBrokenAcrossLines,
} from './support/layout';
import { ROW, screenshot, waitForRows } from './support/page';
import { ACTIVE_SESSIONS, type Identity, withIdentity } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(120_000);

const suite = stackPerFile();
const sim = () => suite.stack.host.simulatorUrl;

/** The widths, the first one the page opens at (so the table measures itself where one line fits). */
const WIDTHS = [1280, 420, 1024, 1920] as const;
const HEIGHT = 900;
type Language = 'en' | 'de';

const PAGER = { en: 'Pages of sessions', de: 'Seiten der Sitzungsliste' } as const;

const WORDS = {
  en: { columns: 'Columns', refresh: 'Refresh', release: /^Release session with / },
  de: { columns: 'Spalten', refresh: 'Aktualisieren', release: /^Sitzung mit .+ freigeben$/ },
} as const;

interface State {
  name: string;
  query?: string;
  identity?: Identity;
  /** Faults set before the page opens, taken away after the test. */
  before?: () => Promise<unknown>;
  /** Whether the list's rows come (else the page waits only for its heading). */
  rows: boolean;
  /** Brings the page into the state once it has opened. */
  enter?: (page: Page, language: Language) => Promise<void>;
}

const STATES: State[] = [
  { name: 'rows', rows: true },
  {
    name: 'all-columns',
    query: '?view=all',
    rows: true,
    enter: async (page, language) => {
      await page.getByText(WORDS[language].columns, { exact: true }).click();
      await page.getByRole('checkbox', { name: 'Agent', exact: true }).check();
      await page.getByTestId('sessions-table').getByRole('columnheader', { name: 'Agent' }).waitFor();
      await page.getByText(WORDS[language].columns, { exact: true }).click();
    },
  },
  {
    name: 'stale',
    rows: true,
    enter: async (page, language) => {
      await setFault(sim(), 'list', { mode: 'status', status: 503 });
      await page.getByRole('button', { name: WORDS[language].refresh, exact: true }).click();
      await page.getByTestId('list-error').waitFor();
    },
  },
  {
    name: 'first-load-error',
    rows: false,
    before: () => setFault(sim(), 'list', { mode: 'status', status: 503 }),
    enter: (page) => page.getByTestId('list-error').waitFor(),
  },
  {
    name: 'loading',
    rows: false,
    before: () => setFault(sim(), 'list', { mode: 'hold' }),
    enter: (page) => page.locator('[data-testid="sessions-table"][aria-busy="true"]').waitFor(),
  },
  {
    name: 'empty',
    query: '?q=nobody-has-this-name',
    rows: false,
    enter: (page) => page.getByTestId('empty').waitFor(),
  },
  {
    name: 'no-permission',
    identity: { user: 'agent' },
    rows: false,
    enter: (page) => page.getByRole('alert').waitFor(),
  },
  {
    name: 'release-dialog',
    rows: true,
    enter: async (page, language) => {
      await page.getByRole('button', { name: WORDS[language].release }).first().click();
      await page.getByTestId('release-dialog').waitFor();
    },
  },
  {
    name: 'bulk',
    rows: true,
    enter: async (page) => {
      const boxes = page.locator(`${ROW} input[type="checkbox"]`);
      await boxes.nth(0).check();
      await boxes.nth(1).check();
      await page.getByTestId('bulk-bar').waitFor();
    },
  },
];

async function open(language: Language, state: State): Promise<Page> {
  const context = await suite.stack.browser.newContext({
    viewport: { width: WIDTHS[0], height: HEIGHT },
    locale: language === 'de' ? 'de-DE' : 'en-US',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const url = withIdentity(
    `${suite.stack.host.hostUrl}${ACTIVE_SESSIONS}${state.query ?? ''}`,
    state.identity,
  );
  await page.goto(withLanguage(url, language));
  if (state.rows) await waitForRows(page);
  else await page.locator('h1').first().waitFor();
  await state.enter?.(page, language);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  return page;
}

/** Opens `state`, then runs `check` at each width after the page's own checks: nothing scrolls sideways,
 * every control is in view, no word is broken, no text squeezed. Closes the page whatever happens. */
async function atEveryWidth(
  language: Language,
  state: State,
  check: (page: Page, at: string, width: number) => Promise<void>,
) {
  await state.before?.();
  const page = await open(language, state);
  try {
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: HEIGHT });
      await settleLayout(page);
      await settleLayout(page);
      await screenshot(page, `layout-${language}-${state.name}-${width}`);
      const at = `${state.name} at ${width} px`;
      expect({ at, overflow: await documentOverflowPx(page) }).toEqual({ at, overflow: 0 });
      // The page, or the panel that stands in its place (a user without the permission).
      const root = 'section[aria-labelledby="active-sessions-heading"]';
      expect({ at, out: await controlsOutOfView(page, root) }).toEqual({ at, out: [] });
      expect({ at, broken: await wordsBrokenAcrossLines(page, root) }).toEqual({ at, broken: [] });
      expect({ at, squeezed: await squeezedTexts(page, root) }).toEqual({ at, squeezed: [] });
      await check(page, at, width);
    }
  } finally {
    await page.context().close();
  }
}

const stateNamed = (name: string) => STATES.find((state) => state.name === name) as State;

describe.each(['en', 'de'] as const)('in %s', (language) => {
  afterEach(async () => {
    await clearFaults(sim());
    await reset(sim());
  });

  test.each(STATES.filter((state) => state.rows))(
    '$name: tidy at 420, 1024, 1280 and 1920 px, its rows in view and of one height',
    (state) => atEveryWidth(language, state, (page, at) => expectTable(page, at)),
  );

  test.each(STATES.filter((state) => !state.rows))('$name: tidy at 420, 1024, 1280 and 1920 px', (state) =>
    atEveryWidth(language, state, async (page, at) => {
      expect({ at, rows: await page.locator(ROW).count() }).toEqual({ at, rows: 0 });
    }),
  );

  test('the default columns take the widest layout that fits, beside a 240 px menu', () =>
    atEveryWidth(language, stateNamed('rows'), async (page, at, width) => {
      // A table from 1024 px, one line a row from 1280 px, where a screenful shows 15 rows or more
      // (and a row at least in the narrower layouts).
      const expected = { 420: 'cards', 1024: 'two-lines', 1280: 'lines', 1920: 'lines' }[width];
      expect({ at, layout: await tableLayout(page) }).toEqual({ at, layout: expected });
      const least = width >= 1280 ? 15 : 1;
      expect({ at, inView: (await rowsInView(page)) >= least }).toEqual({ at, inView: true });
    }));

  test('a first load that failed shows the failure alone: nothing to head or page through', () =>
    atEveryWidth(language, stateNamed('first-load-error'), async (page, at) => {
      expect({ at, table: await page.getByTestId('sessions-table').count() }).toEqual({ at, table: 0 });
      const pager = page.getByRole('navigation', { name: PAGER[language], exact: true });
      expect({ at, pager: await pager.count() }).toEqual({ at, pager: 0 });
    }));
});

/** The table at `at`: no wider than its place, every Release in view, the rows of a table one height. */
async function expectTable(page: Page, at: string) {
  expect({ at, overflow: await tableOverflowPx(page) }).toEqual({ at, overflow: 0 });
  const releases = await releaseButtonsOutOfView(page);
  expect({ at, outside: releases.outside }).toEqual({ at, outside: [] });
  const layout = await tableLayout(page);
  // Cards are as tall as what each holds; lines and two lines are one height for every row.
  const heights = (await rowHeights(page)).length;
  expect({ at, layout, heights }).toEqual({
    at,
    layout: expect.stringMatching(/^(lines|two-lines|cards)$/),
    heights: layout === 'cards' ? expect.any(Number) : 1,
  });
}

test('at 420 px an administrator still finds a session by search and releases it from its card', async () => {
  const page = await open('en', STATES[0] as State);
  try {
    await page.setViewportSize({ width: 420, height: HEIGHT });
    await settleLayout(page);
    const rows = page.locator(ROW);
    const contact = (
      await rows.first().getByRole('button', { name: WORDS.en.release }).getAttribute('aria-label')
    )
      ?.replace(WORDS.en.release, '')
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
    expect(await tableLayout(page)).toBe('cards');
    expect(await page.getByRole('columnheader', { name: 'Duration' }).count()).toBe(1);
    expect(await page.getByTestId('sessions-table').getByRole('row').count()).toBe((await rows.count()) + 1);
    await page
      .getByRole('button', { name: `Release session with ${contact}`, exact: true })
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.waitFor();
    const box = await dialog.boundingBox();
    expect(box && box.x >= 0 && box.x + box.width <= 420).toBe(true);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await documentOverflowPx(page)).toBe(0);
  } finally {
    await page.context().close();
  }
});
