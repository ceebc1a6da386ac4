import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** No row of the table is lower than this (one line of text and its padding). */
const MIN_ROW_HEIGHT_PX = 32;
/** Rendered first at least, wherever the table starts. */
const MIN_FIRST_ROWS = 10;

/**
 * The rows to render now. When a page of rows arrives, those that can be on screen come first, and the
 * rest in a commit of their own once the browser has painted those: what the user sees is not held
 * back by rows below the fold. Afterwards, every row renders at once (a refresh, another view).
 * `pending`: rows are still to come (the table is busy until they are in).
 *
 * How many can be on screen: from where the table's body starts to the bottom of the window, at the
 * lowest row height. The browser tells where the body is once it has laid out the page's frame (an
 * IntersectionObserver's first report, which forces no layout of its own); rows that arrive before
 * that use the screen's height.
 */
export function useFirstScreenful<T>(
  rows: readonly T[],
  body: RefObject<HTMLElement | null>,
): { rendered: readonly T[]; pending: boolean } {
  const [screenful, setScreenful] = useState(() =>
    Math.max(MIN_FIRST_ROWS, Math.ceil(window.screen.height / MIN_ROW_HEIGHT_PX)),
  );
  const [all, setAll] = useState(false);
  // Once rows are rendered none is taken away: a late report of the geometry changes nothing then.
  const rowsShown = useRef(false);
  useLayoutEffect(() => {
    if (rows.length > 0) rowsShown.current = true;
  });
  useEffect(() => {
    const element = body.current;
    if (!element || typeof IntersectionObserver !== 'function') return;
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect();
      const viewport = entry?.rootBounds?.height;
      if (!entry || !viewport || rowsShown.current) return;
      const below = viewport - Math.max(0, entry.boundingClientRect.top);
      setScreenful(Math.max(MIN_FIRST_ROWS, Math.ceil(below / MIN_ROW_HEIGHT_PX)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [body]);
  const cut = !all && rows.length > screenful;
  useEffect(() => {
    if (!cut) return;
    // A task posted from the next animation frame runs once that frame, with the first rows, is painted.
    let task: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      task = setTimeout(() => setAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [cut]);
  return { rendered: cut ? rows.slice(0, screenful) : rows, pending: cut };
}
