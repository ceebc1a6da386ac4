// What 50 visits leave behind: a page mounted for the first time in a fresh tab, against the same
// page mounted again after 50 navigations away and back, each read after a forced GC. The floor
// goes through the same steps, to show what the console and the browser themselves add.
import type { CDPSession } from 'playwright-core';
import { type Bench, FLOOR_ROUTE, PAGE_ROUTE, TENANTS } from './console';

export interface MemoryReading {
  heapUsedBytes: number;
  nodes: number;
  jsEventListeners: number;
  documents: number;
}

export interface MemoryRun {
  navigations: number;
  firstMount: MemoryReading;
  /** After half the navigations: most of what the first visits add is compiled code and caches. */
  halfway: MemoryReading;
  afterNavigations: MemoryReading;
  heapGrowthBytes: number;
  /** Growth over the second half only: what each further visit keeps, once warm. */
  secondHalfHeapGrowthBytes: number;
  nodesDelta: number;
  listenersDelta: number;
}

export interface MemoryResult {
  page: MemoryRun;
  floor: MemoryRun;
}

const NAVIGATIONS = 50;
// Long enough for the page's own after-mount work (the list's answer, its effects) to be over.
const QUIET_MS = 500;

async function read(cdp: CDPSession): Promise<MemoryReading> {
  // Twice: objects freed by the first collection's finalizers go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    heapUsedBytes: heap.usedSize,
    nodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    documents: counters.documents,
  };
}

async function measureRoute(bench: Bench, route: string): Promise<MemoryRun> {
  const tab = await bench.openConsole(TENANTS.small.id);
  try {
    const cdp = await tab.cdp();
    await tab.go(route);
    await tab.page.waitForTimeout(QUIET_MS);
    const firstMount = await read(cdp);
    const visit = async (times: number) => {
      for (let i = 0; i < times; i++) {
        await tab.leave();
        await tab.go(route);
      }
      await tab.page.waitForTimeout(QUIET_MS);
      return read(cdp);
    };
    const halfway = await visit(NAVIGATIONS / 2);
    const afterNavigations = await visit(NAVIGATIONS / 2);
    return {
      navigations: NAVIGATIONS,
      firstMount,
      halfway,
      afterNavigations,
      heapGrowthBytes: afterNavigations.heapUsedBytes - firstMount.heapUsedBytes,
      secondHalfHeapGrowthBytes: afterNavigations.heapUsedBytes - halfway.heapUsedBytes,
      nodesDelta: afterNavigations.nodes - firstMount.nodes,
      listenersDelta: afterNavigations.jsEventListeners - firstMount.jsEventListeners,
    };
  } finally {
    await tab.close();
  }
}

/** Both at once, each in a tab of its own: these are counts, which the other tab's work does not change. */
export async function measureMemory(bench: Bench): Promise<MemoryResult> {
  const [floor, page] = await Promise.all([
    measureRoute(bench, FLOOR_ROUTE),
    measureRoute(bench, PAGE_ROUTE),
  ]);
  return { floor, page };
}
