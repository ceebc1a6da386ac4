// One answer of `GET sessions` from the listed rows: the page of items after the cursor, the total,
// the counts per state and the stuck count, by the old rule (started before an instant) or the held
// rule (held since before an instant).

import {
  ACTIVE_STATES,
  type ActiveState,
  type Channel,
  SESSION_STATES,
  type Session,
  type SortKey,
  type SortOrder,
  type StateCounts,
} from '../../src/contract/dispatcher-api';
import type { CursorPosition } from './cursor';
import { type Filter, filterCounts } from './filter';
import { isHeld } from './held-index';
import type { ListedRows } from './listed-rows';
import { walk } from './paging';
import { heldBound, ROW_ORDER, type Row, startedBound } from './row';

export interface ListQuery {
  /** null: every non-terminal state. */
  states: ReadonlySet<ActiveState> | null;
  /** null: every channel. */
  channels?: ReadonlySet<Channel> | null;
  sort: SortKey;
  order: SortOrder;
  limit: number;
  after: CursorPosition | null;
  /** Trimmed; empty means no text filter. */
  q: string;
  /** Epoch ms: only sessions started strictly before it (items and total). Ignored under the held rule. */
  startedBefore?: number;
  /** Epoch ms: `stuck` counts the WITH_AGENT sessions started before it. Ignored under the held rule. */
  stuckBefore?: number;
  /** An agent's id: only that agent's sessions (items, total, counts, stuck). */
  agent?: string;
  /** The held rule, as asked (`stuckAfterMinutes`); the caller works out `heldBefore` from it on its clock. */
  stuckAfterMinutes?: number;
  /**
   * Epoch ms, the held rule: a session held by an agent since before it is stuck; `stuck` counts
   * them, and `startedBefore` and `stuckBefore` are ignored.
   */
  heldBefore?: number;
  /** Under the held rule: items and total are the stuck sessions only. */
  stuckOnly?: boolean;
}

export interface ListResult {
  items: Session[];
  next: CursorPosition | null;
  total: number;
  counts: StateCounts;
  /** Only when the query had `stuckBefore` or `heldBefore`. */
  stuck?: number;
  /** Set when `stuck` follows the held rule. */
  stuckRule?: 'held';
}

/** Up to this many matches are sorted on their own; more are found by scanning a full index. */
const FEW_MATCHES = 2000;

const WITH_AGENT_RANK = SESSION_STATES.indexOf('WITH_AGENT');

function stateMask(states: ReadonlySet<ActiveState> | null): number {
  let mask = 0;
  for (const state of states ?? ACTIVE_STATES) mask |= 1 << SESSION_STATES.indexOf(state);
  return mask;
}

function countWhere(rows: readonly Row[], accept: (row: Row) => boolean): number {
  let count = 0;
  for (const row of rows) if (accept(row)) count++;
  return count;
}

export function listPage(listed: ListedRows, filter: Filter | null, query: ListQuery): ListResult {
  const mask = stateMask(query.states);
  const states = query.states ? [...query.states] : ACTIVE_STATES;
  const channels = query.channels ?? null;
  const { heldBefore } = query;
  const held = heldBefore !== undefined;
  const before = held ? undefined : query.startedBefore;
  const stuckBefore = held ? undefined : query.stuckBefore;
  const stuckOnly = held && query.stuckOnly === true;

  const inStates = (row: Row) => ((mask >> row.stateRank) & 1) === 1;
  const inChannels = (row: Row) => channels === null || channels.has(row.session.channel);
  const isStuck = (row: Row) => held && row.heldMs < heldBefore && isHeld(row);
  const matches = (row: Row) =>
    inStates(row) &&
    inChannels(row) &&
    (before === undefined || row.startedMs < before) &&
    (!stuckOnly || isStuck(row));

  const counts = filter ? filterCounts(filter, channels) : listed.counts(channels);
  const heldStuck = !held
    ? 0
    : filter
      ? countWhere(filter.rows, (row) => inChannels(row) && isStuck(row))
      : listed.held.stuckCount(channels, undefined, heldBefore);

  let total = 0;
  if (stuckOnly) total = ((mask >> WITH_AGENT_RANK) & 1) === 1 ? heldStuck : 0;
  else if (before === undefined) for (const state of states) total += counts[state];
  else if (filter) total = countWhere(filter.rows, matches);
  else total = listed.startedCount(states, channels, before);

  const result: Omit<ListResult, 'items' | 'next'> = { total, counts };
  if (held) {
    result.stuck = heldStuck;
    result.stuckRule = 'held';
  } else if (stuckBefore !== undefined) {
    result.stuck = filter
      ? countWhere(
          filter.rows,
          (row) => row.stateRank === WITH_AGENT_RANK && inChannels(row) && row.startedMs < stuckBefore,
        )
      : listed.startedCount(['WITH_AGENT'], channels, stuckBefore);
  }

  let source = listed.indexes[query.sort];
  let accept = matches;
  if (filter && filter.rows.length <= FEW_MATCHES) {
    filter.sorted[query.sort] ??= filter.rows.slice().sort(ROW_ORDER[query.sort]);
    source = filter.sorted[query.sort] ?? [];
  } else if (filter) {
    const { stamp } = filter;
    accept = (row) => row.mark === stamp && matches(row);
  } else if (stuckOnly && query.sort === 'heldSince') {
    // The held sessions of the channels asked, in heldSince order: the stuck ones are a prefix.
    const lists = listed.held.lists(channels);
    source = lists.length === 1 ? (lists[0] as Row[]) : listed.held.all;
  }
  // Ordered by the key a bound applies to, the rows inside the bound are a prefix: the walk stops at its end.
  let end = source.length;
  if (before !== undefined && query.sort === 'startedAt') end = startedBound(source, before);
  if (stuckOnly && query.sort === 'heldSince') end = heldBound(source, heldBefore);
  const page = walk(source, query, accept, end);
  return { items: page.items, next: page.next, ...result };
}
