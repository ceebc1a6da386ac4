// Render-as-you-fetch: the mount lifecycle starts the first list request before React renders, and
// the page adopts that load, so the request does not wait for a render and a commit.
import type { SessionsApi } from '../dispatcher/api';
import { SessionListLoader } from './list-loader';
import { toListQuery } from './query';
import { viewFromSearch } from './view';

/** Starts loading the list the page will show for this URL query. */
export function preloadList(api: SessionsApi, search: string, stuckAfterMinutes: number): SessionListLoader {
  const loader = new SessionListLoader(api);
  loader.setQuery(toListQuery(viewFromSearch(search), null, stuckAfterMinutes));
  return loader;
}
