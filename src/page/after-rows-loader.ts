// The agents' panel and the narrower filters are a chunk of their own (after-rows.ts), fetched once the
// first rows are on screen: they add nothing to what the rows wait for. A fetch that fails is tried
// again (chunks/retried.ts); one that still fails leaves the page without them, and nothing else
// changes (the filters in the URL still apply: the dispatcher applies them).
import { retried } from '../chunks/retried';
import { lazyModule, useLazyModule } from './lazy-module';

const afterRowsModule = lazyModule(
  retried(() => import(/* webpackChunkName: "after-rows-agents" */ './after-rows')),
);

/** The after-rows parts once `rowsShown` (and fetched); null until then. */
export function useAfterRows(rowsShown: boolean) {
  return useLazyModule(afterRowsModule, rowsShown);
}
