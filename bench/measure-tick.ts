// Scripting time of one Duration tick with 100 rows on screen: the module's clock (its listener,
// React's render of the cells and the commit) against the floor rewriting 100 text nodes.
import type { CDPSession } from 'playwright-core';
import { type Bench, type ConsolePage, FLOOR_ROUTE, PAGE_ROUTE, TENANTS } from './console';
import { timeOneSecondIntervals } from './in-page';
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

const PAGE_SIZE = 100;
const TICKS = 12;

async function scriptDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;
}

const ticksSoFar = (tab: ConsolePage) =>
  tab.page.evaluate(() => (window as unknown as { __benchTicks: number[] }).__benchTicks.slice());

async function measureSide(tab: ConsolePage, route: string): Promise<TickSide> {
  const first = await tab.go(`${route}?size=${PAGE_SIZE}`);
  const cdp = await tab.cdp();
  await cdp.send('Performance.enable');
  // The first tick after mount also compiles the tick path: the window starts after it. Waits are
  // kept on this side, since polling in the page would add scripting to the window.
  while ((await ticksSoFar(tab)).length < 1) await tab.page.waitForTimeout(200);
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
    rows: first.rows,
  };
}

export async function measureTick(bench: Bench): Promise<TickResult> {
  // The large tenant has well over 100 sessions with an agent, the youngest minutes old, so the
  // module's clock ticks every second.
  const tenant = TENANTS.large.id;
  const tab = await bench.openConsole(tenant, (context) => context.addInitScript(timeOneSecondIntervals));
  try {
    return { page: await measureSide(tab, PAGE_ROUTE), floor: await measureSide(tab, FLOOR_ROUTE), tenant };
  } finally {
    await tab.close();
  }
}
