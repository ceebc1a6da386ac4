// What a refresh changed on the page, and how the page takes it in calmly: rows on screen change in
// place, while rows that would come, go or move wait behind one notice when the administrator is
// working on the list. Pure.
import type { CheckedPage } from '../dispatcher/answers';
import type { SessionRow } from '../session/row';
import { equalDeep, keepUnchanged } from '../store/equal';

/** How an answer's rows differ from the rows shown. */
export interface RowChanges {
  /** Ids of rows the answer has and the page does not show. */
  added: string[];
  /** Ids of rows shown that the answer no longer has (ended, released elsewhere, out of this view). */
  left: string[];
  /** Rows in both are in another order. */
  moved: boolean;
  /** Ids of rows in both whose data changed. */
  changed: string[];
}

export function rowChanges(shown: readonly SessionRow[], next: readonly SessionRow[]): RowChanges {
  const before = new Map(shown.map((row) => [row.id, row]));
  const after = new Set(next.map((row) => row.id));
  const added = next.filter((row) => !before.has(row.id)).map((row) => row.id);
  const left = shown.filter((row) => !after.has(row.id)).map((row) => row.id);
  const keptShown = shown.filter((row) => after.has(row.id)).map((row) => row.id);
  const keptNext = next.filter((row) => before.has(row.id)).map((row) => row.id);
  const moved = keptShown.some((id, index) => keptNext[index] !== id);
  const changed = next.filter((row) => {
    const old = before.get(row.id);
    return old !== undefined && !equalDeep(old, row);
  });
  return { added, left, moved, changed: changed.map((row) => row.id) };
}

/** Whether taking the answer in would add, remove or move a row. */
export const reshapes = (changes: RowChanges) =>
  changes.added.length > 0 || changes.left.length > 0 || changes.moved;

/**
 * The rows shown, where they are, each with the answer's data for it (unchanged ones keep their
 * objects); the answer's counts and totals. Rows the answer no longer has stay until the page takes
 * the answer in whole.
 */
export function inPlace(shown: CheckedPage, next: CheckedPage): CheckedPage {
  const fresh = new Map(next.rows.map((row) => [row.id, row]));
  const rows = shown.rows.map((row) => {
    const update = fresh.get(row.id);
    return update && !equalDeep(update, row) ? update : row;
  });
  return { ...next, rows, nextCursor: shown.nextCursor };
}

/** The answer, with the objects of the rows shown wherever a row has not changed. */
export function takeIn(shown: CheckedPage | null, next: CheckedPage): CheckedPage {
  return shown ? { ...next, rows: keepUnchanged(shown.rows, next.rows) } : next;
}
