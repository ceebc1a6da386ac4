import { type RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';

/** No row of the table is lower than this (one line of text and its padding). */
const MIN_ROW_HEIGHT_PX = 32;
/** Rendered first at least, wherever the table starts. */
const MIN_FIRST_ROWS = 10;

/**
 * The rows to render now. When a page of rows arrives, those that can be on screen come first (from
 * where the table's body starts to the bottom of the window, at the lowest row height), and the rest
 * in a commit of their own once the browser has painted those: what the user sees is not held back by
 * rows below the fold. Afterwards, every row renders at once (a refresh, another view). `pending`: rows
 * are still to come (the table is busy until they are in).
 */
export function useFirstScreenful<T>(
  rows: readonly T[],
  body: RefObject<HTMLElement | null>,
): { rendered: readonly T[]; pending: boolean } {
  const [screenful, setScreenful] = useState(() =>
    Math.max(MIN_FIRST_ROWS, Math.ceil(window.screen.height / MIN_ROW_HEIGHT_PX)),
  );
  const [all, setAll] = useState(false);
  const rowsAtMount = useRef(rows.length);
  // Measured once, as the page's frame is committed (before its rows can arrive): the layout read here
  // is the one the browser does for that frame anyway, not a second one in the middle of the rows.
  // Rows already there at mount keep the first estimate: none is taken away once rendered.
  useLayoutEffect(() => {
    if (rowsAtMount.current > 0) return;
    const top = body.current?.getBoundingClientRect().top;
    if (top === undefined) return;
    setScreenful(
      Math.max(MIN_FIRST_ROWS, Math.ceil((window.innerHeight - Math.max(0, top)) / MIN_ROW_HEIGHT_PX)),
    );
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
