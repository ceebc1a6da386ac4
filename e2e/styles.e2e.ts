// The styles an administrator relies on, read from Chromium's computed styles (jsdom sees none: jest
// replaces every stylesheet with a stub). Computed styles, not screenshots against approved images:
// they name what broke, and they hold on any machine's fonts (README, Layout).
import type { Locator, Page } from 'playwright-core';
import { reset } from '../mock-host/simulator/control';
import { withLanguage } from './support/language';
import { contrastRatio, parseColor, type Rgba, ROW, tabTo, waitForRows } from './support/page';
import { ACTIVE_SESSIONS } from './support/stack';
import { stackPerFile } from './support/suite';

jest.setTimeout(60_000);

const suite = stackPerFile();
beforeEach(() => reset(suite.stack.host.simulatorUrl));

/** The colour behind an element: its own background, else the nearest ancestor's that is opaque. */
function backgroundBehind(target: Locator): Promise<string> {
  return target.evaluate((element) => {
    for (let node: Element | null = element; node; node = node.parentElement) {
      const colour = getComputedStyle(node).backgroundColor;
      if (colour !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(colour)) return colour;
    }
    return 'rgb(255, 255, 255)';
  });
}

/** What a ring looks like, as facts a failure names; `css` says what was drawn. */
interface Ring {
  solid: boolean;
  atLeast2px: boolean;
  contrastAtLeast3: boolean;
  css: string;
}

/** The focus ring of `target` once Tab has brought focus there, against what it is drawn on. */
async function focusRing(page: Page, target: Locator): Promise<Ring> {
  await tabTo(page, target);
  const ring = await target.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.outlineStyle, width: style.outlineWidth, colour: style.outlineColor };
  });
  const behind = await backgroundBehind(target.locator('xpath=..'));
  return {
    solid: ring.style === 'solid',
    atLeast2px: Number.parseFloat(ring.width) >= 2,
    contrastAtLeast3: contrastRatio(parseColor(ring.colour), parseColor(behind)) >= 3,
    css: `${ring.style} ${ring.width} ${ring.colour} on ${behind}`,
  };
}

/** WCAG's focus appearance: a solid ring at least 2 px wide, 3:1 against its surroundings. */
const VISIBLE_RING: Ring = {
  solid: true,
  atLeast2px: true,
  contrastAtLeast3: true,
  css: expect.any(String) as unknown as string,
};

describe('the focus ring', () => {
  test('shows on every kind of control the keyboard reaches: chip, search, header, Release, link, row box', async () => {
    const { page } = await suite.open(ACTIVE_SESSIONS);
    await waitForRows(page);
    const row = page
      .locator(`${ROW}:has(button[aria-label^="Release session with"]:not([aria-disabled]))`)
      .first();
    const targets: Array<[string, Locator]> = [
      ['chip', page.getByRole('button', { name: /^All \d+$/ })],
      ['search', page.getByRole('searchbox')],
      ['sortable header', page.getByRole('button', { name: 'Started At' })],
      ['row box', row.getByRole('checkbox')],
      ['Release', row.getByRole('button', { name: /^Release session with/ })],
      ['audit trail link', row.getByRole('link').last()],
    ];
    const rings: Record<string, Ring> = {};
    for (const [name, target] of targets) rings[name] = await focusRing(page, target.first());
    expect(rings).toEqual(Object.fromEntries(targets.map(([name]) => [name, VISIBLE_RING])));
  });

  test('shows in the release dialog: the notes and its buttons', async () => {
    const { page } = await suite.open(ACTIVE_SESSIONS);
    await waitForRows(page);
    await page
      .locator(`${ROW} button[aria-label^="Release session with"]:not([aria-disabled])`)
      .first()
      .click();
    const dialog = page.getByRole('dialog', { name: 'Release session' });
    await dialog.waitFor();
    const rings = {
      notes: await focusRing(page, dialog.getByRole('textbox', { name: 'Notes' })),
      cancel: await focusRing(page, dialog.getByRole('button', { name: 'Cancel' })),
    };
    expect(rings).toEqual({ notes: VISIBLE_RING, cancel: VISIBLE_RING });
  });
});

describe('cards in a narrow column', () => {
  test('name each value with its column’s label, beside the value, in both languages', async () => {
    for (const [language, expected] of [
      ['en', ['Started At', 'Duration']],
      ['de', ['Begonnen am', 'Dauer']],
    ] as const) {
      const { page } = await suite.open(ACTIVE_SESSIONS);
      await page.setViewportSize({ width: 420, height: 900 });
      await page.goto(withLanguage(page.url(), language));
      await waitForRows(page);
      await page.locator('[data-layout="cards"]').waitFor();
      const labels = await page
        .locator(ROW)
        .first()
        .locator('[data-label]')
        .evaluateAll((cells) =>
          cells.map((cell) => {
            const before = getComputedStyle(cell, '::before');
            return {
              label: cell.getAttribute('data-label'),
              shown: before.content.replace(/^"|"(\s*\/\s*"")?$/g, ''),
              visible:
                before.display !== 'none' &&
                before.visibility !== 'hidden' &&
                Number.parseFloat(before.fontSize) >= 10,
            };
          }),
        );
      // The contact heads the card and the state sits beside it; the values below carry their labels.
      expect({ language, labels }).toEqual({
        language,
        labels: labels.map((cell) => ({ label: cell.label, shown: cell.label, visible: true })),
      });
      expect(labels.map((cell) => cell.label)).toEqual(expect.arrayContaining(expected));
    }
  });
});

describe('the Stuck marker', () => {
  test('stands apart from the red state badge by shape and weight, its text AA against its fill', async () => {
    const { page } = await suite.open(ACTIVE_SESSIONS);
    await waitForRows(page);
    // Held longest first: the first rows have been with their agents for hours.
    const markerIn = (scope: Page | Locator) => scope.locator('span[title]', { hasText: /^Stuck:/ });
    const row = page
      .locator(ROW)
      .filter({ has: markerIn(page) })
      .first();
    const stuckMarker = markerIn(row).first();
    const read = (target: Locator) =>
      target.evaluate((element) => {
        const style = getComputedStyle(element);
        return {
          color: style.color,
          background: style.backgroundColor,
          radius: Number.parseFloat(style.borderTopLeftRadius),
          height: element.getBoundingClientRect().height,
          weight: Number(style.fontWeight),
        };
      });
    const marker = await read(stuckMarker);
    const badge = await read(row.locator('[data-state="WITH_AGENT"]'));
    const contrast = (style: { color: string; background: string }) =>
      Number(contrastRatio(parseColor(style.color), parseColor(style.background)).toFixed(2));
    const lightness = (colour: Rgba) => (colour.r + colour.g + colour.b) / 3;
    expect({
      markerContrastAA: contrast(marker) >= 4.5,
      // A pill's corners are half its height; the marker's are square.
      badgeIsPill: badge.radius >= badge.height / 2 - 1,
      markerIsSquare: marker.radius <= 3,
      markerHeavier: marker.weight >= badge.weight + 200,
      // Filled dark with light text, where the badge is light with dark text.
      markerFilledDark: lightness(parseColor(marker.background)) < lightness(parseColor(marker.color)),
      badgeLight: lightness(parseColor(badge.background)) > lightness(parseColor(badge.color)),
    }).toEqual({
      markerContrastAA: true,
      badgeIsPill: true,
      markerIsSquare: true,
      markerHeavier: true,
      markerFilledDark: true,
      badgeLight: true,
    });
  });
});
