// Calm updates: while the administrator works on the list (the pointer on the table, focus in it, a
// choice of sessions, an open dialog), a refresh that would add, remove or move rows waits behind a
// notice instead of moving a row under their hand.
import { type RefObject, useEffect, useRef } from 'react';
import type { SessionListLoader } from '../list/list-loader';

/** The element of the table the pointer and focus are looked for in. */
export const TABLE_REGION = '[data-region="sessions"]';

export function useCalmChanges(
  loader: SessionListLoader,
  page: RefObject<HTMLElement | null>,
  chosenCount: number,
): void {
  const chosen = useRef(chosenCount);
  chosen.current = chosenCount;
  useEffect(() => {
    loader.setBusy(() => {
      const root = page.current;
      if (!root) return false;
      const table = root.querySelector(TABLE_REGION);
      const focused = root.ownerDocument.activeElement;
      return (
        chosen.current > 0 ||
        root.querySelector('dialog[open]') !== null ||
        (table !== null && (table.matches(':hover') || table.contains(focused)))
      );
    });
    return () => loader.setBusy(() => false);
  }, [loader, page]);
}
