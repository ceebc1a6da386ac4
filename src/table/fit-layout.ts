// Table or cards, decided by whether the table fits the width the host gives the module.
//
// A container query on the module's root would say the same in CSS, but a query container costs a
// style-and-layout pass of its whole subtree before the first rows are painted (10–20 ms with 50 rows,
// measured warm in the mock console against `contain: inline-size`). Here nothing runs before the
// first paint: a ResizeObserver reads sizes the browser has already laid out, and writes only when the
// answer changes, that is only where the table does not fit (narrow hosts), or after a resize.
import { type RefObject, useLayoutEffect } from 'react';

export type FitLayout = 'table' | 'cards';

/** The attribute the stylesheet keys the card layout on; React never renders it, so never resets it. */
export const LAYOUT_ATTRIBUTE = 'data-layout';

/** What the last table measured, so the next mount in this page starts in the right layout. */
const remembered: { layout: FitLayout; neededPx: number } = { layout: 'table', neededPx: 0 };

/**
 * Shows `table` as cards while it would overflow `box` sideways, and as a table again once `box` is
 * as wide as the table needed when it last overflowed. Sizes come from the browser's own layout, so
 * fonts, languages and the chosen columns are all accounted for.
 */
export function useFitLayout(box: RefObject<HTMLElement | null>, table: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const container = box.current;
    const content = table.current;
    if (!container || !content || typeof ResizeObserver === 'undefined') return;
    const apply = (layout: FitLayout) => {
      remembered.layout = layout;
      if (layout === 'cards') container.setAttribute(LAYOUT_ATTRIBUTE, 'cards');
      else container.removeAttribute(LAYOUT_ATTRIBUTE);
    };
    // Set before the browser lays the page out for the first time: no extra pass.
    apply(remembered.layout);
    const check = () => {
      const available = container.clientWidth;
      if (available === 0) return;
      if (remembered.layout === 'table') {
        const needed = content.offsetWidth;
        if (needed > available + 1) {
          remembered.neededPx = needed;
          apply('cards');
        }
      } else if (available >= remembered.neededPx) {
        apply('table');
      }
    };
    const observer = new ResizeObserver(check);
    observer.observe(container);
    observer.observe(content);
    return () => observer.disconnect();
  }, [box, table]);
}
