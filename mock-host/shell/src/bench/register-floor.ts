// Registers the benchmark's floors as single-spa applications of their own, under routes no menu
// links to, with the same client the module gets, so the floors and the module differ only in the
// page itself.
import type { AxiosInstance } from 'axios';
import { registerApplication } from 'single-spa';
import {
  BENCH_FLOOR_APP,
  BENCH_FLOOR_ROUTE,
  BENCH_RICH_FLOOR_APP,
  BENCH_RICH_FLOOR_ROUTE,
} from './floor-route';

export function registerBenchFloor(
  props: () => { dispatcherClient: AxiosInstance; domElement?: HTMLElement },
) {
  const customProps = () => {
    const { dispatcherClient, domElement } = props();
    return { dispatcherClient, domElement: domElement ?? document.body };
  };
  // Each its own chunk, as the module's page is: loaded at the first visit only.
  registerApplication({
    name: BENCH_FLOOR_APP,
    app: () => import('./floor-page') as never,
    activeWhen: BENCH_FLOOR_ROUTE,
    customProps,
  });
  registerApplication({
    name: BENCH_RICH_FLOOR_APP,
    app: () => import('./rich-floor-page') as never,
    activeWhen: BENCH_RICH_FLOOR_ROUTE,
    customProps,
  });
}
