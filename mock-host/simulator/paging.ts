// One page of a sorted index after a keyset cursor, in either order.

import type { Session, SortKey, SortOrder } from '../../src/contract/dispatcher-api';
import type { CursorPosition } from './cursor';
import { bound, type Row, sortValue } from './row';

export interface PageRequest {
  sort: SortKey;
  order: SortOrder;
  limit: number;
  after: CursorPosition | null;
}

export interface WalkedPage {
  items: Session[];
  next: CursorPosition | null;
}

/**
 * One page of `source[0, end)` (sorted ascending by the request's key) after the cursor, in the
 * request's order, of the rows `accept` takes. `end` lets a range filter on the sort key stop early.
 */
export function walk(
  source: readonly Row[],
  request: PageRequest,
  accept: (row: Row) => boolean,
  end = source.length,
): WalkedPage {
  const { after, sort } = request;
  const ascending = request.order === 'asc';
  const step = ascending ? 1 : -1;
  let i: number;
  if (ascending) i = after ? bound(source, sort, after.value, after.id, true) : 0;
  else i = Math.min(after ? bound(source, sort, after.value, after.id, false) : end, end) - 1;
  const items: Session[] = [];
  let last: Row | undefined;
  for (; i >= 0 && i < end; i += step) {
    const row = source[i] as Row;
    if (!accept(row)) continue;
    // One match past the page says whether there is a next page.
    if (items.length === request.limit) {
      return { items, next: last ? { value: sortValue(last, sort), id: last.session.id } : null };
    }
    items.push(row.session);
    last = row;
  }
  return { items, next: null };
}
