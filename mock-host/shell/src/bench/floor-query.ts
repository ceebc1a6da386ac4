// The request both floors send: the one the module's page sends for the same URL, built by the
// page's own functions (its default view, With agent oldest first, with the Stuck count's
// stuckBefore), so the floors never ask the dispatcher for less work than the page does.
import type { SessionPage } from '../../../../src/contract';
import { DEFAULT_STUCK_AFTER_MINUTES } from '../../../../src/session/model';
import { resolveListQuery, toListQuery, viewFromSearch } from '../../../../src/list/view';

/** The `GET sessions` parameters of the view in `search`, as the page's client sends them. */
export function floorListParams(search: string, nowMs = Date.now()): Record<string, string> {
  const query = resolveListQuery(
    toListQuery(viewFromSearch(search), null, DEFAULT_STUCK_AFTER_MINUTES),
    nowMs,
  );
  const params: Record<string, string> = {};
  if (query.state?.length) params.state = query.state.join(',');
  if (query.sort) params.sort = query.sort;
  if (query.order) params.order = query.order;
  if (query.limit) params.limit = String(query.limit);
  if (query.q) params.q = query.q;
  if (query.startedBefore) params.startedBefore = query.startedBefore;
  if (query.stuckBefore) params.stuckBefore = query.stuckBefore;
  return params;
}

export type { SessionPage };
