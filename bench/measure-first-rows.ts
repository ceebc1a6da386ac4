// Time from route activation to the first rows painted: the module's page against the bare floor and
// the rich floor, for the small and the large tenant. Warm: the code of every page already loaded once
// in this tab, then away and back. Cold: a fresh browser context opening the route's URL directly,
// the console doing what the README recommends (menu from the manifest file, the page's files fetched
// as soon as the route is known).
import {
  type Bench,
  type ConsolePage,
  FLOOR_ROUTE,
  PAGE_ROUTE,
  RICH_FLOOR_ROUTE,
  TENANTS,
  type TenantSize,
} from './console';
import { type FirstRows, ROW_SELECTOR, timeFirstRowsOfLoad } from './in-page';
import { type Summary, summarize } from './stats';

/** The pages timed, by what the report calls them. */
export const ROUTES = { page: PAGE_ROUTE, floor: FLOOR_ROUTE, rich: RICH_FLOOR_ROUTE } as const;
export type RouteName = keyof typeof ROUTES;

export interface RouteTimes {
  /** Rows painted (Element Timing), the budgeted figure. */
  painted: Summary;
  /** The frame with the rows rendered (a task after it), for comparison. */
  afterPaint: Summary;
  /** When the list request left. */
  request: Summary;
  /** Rows in the document when the first of them were painted. */
  rows: number;
  /** Every point of every run, for whoever wants to see where the time goes. */
  runs: FirstRows[];
}

export type SizeTimes = Record<RouteName, RouteTimes>;
export type FirstRowsResult = Record<TenantSize, SizeTimes>;

const WARM_RUNS = 21;
const COLD_RUNS = 7;
const ROW_TIMEOUT_MS = 20_000;

const SIZES = Object.keys(TENANTS) as TenantSize[];
const NAMES = Object.keys(ROUTES) as RouteName[];

function timesOf(runs: FirstRows[]): RouteTimes {
  return {
    painted: summarize(runs.map((t) => t.paintedMs)),
    afterPaint: summarize(runs.map((t) => t.afterPaintMs)),
    request: summarize(runs.map((t) => t.requestMs ?? Number.NaN).filter((ms) => !Number.isNaN(ms))),
    rows: runs[0]?.rows ?? 0,
    runs,
  };
}

/**
 * Every (tenant, page) combination once per round, in an order that rotates from round to round, so a
 * machine that gets busier or quieter over the run shifts every series alike.
 */
async function rounds(
  runs: number,
  once: (size: TenantSize, route: string) => Promise<FirstRows>,
): Promise<FirstRowsResult> {
  const combos = SIZES.flatMap((size) => NAMES.map((name) => ({ size, name })));
  const times = new Map(combos.map((combo) => [`${combo.size} ${combo.name}`, [] as FirstRows[]]));
  for (let round = 0; round < runs; round++) {
    const shift = round % combos.length;
    const order = [...combos.slice(shift), ...combos.slice(0, shift)];
    if (round % 2 === 1) order.reverse();
    for (const { size, name } of order) times.get(`${size} ${name}`)?.push(await once(size, ROUTES[name]));
  }
  const sizeTimes = (size: TenantSize) =>
    Object.fromEntries(NAMES.map((name) => [name, timesOf(times.get(`${size} ${name}`) ?? [])])) as SizeTimes;
  return { small: sizeTimes('small'), large: sizeTimes('large') };
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
    // Loads every page's code and lets the JIT see each twice, so every timed run is warm.
    for (const size of SIZES) {
      for (let i = 0; i < 2; i++) {
        for (const route of Object.values(ROUTES)) {
          await tabOf(size).go(route);
          await tabOf(size).leave();
        }
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
      await context.addInitScript(timeFirstRowsOfLoad, { selector: ROW_SELECTOR, timeoutMs: ROW_TIMEOUT_MS });
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
