// The export of the large tenant's All view: 10,000 of its 50,000 sessions (the most one export
// takes), in pages of 200 through the console's client, to the file the browser downloads. Measured:
// the time from the click to the page saying the file is there; the peak of the JavaScript heap
// (CDP Runtime.getHeapUsage, sampled from outside while it runs); and the longest task of the page's
// main thread meanwhile (a CDP trace: every task, however short), by the thread's own time (what the
// page's code and the browser's rendering took) and by the wall clock (which a busy machine stretches
// by taking the core away), with the long tasks (over 50 ms of wall clock) the page's own
// PerformanceObserver saw as a check. The file is read back and its rows counted.
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Download } from 'playwright-core';
import { csvObjects, utf8 } from '../test/read-csv';
import { type Bench, PAGE_ROUTE, TENANTS } from './console';

export interface ExportResult {
  tenant: string;
  /** Sessions in the file (rows after the header). */
  sessions: number;
  /** The export's list requests (its pages). */
  requests: number;
  fileBytes: number;
  /** Click to the page saying the file was handed to the browser, ms (in the page). */
  totalMs: number;
  heap: {
    /** usedSize after a garbage collection, before the click. */
    beforeBytes: number;
    /** Highest usedSize sampled while the export ran. */
    peakBytes: number;
    samples: number;
  };
  /** Longest task of the page's main thread between the click and the file, ms (CDP trace). */
  longestTask: {
    /** By the thread's own time: the work, whatever else the machine runs. */
    threadMs: number;
    /** By the wall clock: the work and any time the thread waited for a core. */
    wallMs: number;
  };
  /** Tasks the trace saw on that thread in the window. */
  tasks: number;
  /** The machine's load average over the last minute, when the export started. */
  loadAverage: number;
  /** The page's PerformanceObserver('longtask'): tasks over 50 ms, and the longest of them. */
  longTasks: { count: number; longestMs: number };
}

export const EXPORTED_SESSIONS = 10_000;
const HEAP_SAMPLE_EVERY_MS = 20;
const START_MARK = 'bench-export-start';
const END_MARK = 'bench-export-end';
const DONE_TEXT = `${EXPORTED_SESSIONS.toLocaleString('en')} sessions exported to`;

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** The thread's own time, µs. */
  tdur?: number;
  cat: string;
}

