// What visits leave behind: heap snapshots of a tab after its first visit to a page and after 50, the
// page left each time, so what is measured is what stays once the page is gone. The floor goes
// through the same steps, to tell what the console and the browser keep from what the module keeps.
// A snapshot's nodes are summed by kind: compiled code (the JIT's, which grows as code warms up and is
// shed under memory pressure) is reported apart from the objects a program holds on to.
import type { CDPSession } from 'playwright-core';
import { type Bench, FLOOR_ROUTE, PAGE_ROUTE, TENANTS } from './console';

/** Bytes of a heap snapshot's nodes (self sizes), by kind. */
export interface HeapKinds {
  /** Objects, closures, arrays, strings, numbers, symbols: what a program holds on to. */
  objects: number;
  /** Compiled code and bytecode (V8's `code` nodes). */
  code: number;
  /** The engine's own bookkeeping: hidden classes, feedback, contexts' internals (`hidden`, `object shape`). */
  system: number;
  /** Browser objects behind the DOM and the platform (`native`). */
  native: number;
}

export interface MemoryReading {
  heap: HeapKinds;
  nodes: number;
  jsEventListeners: number;
  documents: number;
}

export interface MemoryRun {
  visits: number;
  afterFirstVisit: MemoryReading;
  afterVisits: MemoryReading;
  /** afterVisits − afterFirstVisit, by kind. */
  growth: HeapKinds;
  nodesDelta: number;
  listenersDelta: number;
}

export interface MemoryResult {
  page: MemoryRun;
  floor: MemoryRun;
}

const VISITS = 50;
// Long enough for a page's own last work (the unmount's, the aborted request's) to be over.
const QUIET_MS = 500;

const KIND_OF: Record<string, keyof HeapKinds | null> = {
  code: 'code',
  hidden: 'system',
  'object shape': 'system',
  native: 'native',
  synthetic: null,
};

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
}

async function heapByKind(cdp: CDPSession): Promise<HeapKinds> {
  const chunks: string[] = [];
  const collect = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', collect);
  try {
    await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  } finally {
    cdp.off('HeapProfiler.addHeapSnapshotChunk', collect);
  }
  const { snapshot, nodes } = JSON.parse(chunks.join('')) as Snapshot;
  const fields = snapshot.meta.node_fields;
  const types = snapshot.meta.node_types[0];
  const typeAt = fields.indexOf('type');
  const sizeAt = fields.indexOf('self_size');
  const kinds: HeapKinds = { objects: 0, code: 0, system: 0, native: 0 };
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt] as number] ?? 'object';
    const kind = type in KIND_OF ? KIND_OF[type] : 'objects';
    if (kind) kinds[kind] += nodes[i + sizeAt] as number;
  }
  return kinds;
}

async function read(cdp: CDPSession): Promise<MemoryReading> {
  // Twice: objects freed by the first collection's finalizers go in the second.
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await heapByKind(cdp);
  const counters = await cdp.send('Memory.getDOMCounters');
  return {
    heap,
    nodes: counters.nodes,
    jsEventListeners: counters.jsEventListeners,
    documents: counters.documents,
  };
}

const minus = (a: HeapKinds, b: HeapKinds): HeapKinds => ({
  objects: a.objects - b.objects,
  code: a.code - b.code,
  system: a.system - b.system,
  native: a.native - b.native,
});

async function measureRoute(bench: Bench, route: string): Promise<MemoryRun> {
  const tab = await bench.openConsole(TENANTS.small.id);
  try {
    const cdp = await tab.cdp();
    await cdp.send('HeapProfiler.enable');
    const visit = async () => {
      await tab.go(route);
      await tab.leave();
    };
    const settled = async () => {
      await tab.page.waitForTimeout(QUIET_MS);
      return read(cdp);
    };
    await visit();
    const afterFirstVisit = await settled();
    for (let i = 1; i < VISITS; i++) await visit();
    const afterVisits = await settled();
    return {
      visits: VISITS,
      afterFirstVisit,
      afterVisits,
      growth: minus(afterVisits.heap, afterFirstVisit.heap),
      nodesDelta: afterVisits.nodes - afterFirstVisit.nodes,
      listenersDelta: afterVisits.jsEventListeners - afterFirstVisit.jsEventListeners,
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
