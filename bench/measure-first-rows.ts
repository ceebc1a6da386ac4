// Time from route activation to the first rows painted: the module's page against the floor, for
// the small and the large tenant. Warm: the code of both pages already loaded once in this tab,
// then away and back. Cold: a fresh browser context opening the route's URL directly.
import { type Bench, type ConsolePage, FLOOR_ROUTE, PAGE_ROUTE, TENANTS, type TenantSize } from './console';
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

const WARM_RUNS = 9;
const COLD_RUNS = 3;

const SIZES = Object.keys(TENANTS) as TenantSize[];

/**
 * Every (tenant, page) combination once per round, in an order that rotates from round to round,
 * so a machine that gets busier or quieter over the run shifts all four series alike.
 */
async function rounds(
  runs: number,
  once: (size: TenantSize, route: string) => Promise<FirstRows>,
): Promise<FirstRowsResult> {
  const combos = SIZES.flatMap((size) => [PAGE_ROUTE, FLOOR_ROUTE].map((route) => ({ size, route })));
  const times = new Map(combos.map((combo) => [`${combo.size} ${combo.route}`, [] as FirstRows[]]));
  for (let round = 0; round < runs; round++) {
    const shift = round % combos.length;
    const order = [...combos.slice(shift), ...combos.slice(0, shift)];
    if (round % 2 === 1) order.reverse();
    for (const { size, route } of order) times.get(`${size} ${route}`)?.push(await once(size, route));
  }
  const pair = (size: TenantSize): PairTimes => {
    const page = times.get(`${size} ${PAGE_ROUTE}`) ?? [];
    const floor = times.get(`${size} ${FLOOR_ROUTE}`) ?? [];
    return {
      page: summarize(page.map((t) => t.firstFrameMs)),
      floor: summarize(floor.map((t) => t.firstFrameMs)),
      rows: { page: page[0]?.rows ?? 0, floor: floor[0]?.rows ?? 0 },
      detail: { page, floor },
    };
  };
  return { small: pair('small'), large: pair('large') };
}

/** One tab per tenant, both open for the whole measurement. */
export async function measureWarmFirstRows(bench: Bench): Promise<FirstRowsResult> {
  const tabs = new Map<TenantSize, ConsolePage>();
  try {
    for (const size of SIZES) tabs.set(size, await bench.openConsole(TENANTS[size].id));
    const tabOf = (size: TenantSize) => {
      const tab = tabs.get(size);
      if (!tab) throw new Error(`no tab for the ${size} tenant`);
      return tab;
    };
    // Loads both pages' code and lets the JIT see them once, so every timed run is warm.
    for (const size of SIZES) {
      for (const route of [PAGE_ROUTE, FLOOR_ROUTE, PAGE_ROUTE, FLOOR_ROUTE]) {
        await tabOf(size).go(route);
        await tabOf(size).leave();
      }
    }
    return await rounds(WARM_RUNS, async (size, route) => {
      const timing = await tabOf(size).go(route);
      await tabOf(size).leave();
      return timing;
    });
  } finally {
    await Promise.allSettled([...tabs.values()].map((tab) => tab.close()));
  }
}

export async function measureColdFirstRows(bench: Bench): Promise<FirstRowsResult> {
  return rounds(COLD_RUNS, async (size, route) => {
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
