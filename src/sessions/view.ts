// The view an administrator chose (chip, sort, search, page size) and how it lives in the URL,
// so a link or a reload shows the same list. Pure: no React, no I/O.
import type { ActiveState, SessionListQuery, SortKey, SortOrder } from '../contract/dispatcher-api';

/** The filter chips of the spec: WITH_AGENT (default) and All. */
export type Chip = 'with-agent' | 'all';

/** Every column the table can show. */
export const COLUMN_IDS = ['contact', 'channel', 'state', 'startedAt', 'duration', 'agent'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** Columns shown until the user picks others. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = ['contact', 'channel', 'state', 'startedAt', 'duration'];

export type SortDirection = 'ascending' | 'descending';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface View {
  chip: Chip;
  sort: { column: ColumnId; direction: SortDirection };
  q: string;
  pageSize: PageSize;
}

export const DEFAULT_VIEW: View = {
  chip: 'with-agent',
  sort: { column: 'startedAt', direction: 'descending' },
  q: '',
  pageSize: 50,
};

/**
 * Each column's server sort. Duration is the time since start, so "longest first" is
 * `startedAt asc`: the server does it, so the oldest sessions come first across all pages.
 */
const SERVER_SORT: Record<ColumnId, { key: SortKey; invert: boolean }> = {
  contact: { key: 'contact', invert: false },
  channel: { key: 'channel', invert: false },
  state: { key: 'state', invert: false },
  startedAt: { key: 'startedAt', invert: false },
  duration: { key: 'startedAt', invert: true },
  agent: { key: 'agent', invert: false },
};

/** The direction a column sorts in when first chosen: Duration and Started At start with the oldest / newest. */
export function firstDirection(column: ColumnId): SortDirection {
  return column === 'duration' || column === 'startedAt' ? 'descending' : 'ascending';
}

export function nextSort(current: View['sort'], column: ColumnId): View['sort'] {
  if (current.column !== column) return { column, direction: firstDirection(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export function chipStates(chip: Chip): readonly ActiveState[] | undefined {
  return chip === 'with-agent' ? ['WITH_AGENT'] : undefined;
}

/** The `GET sessions` query of a view and a page cursor. */
export function toListQuery(view: View, cursor: string | null): SessionListQuery {
  const { key, invert } = SERVER_SORT[view.sort.column];
  const ascending = (view.sort.direction === 'ascending') !== invert;
  const order: SortOrder = ascending ? 'asc' : 'desc';
  const states = chipStates(view.chip);
  return {
    ...(states ? { state: states } : {}),
    sort: key,
    order,
    limit: view.pageSize,
    ...(cursor ? { cursor } : {}),
    ...(view.q.trim() ? { q: view.q.trim() } : {}),
  };
}

const PARAM = { chip: 'view', sort: 'sort', dir: 'dir', q: 'q', size: 'size' } as const;

const isColumn = (value: string | null): value is ColumnId => COLUMN_IDS.includes(value as ColumnId);

/** Reads a view from a URL query; anything unknown falls back to the default, never to an error. */
export function viewFromSearch(search: string): View {
  const params = new URLSearchParams(search);
  const column = params.get(PARAM.sort);
  const dir = params.get(PARAM.dir);
  const size = Number(params.get(PARAM.size));
  const sortColumn = isColumn(column) ? column : DEFAULT_VIEW.sort.column;
  return {
    chip: params.get(PARAM.chip) === 'all' ? 'all' : 'with-agent',
    sort: {
      column: sortColumn,
      direction:
        dir === 'asc'
          ? 'ascending'
          : dir === 'desc'
            ? 'descending'
            : isColumn(column)
              ? firstDirection(column)
              : DEFAULT_VIEW.sort.direction,
    },
    q: (params.get(PARAM.q) ?? '').slice(0, 200),
    pageSize: PAGE_SIZES.includes(size as PageSize) ? (size as PageSize) : DEFAULT_VIEW.pageSize,
  };
}

/** Writes a view into a URL query, keeping the host's own parameters and leaving defaults out. */
export function searchWithView(search: string, view: View): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | null) =>
    value === null ? params.delete(key) : params.set(key, value);
  const isDefaultSort =
    view.sort.column === DEFAULT_VIEW.sort.column && view.sort.direction === DEFAULT_VIEW.sort.direction;
  set(PARAM.chip, view.chip === 'all' ? 'all' : null);
  set(PARAM.sort, isDefaultSort ? null : view.sort.column);
  set(PARAM.dir, isDefaultSort ? null : view.sort.direction === 'ascending' ? 'asc' : 'desc');
  set(PARAM.q, view.q.trim() ? view.q.trim() : null);
  set(PARAM.size, view.pageSize === DEFAULT_VIEW.pageSize ? null : String(view.pageSize));
  const text = params.toString();
  return text ? `?${text}` : '';
}
