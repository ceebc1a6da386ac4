// "Select all N matching": every releasable session of the current filter, across pages, fetched
// through the same list query the page shows (largest pages, one request at a time).
import { LIST_LIMIT } from '../contract/dispatcher-api';
import type { SessionsApi } from '../dispatcher/api';
import { canRelease } from '../session/rules';
import type { SessionRow } from '../session/row';
import { type ListQuery, resolveListQuery } from '../list/query';
import { BULK_RELEASE_MAX } from './limits';

/** Fewer matching sessions than this can all be chosen at once. */
export const SELECT_MATCHING_MAX = BULK_RELEASE_MAX;

/**
 * The releasable sessions matching `query` (whatever its page size and cursor), at most `max`.
 * `serverNowMs` is the dispatcher's clock, for a query relative to now (the Stuck view).
 */
export async function releasableMatching(
  api: SessionsApi,
  query: ListQuery,
  serverNowMs: number,
  signal?: AbortSignal,
  max = SELECT_MATCHING_MAX,
): Promise<SessionRow[]> {
  const { cursor: _ignored, ...rest } = resolveListQuery(query, serverNowMs);
  const found = new Map<string, SessionRow>();
  let cursor: string | null = null;
  do {
    const page = await api.list({ ...rest, limit: LIST_LIMIT.max, ...(cursor ? { cursor } : {}) }, signal);
    for (const row of page.rows) if (canRelease(row) && found.size < max) found.set(row.id, row);
    cursor = page.nextCursor;
  } while (cursor && found.size < max);
  return [...found.values()];
}
