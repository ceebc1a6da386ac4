import { useEffect, useState } from 'react';

/** No row of the table is lower than this: the screen's height in rows of it fills any window. */
const MIN_ROW_HEIGHT_PX = 30;
/** Where the screen's size is not known (0). */
const MIN_SCREENFUL = 30;

/**
 * The rows to render now. When a page of rows arrives, as many as can fill the window come first, and
 * the rest in a commit of their own once the browser has painted those: what the user sees is not
 * held back by rows below the fold. Afterwards, every row renders at once (a refresh, another view).
 */
export function useFirstScreenful<T>(rows: readonly T[]): readonly T[] {
  const [all, setAll] = useState(false);
  // The screen's height, not the window's: reading window.innerHeight makes the browser lay out the
  // page at once, in the middle of rendering the rows.
  const screenful = Math.max(MIN_SCREENFUL, Math.ceil(window.screen.height / MIN_ROW_HEIGHT_PX));
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
  return cut ? rows.slice(0, screenful) : rows;
}
