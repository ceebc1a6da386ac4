// The agents' panel is a chunk of its own, fetched once the first rows are on screen: it adds nothing
// to what they wait for. A fetch that fails is tried again (chunks/retried.ts); one that still fails
// leaves the page without the panel, and nothing else changes.
import { retried } from '../chunks/retried';
import { lazyModule, useLazyModule } from './lazy-module';

const panelModule = lazyModule(
  retried(() => import(/* webpackChunkName: "after-rows-agents" */ '../agents/AgentsPanel')),
);

/** The panel's component once `rowsShown` (and fetched); null until then. */
export function useAgentsPanel(rowsShown: boolean) {
  return useLazyModule(panelModule, rowsShown)?.AgentsPanel ?? null;
}