/** A trace of the page while `during` runs: the timeline's tasks and the page's user timing marks. */
async function traced<T>(
  cdp: CDPSession,
  during: () => Promise<T>,
): Promise<{ result: T; events: TraceEvent[] }> {
  const events: TraceEvent[] = [];
  const collect = (payload: { value: object[] }) => events.push(...(payload.value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  await cdp.send('Tracing.start', {
    traceConfig: {
      includedCategories: [
        'toplevel',
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'blink.user_timing',
      ],
    },
    transferMode: 'ReportEvents',
  });
  try {
    const result = await during();
    return { result, events };
  } finally {
    const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
}

/** The longest task of the thread the marks were made on, between them. */
function longestTask(events: TraceEvent[]): { threadMs: number; wallMs: number; tasks: number } {
  const mark = (name: string) => {
    const found = events.find((event) => event.name === name && event.cat.includes('blink.user_timing'));
    if (!found) throw new Error(`the trace has no mark ${name}`);
    return found;
  };
  const start = mark(START_MARK);
  const end = mark(END_MARK);
  const tasks = events.filter(
    (event) =>
      event.ph === 'X' &&
      (event.name === 'RunTask' || event.name === 'ThreadControllerImpl::RunTask') &&
      event.pid === start.pid &&
      event.tid === start.tid &&
      event.ts + (event.dur ?? 0) >= start.ts &&
      event.ts <= end.ts,
  );
  if (tasks.length === 0) throw new Error('the trace has no tasks of the page between the marks');
  const longest = (of: (task: TraceEvent) => number | undefined) =>
    Number((Math.max(...tasks.map((task) => of(task) ?? 0)) / 1000).toFixed(1));
  return { threadMs: longest((task) => task.tdur), wallMs: longest((task) => task.dur), tasks: tasks.length };
}

/** In the page: clicks Export and resolves with the ms until the page says the file is there. */
function clickAndTime({ done, start, end }: { done: string; start: string; end: string }): Promise<number> {
  return new Promise<number>((resolve, reject) => {
    const longTasks: number[] = [];
    (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks = longTasks;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    const root = document.querySelector('[data-testid="export"]');
    const button = [...(root?.querySelectorAll('button') ?? [])].find((b) => b.textContent === 'Export CSV');
    if (!root || !button) {
      reject(new Error('no Export button'));
      return;
    }
    const observer = new MutationObserver(() => {
      if (!root.textContent?.includes(done)) return;
      observer.disconnect();
      performance.mark(end);
      resolve(performance.now() - started);
    });
    observer.observe(root, { subtree: true, childList: true, characterData: true });
    performance.mark(start);
    const started = performance.now();
    button.click();
  });
}

async function downloadedBytes(download: Promise<Download>): Promise<Buffer> {
  const file = await download;
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function measureExport(bench: Bench): Promise<ExportResult> {
  const tenant = TENANTS.large.id;
  const tab = await bench.openConsole(tenant);
  const { page } = tab;
  try {
    await tab.go(`${PAGE_ROUTE}?view=all`);
    // The export code and its words are fetched on the click, as for an administrator: in the time.
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (/\/sessions$/.test(url.pathname) && url.searchParams.get('limit') === '200')
        requests.push(url.search);
    });
    const cdp = await tab.cdp();
    const loadAverage = Number((os.loadavg()[0] ?? 0).toFixed(2));
    await cdp.send('HeapProfiler.collectGarbage');
    const before = await cdp.send('Runtime.getHeapUsage');
    let peak = before.usedSize;
    let samples = 0;
    let running = true;
    const sampler = (async () => {
      while (running) {
        const usage = await cdp.send('Runtime.getHeapUsage');
        peak = Math.max(peak, usage.usedSize);
        samples += 1;
        await new Promise((resolve) => setTimeout(resolve, HEAP_SAMPLE_EVERY_MS));
      }
    })();
    const download = page.waitForEvent('download', { timeout: 120_000 });
    const { result: totalMs, events } = await traced(cdp, async () => {
      try {
        return await page.evaluate(clickAndTime, { done: DONE_TEXT, start: START_MARK, end: END_MARK });
      } finally {
        running = false;
        await sampler;
      }
    });
    const longTasks = await page.evaluate(
      () => (window as unknown as { __benchLongTasks: number[] }).__benchLongTasks,
    );
    const bytes = await downloadedBytes(download);
    const rows = csvObjects(utf8(bytes));
    const { threadMs, wallMs, tasks } = longestTask(events);
    return {
      tenant,
      sessions: rows.length,
      requests: requests.length,
      fileBytes: bytes.length,
      totalMs,
      heap: { beforeBytes: before.usedSize, peakBytes: peak, samples },
      longestTask: { threadMs, wallMs },
      tasks,
      loadAverage,
      longTasks: { count: longTasks.length, longestMs: longTasks.length ? Math.max(...longTasks) : 0 },
    };
  } finally {
    await tab.close();
  }
}

/** `npx tsx bench/measure-export.ts`: the production builds, the console, this measure alone. */
if (require.main === module) {
  const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
  (async () => {
    const { buildForBench } = await import('./builds');
    const { startBench } = await import('./console');
    const { exportLines } = await import('./budgets');
    const { budgetTable, writeJson } = await import('./report');
    const out = path.resolve(__dirname, '../artifacts/bench');
    progress('production builds…');
    const bench = await startBench(buildForBench(path.join(out, 'build')));
    try {
      progress('export of 10,000 sessions…');
      const result = await measureExport(bench);
      const file = writeJson(path.join(out, 'export'), result, new Date().toISOString());
      console.log(
        [
          '### Export',
          '',
          budgetTable(exportLines(result)),
          '',
          `Figures: ${path.relative(path.resolve(__dirname, '..'), file)}`,
        ].join('\n'),
      );
    } finally {
      await bench.close();
    }
  })().catch((error: unknown) => {
    progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  });
}
