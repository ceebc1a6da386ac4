// The budgets the figures are judged against, one line each. A failed budget is reported, never
// fatal: the bench is a report.
import type { BytesResult } from './measure-bytes';
import type { FirstRowsResult } from './measure-first-rows';
import type { InFlightResult } from './measure-in-flight';
import type { MemoryResult } from './measure-memory';
import type { SimulatorResult } from './measure-simulator';
import type { TickResult } from './measure-tick';
import { ratio } from './stats';

export const KB = 1024;

export const BUDGET = {
  firstRowsVsFloor: 1.25,
  largeVsSmallTenant: 1.1,
  tickMs: 2,
  heapGrowthBytes: 0.5 * KB * KB,
  maxListInFlight: 1,
  simulatorPageMs: 20,
  routeGzip: 55 * KB,
  pageChunksGzip: 20 * KB,
  menuManifestGzip: 1 * KB,
  manifestChunkGzip: 0.5 * KB,
} as const;

export interface Line {
  measure: string;
  module: string;
  reference: string;
  ratio: string;
  budget: string;
  /** null: reported without a budget. */
  pass: boolean | null;
}

export interface Figures {
  warm: FirstRowsResult;
  cold: FirstRowsResult;
  tick: TickResult;
  memory: MemoryResult;
  inFlight: InFlightResult;
  simulator: SimulatorResult;
  bytes: BytesResult;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const times = (value: number) => `${value.toFixed(2)}×`;
export const bytes = (value: number) =>
  Math.abs(value) >= KB ? `${(value / KB).toFixed(1)} KB` : `${value} B`;
const signed = (value: number) => (value >= 0 ? `+${value}` : `${value}`);
const signedBytes = (value: number) => `${value >= 0 ? '+' : '−'}${bytes(Math.abs(value))}`;

export function judge(figures: Figures): Line[] {
  const { warm, cold, tick, memory, inFlight, simulator, bytes: sizes } = figures;
  const lines: Line[] = [];
  const runs = (n: number) => `median of ${n}`;

  for (const [size, label] of [
    ['small', '500'],
    ['large', '50,000'],
  ] as const) {
    const pair = warm[size];
    const r = ratio(pair.page.median, pair.floor.median);
    lines.push({
      measure: `First rows, warm, ${label} sessions (${runs(pair.page.runs.length)})`,
      module: ms(pair.page.median),
      reference: `floor ${ms(pair.floor.median)}`,
      ratio: times(r),
      budget: `≤ ${BUDGET.firstRowsVsFloor}× floor`,
      pass: r <= BUDGET.firstRowsVsFloor,
    });
  }
  const tenants = ratio(warm.large.page.median, warm.small.page.median);
  lines.push({
    measure: 'First rows, warm, 50,000 against 500 sessions',
    module: ms(warm.large.page.median),
    reference: `500: ${ms(warm.small.page.median)}`,
    ratio: times(tenants),
    budget: `≤ ${BUDGET.largeVsSmallTenant}×`,
    pass: tenants <= BUDGET.largeVsSmallTenant,
  });
  for (const [size, label] of [
    ['small', '500'],
    ['large', '50,000'],
  ] as const) {
    const pair = cold[size];
    lines.push({
      measure: `First rows, cold page load, ${label} sessions (${runs(pair.page.runs.length)})`,
      module: ms(pair.page.median),
      reference: `floor ${ms(pair.floor.median)}`,
      ratio: times(ratio(pair.page.median, pair.floor.median)),
      budget: '—',
      pass: null,
    });
  }

  lines.push({
    measure: `One Duration tick, ${tick.page.rows} rows, scripting (${runs(tick.page.perTick.runs.length)})`,
    module: `${tick.page.perTick.median.toFixed(2)} ms`,
    reference: `floor ${tick.floor.perTick.median.toFixed(2)} ms`,
    ratio: times(ratio(tick.page.perTick.median, tick.floor.perTick.median)),
    budget: `< ${BUDGET.tickMs} ms`,
    pass: tick.page.perTick.median < BUDGET.tickMs,
  });

  const { page, floor } = memory;
  lines.push({
    measure: `JS heap after ${page.navigations} navigations away and back, against the first mount (forced GC)`,
    module: signedBytes(page.heapGrowthBytes),
    reference: `floor ${signedBytes(floor.heapGrowthBytes)}`,
    ratio: '—',
    budget: `< ${bytes(BUDGET.heapGrowthBytes)}`,
    pass: page.heapGrowthBytes < BUDGET.heapGrowthBytes,
  });
  const beyondFloor = page.heapGrowthBytes - floor.heapGrowthBytes;
  lines.push({
    measure: 'JS heap growth beyond the floor’s (same steps)',
    module: signedBytes(beyondFloor),
    reference: '—',
    ratio: '—',
    budget: `< ${bytes(BUDGET.heapGrowthBytes)}`,
    pass: beyondFloor < BUDGET.heapGrowthBytes,
  });
  const half = page.navigations / 2;
  lines.push({
    measure: `JS heap growth over navigations ${half + 1}–${page.navigations} only (once warm)`,
    module: signedBytes(page.secondHalfHeapGrowthBytes),
    reference: `floor ${signedBytes(floor.secondHalfHeapGrowthBytes)}`,
    ratio: '—',
    budget: '—',
    pass: null,
  });
  lines.push({
    measure: `DOM nodes after ${page.navigations} navigations, against the first mount`,
    module: `${page.afterNavigations.nodes} (${signed(page.nodesDelta)})`,
    reference: `first mount ${page.firstMount.nodes}`,
    ratio: '—',
    budget: '= first mount',
    pass: page.nodesDelta === 0,
  });
  lines.push({
    measure: `JS event listeners after ${page.navigations} navigations, against the first mount`,
    module: `${page.afterNavigations.jsEventListeners} (${signed(page.listenersDelta)})`,
    reference: `first mount ${page.firstMount.jsEventListeners}`,
    ratio: '—',
    budget: '= first mount',
    pass: page.listenersDelta === 0,
  });

  lines.push({
    measure: `List requests in flight at once, ${inFlight.latencyMs / 1000} s answers, refresh clicks and one auto-refresh`,
    module: String(inFlight.maxInFlight),
    reference: `${inFlight.listRequests} list requests${inFlight.autoRefreshSeen ? '' : ', auto-refresh NOT seen'}`,
    ratio: '—',
    budget: `= ${BUDGET.maxListInFlight}`,
    pass: inFlight.maxInFlight === BUDGET.maxListInFlight && inFlight.autoRefreshSeen,
  });

  lines.push({
    measure: `Simulator, one page of ${simulator.sessions.toLocaleString('en')} sessions over HTTP, slowest of ${simulator.shapes.length} query shapes (median)`,
    module: `${simulator.worstMedianMs.toFixed(1)} ms`,
    reference: '—',
    ratio: '—',
    budget: `< ${BUDGET.simulatorPageMs} ms`,
    pass: simulator.worstMedianMs < BUDGET.simulatorPageMs,
  });

  const byteLines: Array<[string, number, number]> = [
    ['Route: mf-manifest.json + remoteEntry.js + ./app js/css, gzip', sizes.route.gzip, BUDGET.routeGzip],
    ['Page chunks: ./app js/css, gzip', sizes.pageChunks.gzip, BUDGET.pageChunksGzip],
    ['Menu entry: mf-manifest.json, gzip', sizes.menuManifest.gzip, BUDGET.menuManifestGzip],
    ['./manifest chunk, gzip', sizes.manifestChunk.gzip, BUDGET.manifestChunkGzip],
  ];
  for (const [measure, value, budget] of byteLines) {
    lines.push({
      measure,
      module: bytes(value),
      reference: '—',
      ratio: '—',
      budget: `≤ ${bytes(budget)}`,
      pass: value <= budget,
    });
  }
  return lines;
}
