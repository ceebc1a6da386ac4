// Scripting time of one Duration tick with 100 rows on screen: the module's clock (its listener,
// React's render of the cells and the commit) against the floor rewriting 100 text nodes.
import type { CDPSession } from 'playwright-core';
import { type Bench, type ConsolePage, FLOOR_ROUTE, PAGE_ROUTE, TENANTS } from './console';
import { ROW_SELECTOR, timeOneSecondIntervals } from './in-page';
import { type Summary, summarize } from './stats';

export interface TickSide {
  /** In-page performance.now() around each tick, ms. */
  perTick: Summary;
  /** CDP Performance ScriptDuration over the window divided by the ticks in it: all scripting of the idle page per tick. */
  scriptPerTickCdp: number;
  rows: number;
}

export interface TickResult {
  page: TickSide;
  floor: TickSide;
  tenant: string;
}

// With agent, newest first (the page's own sort, in its URL), 100 rows: the youngest sessions are
// minutes old, so the module's clock ticks every second. Both pages list the same rows.
const VIEW = '?size=100&sort=startedAt&dir=desc';
const FIRST_TICK_WITHIN_MS = 10_000;
const TICKS = 12;

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
}

const ticksSoFar = (tab: ConsolePage) =>
  tab.page.evaluate(() => (window as unknown as { __benchTicks: number[] }).__benchTicks.slice());

async function measureSide(tab: ConsolePage, route: string): Promise<TickSide> {
  await tab.go(`${route}${VIEW}`);
  // The module renders a screenful first and the rest after that frame: the tick is timed on all 100.
  await tab.page.locator(ROW_SELECTOR).nth(99).waitFor();
  const rows = await tab.page.locator(ROW_SELECTOR).count();
  const cdp = await tab.cdp();
  await cdp.send('Performance.enable');
  // The first tick after mount also compiles the tick path: the window starts after it. Waits are
  // kept on this side, since polling in the page would add scripting to the window.
  const deadline = Date.now() + FIRST_TICK_WITHIN_MS;
  while ((await ticksSoFar(tab)).length < 1) {
    if (Date.now() > deadline) throw new Error(`no 1 s tick on ${route}${VIEW}`);
    await tab.page.waitForTimeout(200);
  }
  const before = (await ticksSoFar(tab)).length;
  const scriptBefore = await scriptDuration(cdp);
  await tab.page.waitForTimeout(TICKS * 1000 + 500);
  const scriptAfter = await scriptDuration(cdp);
  const measured = (await ticksSoFar(tab)).slice(before);
  await cdp.send('Performance.disable');
  await tab.leave();
  if (measured.length === 0) throw new Error(`no 1 s tick on ${route}`);
  return {
    perTick: summarize(measured, 3),
    scriptPerTickCdp: Number((((scriptAfter - scriptBefore) * 1000) / measured.length).toFixed(3)),
    rows,
  };
}

export async function measureTick(bench: Bench): Promise<TickResult> {
  const tenant = TENANTS.large.id;
  const tab = await bench.openConsole(tenant, (context) => context.addInitScript(timeOneSecondIntervals));
  try {
    return { page: await measureSide(tab, PAGE_ROUTE), floor: await measureSide(tab, FLOOR_ROUTE), tenant };
  } finally {
    await tab.close();
  }
}
