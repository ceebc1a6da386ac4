// The `GET sessions` query of a view: what the dispatcher is asked for, with instants relative to the
// moment each request leaves. Pure. The benchmark's floor pages build their request with it too
// (the one module of src/ they may share), so they never ask the dispatcher for less than the page.
import type { ActiveState, SessionListQuery, SortKey, SortOrder } from '../contract/dispatcher-api';
import { listParams } from '../contract/list-params';
import { DEFAULT_STUCK_AFTER_MINUTES } from '../session/rules';
import { type ColumnId, type View, viewFromSearch } from './view';

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
  // Held longest first is the earliest heldSince first.
  held: { key: 'heldSince', invert: true },
  agent: { key: 'agent', invert: false },
};

/** The states a view asks for: WITH_AGENT (its chips), or in All the chosen ones; undefined: every one. */
export function viewStates({ chip, states }: View): readonly ActiveState[] | undefined {
  return chip !== 'all' ? ['WITH_AGENT'] : states.length ? states : undefined;
}

/**
 * A list query whose instants are relative to the moment it is sent: the stuck threshold moves with
 * the clock, so every refresh asks about sessions stuck as of then, while the query stays the same.
 */
export interface ListQuery extends Omit<SessionListQuery, 'startedBefore' | 'stuckBefore'> {
  /** Only sessions started longer ago than this (the Stuck view). */
  startedOlderThanMs?: number;
  /** Ask the dispatcher to count sessions WITH_AGENT for longer than this. */
  stuckOlderThanMs?: number;
}

/** The `GET sessions` query of a view and a page cursor; sessions count as stuck after `stuckAfterMinutes`. */
export function toListQuery(view: View, cursor: string | null, stuckAfterMinutes: number): ListQuery {
  const { key, invert } = SERVER_SORT[view.sort.column];
  const ascending = (view.sort.direction === 'ascending') !== invert;
  const order: SortOrder = ascending ? 'asc' : 'desc';
  const states = viewStates(view);
  const stuckMs = stuckAfterMinutes * 60_000;
  return {
    ...(states ? { state: states } : {}),
    ...(view.channels.length ? { channel: view.channels } : {}),
    sort: key,
    order,
    limit: view.pageSize,
    ...(cursor ? { cursor } : {}),
    ...(view.q.trim() ? { q: view.q.trim() } : {}),
    ...(view.agent ? { agent: view.agent } : {}),
    // The held rule for dispatchers that apply it on their own clock, and the same by start, which
    // such a dispatcher ignores, for those that do not.
    stuckAfterMinutes,
    ...(view.chip === 'stuck' ? { stuckOnly: true, startedOlderThanMs: stuckMs } : {}),
    stuckOlderThanMs: stuckMs,
  };
}

/** The query as sent at `serverNowMs` (the dispatcher's clock): relative instants made absolute. */
export function resolveListQuery(query: ListQuery, serverNowMs: number): SessionListQuery {
  const { startedOlderThanMs, stuckOlderThanMs, ...rest } = query;
  const before = (ms: number) => new Date(serverNowMs - ms).toISOString();
  return {
    ...rest,
    ...(startedOlderThanMs !== undefined ? { startedBefore: before(startedOlderThanMs) } : {}),
    ...(stuckOlderThanMs !== undefined ? { stuckBefore: before(stuckOlderThanMs) } : {}),
  };
}

/** The `GET sessions` parameters of the view in a URL query, as the page sends them at `serverNowMs`. */
export function paramsForSearch(
  search: string,
  serverNowMs: number,
  stuckAfterMinutes = DEFAULT_STUCK_AFTER_MINUTES,
): Record<string, string> {
  return listParams(
    resolveListQuery(toListQuery(viewFromSearch(search), null, stuckAfterMinutes), serverNowMs),
  );
}
