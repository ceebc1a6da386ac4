// The page in the user's language, in Chromium through the mock console: German only when asked for
// (its chunk fetched then, never for English), chosen in the console's Language select and kept for
// the tab, with the console's menu entry in the same language (the manifest's labels), durations
// as the browser's Intl.DurationFormat writes them in English and in unit symbols in German, dates still in the console's locale, and a language the
// module does not have shown in English with one console line.
import type { Page } from 'playwright-core';
import { shownParts, withLanguage } from './support/language';
import { mainMenu, ROW, waitForRows } from './support/page';
import { ACTIVE_SESSIONS, withIdentity } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

const suite = stackPerFile();

const GERMAN_CHUNK = /\/i18n-de\.[0-9a-f]+\.js$/;

async function openIn(language: string | null, route = ACTIVE_SESSIONS) {
  const context = await suite.stack.context();
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  const warnings: string[] = [];
  const chunks: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
  });
  page.on('request', (request) => {
    if (GERMAN_CHUNK.test(new URL(request.url()).pathname)) chunks.push(request.url());
  });
  const url = withIdentity(`${suite.stack.host.hostUrl}${route}`);
  await page.goto(language ? withLanguage(url, language) : url);
  return { page, warnings, chunks };
}

const moduleLang = (page: Page) =>
  page
    .getByRole('heading', { level: 1 })
    .evaluate((heading) => heading.closest('[lang]')?.getAttribute('lang'));

test('in English the German catalog is never fetched', async () => {
  const { page, chunks, warnings } = await openIn(null);
  await waitForRows(page);
  await page.getByRole('heading', { name: 'Active Sessions' }).waitFor();
  expect(await moduleLang(page)).toBe('en');
  expect(chunks).toEqual([]);
  expect(warnings.filter((line) => line.startsWith('[active_sessions]'))).toEqual([]);
});

test('in German the page speaks German, its chunk fetched once, durations in unit symbols', async () => {
  const { page, chunks, warnings } = await openIn('de');
  await waitForRows(page);
  await page.getByRole('heading', { name: 'Aktive Sitzungen' }).waitFor();
  expect(await moduleLang(page)).toBe('de');
  expect(chunks).toHaveLength(1);
  await page.getByRole('button', { name: /^Beim Agenten \d+$/ }).waitFor();
  await page.getByRole('button', { name: 'Auto-Aktualisierung anhalten' }).waitFor();
  expect(await page.locator(`${ROW} button[aria-label$=" freigeben"]`).count()).toBeGreaterThan(0);

  // German's narrow unit names mix styles ("4 T, 22h"): its durations are the units' symbols (DIN 1301),
  // numbers from the browser's Intl.NumberFormat.
  const cells = await durationCells(page);
  const symbols: Record<string, string> = { days: 'd', hours: 'h', minutes: 'min', seconds: 's' };
  const expected = await page.evaluate(
    ([parts, unit]) =>
      parts.map((shown) =>
        Object.entries(shown)
          .filter(([, value], index, all) => value !== 0 || (all.length === 1 && index === 0))
          .map(([name, value]) => `${new Intl.NumberFormat('de').format(value)}\u00a0${unit[name]}`)
          .join(' '),
      ),
    [cells.map(([iso]) => shownParts(iso)), symbols] as const,
  );
  expect(cells.map(([, text]) => text)).toEqual(expected);
  expect(cells.some(([, text]) => /\d\u00a0h \d+\u00a0min$/.test(text))).toBe(true);
  expect(warnings.filter((line) => line.startsWith('[active_sessions]'))).toEqual([]);
});

test('in English durations as Intl.DurationFormat writes them; the console’s Language select switches the page and its menu entry, keeps the choice for the tab, and leaves dates to the locale', async () => {
  const { page } = await openIn(null);
  await waitForRows(page);
  expect(await page.evaluate(() => 'DurationFormat' in Intl)).toBe(true);
  const english = await durationCells(page);
  expect(english.length).toBeGreaterThan(0);
  expect(english.map(([, text]) => text)).toEqual(
    await durationFormatted(
      page,
      'en',
      english.map(([iso]) => shownParts(iso)),
    ),
  );
  const menuEntry = (label: string) => mainMenu(page).getByRole('link', { name: label, exact: true });
  await menuEntry('Active Sessions').waitFor();
  const started = () => page.locator(`${ROW} time[datetime]:not([datetime^="P"])`).first().textContent();
  const dateInEnglish = await started();
  await page.getByRole('combobox', { name: 'Language' }).selectOption('de');
  await page.getByRole('heading', { name: 'Aktive Sitzungen' }).waitFor();
  // The menu entry in the console's language, from the manifest file's labels: as the page's heading.
  await menuEntry('Aktive Sitzungen').waitFor();
  expect(await menuEntry('Active Sessions').count()).toBe(0);
  expect(await menuEntry('Aktive Sitzungen').getAttribute('href')).toBe(ACTIVE_SESSIONS);
  await waitForRows(page);
  expect(await started()).toBe(dateInEnglish);
  await page.reload();
  await page.getByRole('heading', { name: 'Aktive Sitzungen' }).waitFor();
  await menuEntry('Aktive Sitzungen').waitFor();
  expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('de');
  await page.getByRole('combobox', { name: 'Language' }).selectOption('en');
  await page.getByRole('heading', { name: 'Active Sessions' }).waitFor();
  await menuEntry('Active Sessions').waitFor();
});

test('a language the module does not have shows English and says so once, naming only the tag', async () => {
  const { page, warnings, chunks } = await openIn('sv-SE');
  await waitForRows(page);
  await page.getByRole('heading', { name: 'Active Sessions' }).waitFor();
  expect(await moduleLang(page)).toBe('en');
  expect(chunks).toEqual([]);
  expect(warnings.filter((line) => line.startsWith('[active_sessions]'))).toEqual([
    '[active_sessions] language "sv-SE" is not available: showing English',
  ]);
});

/** Text and machine value of every duration cell, read in one go so no tick falls between them. */
function durationCells(page: Page): Promise<[string, string][]> {
  return page
    .locator(`${ROW} time[datetime^="P"]`)
    .evaluateAll((times) =>
      times.map((time) => [time.getAttribute('datetime') ?? '', time.textContent ?? '']),
    );
}

/** What the browser's Intl.DurationFormat writes for these parts in `language`, narrow style. */
function durationFormatted(page: Page, language: string, parts: Record<string, number>[]): Promise<string[]> {
  return page.evaluate(
    ([lang, all]) =>
      all.map((shown) =>
        new (
          Intl as unknown as { DurationFormat: new (l: string, o: object) => { format(d: object): string } }
        ).DurationFormat(lang, {
          style: 'narrow',
          ...('seconds' in shown && Object.keys(shown).length === 1 ? { secondsDisplay: 'always' } : {}),
        }).format(shown),
      ),
    [language, parts] as const,
  );
}
