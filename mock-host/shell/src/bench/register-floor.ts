// Registers the benchmark's floor as a single-spa application of its own, under a route no menu
// links to, with the same client the module gets, so the two differ only in the page itself.
import type { AxiosInstance } from 'axios';
import { registerApplication } from 'single-spa';
import { BENCH_FLOOR_APP, BENCH_FLOOR_ROUTE } from './floor-route';

export function registerBenchFloor(
  props: () => { dispatcherClient: AxiosInstance; domElement?: HTMLElement },
) {
  registerApplication({
    name: BENCH_FLOOR_APP,
    // Its own chunk, as the module's page is: loaded at the first visit only.
    app: () => import('./floor-page') as never,
    activeWhen: BENCH_FLOOR_ROUTE,
    customProps: () => {
      const { dispatcherClient, domElement } = props();
      return { dispatcherClient, domElement: domElement ?? document.body };
    },
  });
}
