// Time from route activation to the first rows painted: the module's page against the floor, for
// the small and the large tenant. Warm: the code of both pages already loaded once in this tab,
// then away and back. Cold: a fresh browser context opening the route's URL directly.
import { type Bench, FLOOR_ROUTE, PAGE_ROUTE, TENANTS, type TenantSize } from './console';
import { type FirstRows, ROW_SELECTOR, timeFirstRowsOfLoad } from './in-page';
import { type Summary, summarize } from './stats';

export interface PairTimes {
  page: Summary;
  floor: Summary;
  rows: { page: number; floor: number };
  /** Other points of the same runs, for whoever wants to see where the time goes. */
  detail: { page: FirstRows[]; floor: FirstRows[] };
}

export type FirstRowsResult = Record<TenantSize, PairTimes>;

const WARM_RUNS = 11;
const COLD_RUNS = 5;

/** Page and floor in turns, starting with either in alternate rounds, so drift hits both alike. */
async function alternate(runs: number, once: (route: string) => Promise<FirstRows>): Promise<PairTimes> {
  const page: FirstRows[] = [];
  const floor: FirstRows[] = [];
  for (let round = 0; round < runs; round++) {
    const order = round % 2 === 0 ? [PAGE_ROUTE, FLOOR_ROUTE] : [FLOOR_ROUTE, PAGE_ROUTE];
    for (const route of order) {
      const timing = await once(route);
      (route === PAGE_ROUTE ? page : floor).push(timing);
    }
  }
  return {
    page: summarize(page.map((t) => t.firstFrameMs)),
    floor: summarize(floor.map((t) => t.firstFrameMs)),
    rows: { page: page[0]?.rows ?? 0, floor: floor[0]?.rows ?? 0 },
    detail: { page, floor },
  };
}

export async function measureWarmFirstRows(bench: Bench): Promise<FirstRowsResult> {
  const result = {} as FirstRowsResult;
  for (const size of Object.keys(TENANTS) as TenantSize[]) {
    const tab = await bench.openConsole(TENANTS[size].id);
    try {
      // Loads both pages' code and lets the JIT see them once, so every timed run is warm.
      for (const route of [PAGE_ROUTE, FLOOR_ROUTE, PAGE_ROUTE, FLOOR_ROUTE]) {
        await tab.go(route);
        await tab.leave();
      }
      result[size] = await alternate(WARM_RUNS, async (route) => {
        const timing = await tab.go(route);
        await tab.leave();
        return timing;
      });
    } finally {
      await tab.close();
    }
  }
  return result;
}

export async function measureColdFirstRows(bench: Bench): Promise<FirstRowsResult> {
  const result = {} as FirstRowsResult;
  for (const size of Object.keys(TENANTS) as TenantSize[]) {
    result[size] = await alternate(COLD_RUNS, async (route) => {
      const context = await bench.context();
      try {
        await context.addInitScript(timeFirstRowsOfLoad, ROW_SELECTOR);
        const page = await context.newPage();
        await page.goto(`${bench.host.hostUrl}${route}?user=admin&tenant=${TENANTS[size].id}`);
        return await page.evaluate(
          () => (window as unknown as { __benchFirstRows: Promise<FirstRows> }).__benchFirstRows,
        );
      } finally {
        await context.close();
      }
    });
  }
  return result;
}
