// The request both floors send: the one the module's page sends for the same URL, built by the
// page's own query functions (its default view, With agent oldest first, with the Stuck count), so
// the floors never ask the dispatcher for less work than the page does. src/list/query.ts is the one
// module of the page they may share.
import type { SessionPage } from '../../../../src/contract';
import { paramsForSearch } from '../../../../src/list/query';

/** The `GET sessions` parameters of the view in `search`, as the page's client sends them. */
export function floorListParams(search: string, nowMs = Date.now()): Record<string, string> {
  return paramsForSearch(search, nowMs);
}

export type { SessionPage };
