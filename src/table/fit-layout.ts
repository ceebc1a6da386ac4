// One line per row, two lines per row, or cards: the widest layout the width the host gives fits.
//
// A container query on the module's root would say the same in CSS, but a query container costs a
// style-and-layout pass of its whole subtree before the first rows are painted (10–20 ms with 50 rows,
// measured warm in the mock console against `contain: inline-size`). Here nothing runs before the
// first paint: a ResizeObserver reads sizes the browser has already laid out, and writes only when the
// answer changes, that is only where the one-line table does not fit, or after a resize.
import { type RefObject, useLayoutEffect } from 'react';

/**
 * `lines`: every row one line, each value beside the next. `two-lines`: every row two lines (the
 * contact over its partner, the state over who holds it), so all rows keep one height. `cards`: the
 * rows as cards, for narrow columns.
 */
export type FitLayout = 'lines' | 'two-lines' | 'cards';

const LAYOUTS: readonly FitLayout[] = ['lines', 'two-lines', 'cards'];

/** The attribute the stylesheet keys the layout on; React never renders it, so never resets it. */
export const LAYOUT_ATTRIBUTE = 'data-layout';

/** What the last table measured, so the next mount in this page starts in the right layout. */
const remembered: { layout: FitLayout; neededPx: Partial<Record<FitLayout, number>> } = {
  layout: 'lines',
  neededPx: {},
};

/**
 * Lays `table` out in the widest layout that does not overflow `box` sideways, and goes back to a
 * wider one once `box` is as wide as that layout needed when it last overflowed. Sizes come from the
 * browser's own layout, so fonts, languages and the chosen columns are all accounted for.
 */
export function useFitLayout(box: RefObject<HTMLElement | null>, table: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const container = box.current;
    const content = table.current;
    if (!container || !content || typeof ResizeObserver === 'undefined') return;
    const apply = (layout: FitLayout) => {
      remembered.layout = layout;
      if (layout === 'lines') container.removeAttribute(LAYOUT_ATTRIBUTE);
      else container.setAttribute(LAYOUT_ATTRIBUTE, layout);
    };
    // Set before the browser lays the page out for the first time: no extra pass.
    apply(remembered.layout);
    const check = () => {
      const available = container.clientWidth;
      if (available === 0) return;
      // The widest layout whose last known need fits now (a layout never measured too wide is tried)…
      const level = LAYOUTS.indexOf(remembered.layout);
      const wider = LAYOUTS.slice(0, level).find((layout) => available >= (remembered.neededPx[layout] ?? 0));
      if (wider) apply(wider);
      // …then narrower ones while the table overflows: each is measured at once (reading its width lays
      // it out), as it need not change the table's width, and so need not report a resize of its own.
      let needed = content.offsetWidth;
      while (remembered.layout !== 'cards' && needed > available + 1) {
        remembered.neededPx[remembered.layout] = needed;
        apply(LAYOUTS[LAYOUTS.indexOf(remembered.layout) + 1] as FitLayout);
        needed = content.offsetWidth;
      }
    };
    const observer = new ResizeObserver(check);
    observer.observe(container);
    observer.observe(content);
    return () => observer.disconnect();
  }, [box, table]);
}
