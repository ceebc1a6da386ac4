// Measurements of the page as laid out in Chromium, for the layout suite: what overflows, what is out
// of view, which text wraps where. Each returns findings (empty when all is well), so a failed
// expectation names the culprits.
import type { Page } from 'playwright-core';
import { PAGE_ROOT, ROW } from './page';

/** Two animation frames: layout, ResizeObserver callbacks and the style they change have all run. */
export const settleLayout = (page: Page): Promise<void> =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );

/** How far the document is wider than the window (0 when the page cannot scroll sideways). */
export const documentOverflowPx = (page: Page): Promise<number> =>
  page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));

/** How far the sessions table is wider than its own region (0 when the rows need no sideways scroll). */
export const tableOverflowPx = (page: Page): Promise<number> =>
  page.evaluate(() => {
    const region = document.querySelector('[data-testid="sessions-table"]')?.parentElement;
    return region ? Math.max(0, region.scrollWidth - region.clientWidth) : -1;
  });

/**
 * Controls and headings of the page that are not wholly in view sideways: outside the window, or cut
 * by a scrolling ancestor. Each as `name: left–right`.
 */
export const controlsOutOfView = (page: Page, rootSelector = PAGE_ROOT): Promise<string[]> =>
  page.evaluate((root) => {
    const page = document.querySelector(root);
    if (!page) return ['no page'];
    const found: string[] = [];
    const selector = 'h1, a, button, input, select, summary, [role="alert"], [role="status"]';
    for (const element of page.querySelectorAll<HTMLElement>(selector)) {
      const rect = element.getBoundingClientRect();
      if (rect.width === 0 && rect.height === 0) continue;
      // Visually hidden helpers (clipped to nothing) are not controls a person looks for.
      if (getComputedStyle(element).clipPath === 'inset(50%)') continue;
      let right = window.innerWidth;
      let left = 0;
      for (let parent = element.parentElement; parent; parent = parent.parentElement) {
        const overflow = getComputedStyle(parent).overflowX;
        if (overflow !== 'visible') {
          const box = parent.getBoundingClientRect();
          left = Math.max(left, box.left);
          right = Math.min(right, box.right);
        }
      }
      if (rect.left < left - 0.5 || rect.right > right + 0.5) {
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 40) ?? '';
        found.push(
          `${element.tagName.toLowerCase()} "${name}": ${Math.round(rect.left)}–${Math.round(rect.right)}`,
        );
      }
    }
    return found;
  }, rootSelector);

/** Release buttons (a row's only button, in any language) not wholly inside the window sideways. */
export const releaseButtonsOutOfView = (page: Page): Promise<{ total: number; outside: string[] }> =>
  page.evaluate((row) => {
    const buttons = [...document.querySelectorAll<HTMLElement>(`${row} td:last-child button`)];
    const outside = buttons
      .filter((button) => {
        const rect = button.getBoundingClientRect();
        return rect.left < 0 || rect.right > window.innerWidth || rect.width === 0;
      })
      .map((button) => button.getAttribute('aria-label') ?? '');
    return { total: buttons.length, outside };
  }, ROW);

/** Started At texts of the rows that take more than one line. */
export const startedAtOnMoreThanOneLine = (page: Page): Promise<{ total: number; wrapped: string[] }> =>
  page.evaluate((row) => {
    // Started At's <time> holds an instant; Duration's holds an ISO 8601 duration (P…).
    const times = [...document.querySelectorAll(`${row} time[datetime]:not([datetime^="P"])`)];
    const wrapped = times
      .filter((time) => {
        const range = document.createRange();
        range.selectNodeContents(time);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        return tops.size !== 1;
      })
      .map((time) => time.textContent ?? '');
    return { total: times.length, wrapped };
  }, ROW);

/**
 * Words of the page broken across lines: every run of non-space characters of every text in the page
 * must lie on one line (its client rectangles share one top), but for a break after a hyphen.
 * Visually hidden text is skipped.
 */
export const wordsBrokenAcrossLines = (page: Page, rootSelector = PAGE_ROOT): Promise<string[]> =>
  page.evaluate((root) => {
    const page = document.querySelector(root);
    if (!page) return ['no page'];
    const broken: string[] = [];
    const walker = document.createTreeWalker(page, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? '';
      const parent = node.parentElement;
      if (!parent || !text.trim()) continue;
      if (parent.closest('[aria-hidden="true"], dialog:not([open])')) continue;
      if (parent.checkVisibility && !parent.checkVisibility()) continue;
      let hidden = false;
      for (let element: Element | null = parent; element; element = element.parentElement) {
        if (getComputedStyle(element).clipPath === 'inset(50%)') hidden = true;
      }
      if (hidden) continue;
      // A word may break after a hyphen, as compounds do ("Übergabe-" / "Eingang"); nowhere else.
      for (const match of text.matchAll(/[^\s-]+-?|-/g)) {
        const range = document.createRange();
        range.setStart(node, match.index ?? 0);
        range.setEnd(node, (match.index ?? 0) + match[0].length);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        if (tops.size > 1) broken.push(match[0]);
      }
    }
    return broken;
  }, rootSelector);

/** Session rows wholly inside the window (top and bottom), from the top of the page unscrolled. */
export const rowsInView = (page: Page): Promise<number> =>
  page.evaluate(
    (row) =>
      [...document.querySelectorAll(row)].filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.top >= 0 && rect.bottom <= window.innerHeight;
      }).length,
    ROW,
  );

/** The table's layout (`lines`, `two-lines` or `cards`, see fit-layout.ts), or null without a table. */
export const tableLayout = (page: Page): Promise<string | null> =>
  page.evaluate(() => {
    const region = document.querySelector('[data-region="sessions"]');
    return region ? (region.getAttribute('data-layout') ?? 'lines') : null;
  });

/** The distinct heights of the session rows (one value when every row has the same height). */
export const rowHeights = (page: Page): Promise<number[]> =>
  page.evaluate(
    (row) => [
      ...new Set(
        [...document.querySelectorAll(row)].map((r) => Math.round(r.getBoundingClientRect().height)),
      ),
    ],
    ROW,
  );

/**
 * Blocks of text (paragraphs, the table's caption) squeezed into a sliver: narrower than `minPx` while
 * their text runs over more than two lines.
 */
export const squeezedTexts = (page: Page, rootSelector = PAGE_ROOT, minPx = 180): Promise<string[]> =>
  page.evaluate(
    ({ root, minPx }) => {
      const page = document.querySelector(root);
      if (!page) return ['no page'];
      const lineHeight = (element: Element) => Number.parseFloat(getComputedStyle(element).lineHeight) || 20;
      return [...page.querySelectorAll('p, caption')]
        .filter((element) => {
          const rect = element.getBoundingClientRect();
          if (rect.width === 0 || getComputedStyle(element).clipPath === 'inset(50%)') return false;
          return rect.width < minPx && rect.height > 2.5 * lineHeight(element);
        })
        .map(
          (element) =>
            `${element.textContent?.trim().slice(0, 40)} (${Math.round(element.getBoundingClientRect().width)} px)`,
        );
    },
    { root: rootSelector, minPx },
  );
