// The view an administrator chose (chip, sort, search, page size, agent, states, channels) and how it
// lives in the URL, so a link or a reload shows the same list. Pure: no React, no I/O.
import {
  ACTIVE_STATES,
  type ActiveState,
  CHANNELS,
  type Channel,
  LIST_TEXT_MAX,
} from '../contract/dispatcher-api';

/**
 * The filter chips: the spec's WITH_AGENT (default) and All, and Stuck, the WITH_AGENT sessions
 * past the stuck threshold, which the page exists to find.
 */
export type Chip = 'with-agent' | 'stuck' | 'all';

const CHIPS: readonly Chip[] = ['with-agent', 'stuck', 'all'];

/** Every column the table can show. */
export const COLUMN_IDS = ['contact', 'channel', 'state', 'startedAt', 'duration', 'held', 'agent'] as const;
export type ColumnId = (typeof COLUMN_IDS)[number];

/** Columns shown until the user picks others: the spec's five, and how long the current holder has had it. */
export const DEFAULT_COLUMNS: readonly ColumnId[] = [
  'contact',
  'channel',
  'state',
  'startedAt',
  'duration',
  'held',
];

export type SortDirection = 'ascending' | 'descending';

export const PAGE_SIZES = [25, 50, 100] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export interface View {
  chip: Chip;
  sort: { column: ColumnId; direction: SortDirection };
  q: string;
  pageSize: PageSize;
  /** 0 for the first page. */
  page: number;
  /** Only the sessions of this agent (their id), or '' for every agent. */
  agent: string;
  /** In the All view, only the sessions in these states (in the contract's order); none: every state. */
  states: readonly ActiveState[];
  /** Only the sessions on these channels (in the contract's order); none: every channel. */
  channels: readonly Channel[];
}

/**
 * The values of `all` that `values` names, in the order of `all`, each once; naming every one of them
 * is the same as naming none (no filter), so one list means one query and one URL.
 */
export function subsetOf<T>(all: readonly T[], values: readonly unknown[]): T[] {
  const picked = all.filter((value) => values.includes(value));
  return picked.length < all.length ? picked : [];
}

/**
 * Each chip's order until the user sorts: With agent and Stuck open with the sessions their agents
 * have held longest first (the stuck rule's own time), so the stuck ones lead; All opens newest
 * first, the order of a live feed.
 */
export function defaultSort(chip: Chip): View['sort'] {
  return chip === 'all'
    ? { column: 'startedAt', direction: 'descending' }
    : { column: 'held', direction: 'descending' };
}

export const DEFAULT_VIEW: View = {
  chip: 'with-agent',
  sort: defaultSort('with-agent'),
  q: '',
  pageSize: 50,
  page: 0,
  agent: '',
  states: [],
  channels: [],
};

/** The view after the user picks a chip: that chip's own order, from the first page; states only in All. */
export function withChip(view: View, chip: Chip): View {
  return { ...view, chip, sort: defaultSort(chip), page: 0, states: chip === 'all' ? view.states : [] };
}

/** The direction a column sorts in when first chosen: the times start with the longest (newest start). */
export function firstDirection(column: ColumnId): SortDirection {
  return column === 'duration' || column === 'startedAt' || column === 'held' ? 'descending' : 'ascending';
}

export function nextSort(current: View['sort'], column: ColumnId): View['sort'] {
  if (current.column !== column) return { column, direction: firstDirection(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

const PARAM = {
  chip: 'view',
  sort: 'sort',
  dir: 'dir',
  q: 'q',
  size: 'size',
  page: 'page',
  agent: 'agent',
  states: 'state',
  channels: 'channel',
} as const;

/** Pages beyond this are not taken from a URL (a page is at most 100 rows; 10,000 pages is a million). */
const MAX_PAGE = 10_000;

const isColumn = (value: string | null): value is ColumnId => COLUMN_IDS.includes(value as ColumnId);

/** Reads a view from a URL query; anything unknown falls back to the default, never to an error. */
export function viewFromSearch(search: string): View {
  const params = new URLSearchParams(search);
  const column = params.get(PARAM.sort);
  const dir = params.get(PARAM.dir);
  const size = Number(params.get(PARAM.size));
  const page = Number(params.get(PARAM.page));
  const chipParam = params.get(PARAM.chip);
  const chip: Chip = CHIPS.find((id) => id === chipParam) ?? 'with-agent';
  // Comma lists; unknown values (a terminal state, a typo) are left out, never an error.
  const list = (name: string) => (params.get(name) ?? '').split(',');
  const sort: View['sort'] = isColumn(column)
    ? {
        column,
        direction: dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : firstDirection(column),
      }
    : defaultSort(chip);
  return {
    chip,
    sort,
    q: (params.get(PARAM.q) ?? '').slice(0, LIST_TEXT_MAX),
    pageSize: PAGE_SIZES.includes(size as PageSize) ? (size as PageSize) : DEFAULT_VIEW.pageSize,
    page: Number.isInteger(page) && page <= MAX_PAGE ? Math.max(page - 1, 0) : 0,
    agent: (params.get(PARAM.agent) ?? '').slice(0, LIST_TEXT_MAX),
    states: chip === 'all' ? subsetOf(ACTIVE_STATES, list(PARAM.states)) : [],
    channels: subsetOf(CHANNELS, list(PARAM.channels)),
  };
}

/** Writes a view into a URL query, keeping the host's own parameters and leaving defaults out. */
export function searchWithView(search: string, view: View): string {
  const params = new URLSearchParams(search);
  const set = (key: string, value: string | null) =>
    value === null ? params.delete(key) : params.set(key, value);
  const chipSort = defaultSort(view.chip);
  const isDefaultSort = view.sort.column === chipSort.column && view.sort.direction === chipSort.direction;
  set(PARAM.chip, view.chip === 'with-agent' ? null : view.chip);
  set(PARAM.sort, isDefaultSort ? null : view.sort.column);
  set(PARAM.dir, isDefaultSort ? null : view.sort.direction === 'ascending' ? 'asc' : 'desc');
  set(PARAM.q, view.q.trim() ? view.q.trim() : null);
  set(PARAM.size, view.pageSize === DEFAULT_VIEW.pageSize ? null : String(view.pageSize));
  set(PARAM.page, view.page > 0 ? String(view.page + 1) : null);
  set(PARAM.agent, view.agent ? view.agent : null);
  set(PARAM.states, view.chip === 'all' && view.states.length ? view.states.join(',') : null);
  set(PARAM.channels, view.channels.length ? view.channels.join(',') : null);
  const text = params.toString();
  return text ? `?${text}` : '';
}
