// npm run bench: builds the remote and the mock console for production, starts them with the
// simulator's small and large tenants, measures in Debian's Chromium, prints a markdown report and
// writes every figure to artifacts/bench/. Timings are medians, judged as ratios against a floor
// measured in the same run, because absolute times on a shared machine drift. Then the watchers:
// many pollers of the large tenant, conditional against plain (measure-watchers.ts, also run alone).
import os from 'node:os';
import path from 'node:path';
import { type Figures, judge } from './budgets';
import { buildForBench } from './builds';
import { type Bench, startBench } from './console';
import { describeEnvironment } from './environment';
import { measureBulk } from './measure-bulk';
import { measureBytes } from './measure-bytes';
import { measureExport } from './measure-export';
import { measureColdFirstRows, measureWarmFirstRows } from './measure-first-rows';
import { measureIdle } from './measure-idle';
import { measureInFlight } from './measure-in-flight';
import { measureMemory } from './measure-memory';
import { measureSimulator } from './measure-simulator';
import { measureTick } from './measure-tick';
import { measureWorkload, workloadTable } from './measure-workload';
import { measureWatchers, watchersReport } from './measure-watchers';
import {
  budgetTable,
  bytesTable,
  describeMachine,
  firstRowsTable,
  simulatorTable,
  writeJson,
} from './report';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'artifacts/bench');
// The bench is meant to take under 5 minutes, plus the watchers' 4 runs of 60 s; past this, something
// hangs and waiting longer helps no one.
const WATCHDOG_MS = 14 * 60_000;

const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function step<T>(name: string, run: () => Promise<T>): Promise<T> {
  const started = Date.now();
  progress(`${name}…`);
  const result = await run();
  progress(`${name} done in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

async function main() {
  const started = Date.now();
  const loadAverage = Number((os.loadavg()[0] ?? 0).toFixed(2));
  const watchdog = setTimeout(() => {
    progress(`still running after ${WATCHDOG_MS / 60_000} minutes: stopped`);
    process.exit(1);
  }, WATCHDOG_MS);
  watchdog.unref();

  progress('production builds (npm run build, npm run build:host)…');
  const builds = buildForBench(path.join(OUT, 'build'));
  const benches: Bench[] = [];
  try {
    const bench = await startBench(builds);
    benches.push(bench);
    // Timed measurements one after another, on an otherwise idle browser.
    const simulator = await step('simulator over HTTP', () => measureSimulator(bench.host.dispatcherBaseUrl));
    const workload = await step('agents’ workload over HTTP', () =>
      measureWorkload(bench.host.dispatcherBaseUrl),
    );
    const warm = await step('first rows, warm', () => measureWarmFirstRows(bench));
    const tick = await step('duration tick', () => measureTick(bench));
    const cold = await step('first rows, cold', () => measureColdFirstRows(bench));
    const bytes = await step('bytes', () => measureBytes(bench, builds.remoteDir));
    const exported = await step('export of 10,000 sessions', () => measureExport(bench));
    // Counts, not timings: the in-flight check mostly waits for the 30 s auto-refresh, on a console
    // and simulator of its own (its 2 s latency must not slow the memory runs), so both run together.
    const slow = await startBench({ ...builds, browser: bench.browser });
    benches.push(slow);
    const [memory, inFlight] = await step('memory and requests in flight', () =>
      Promise.all([measureMemory(bench), measureInFlight(slow)]),
    );

    // Ten minutes of an idle tab, three ways, on the page's clock: counts and bytes, not timings.
    const idle = await step('an idle tab, 10 minutes three ways', () => measureIdle(bench));

    // Last in the browser: it releases 200 of the large tenant's sessions.
    const bulk = await step('bulk release of 200 sessions', () => measureBulk(bench));
    // No browser: many pollers against a simulator in a process of its own.
    const watchers = await step('watchers (conditional and plain polling)', () => measureWatchers(progress));

    const figures: Figures = {
      warm,
      cold,
      tick,
      memory,
      inFlight,
      simulator,
      bytes,
      bulk,
      idle,
      export: exported,
    };
    const environment = describeEnvironment(bench.browser.version(), loadAverage);
    const lines = judge(figures);
    const seconds = Math.round((Date.now() - started) / 1000);
    const file = writeJson(
      OUT,
      { environment, seconds, builds: { ms: builds.ms }, budgets: lines, figures, workload, watchers },
      environment.date,
    );

    const failed = lines.filter((line) => line.pass === false);
    console.log(
      [
        '## Benchmark',
        '',
        describeMachine(environment),
        '',
        budgetTable(lines),
        '',
        '### Where the time goes (medians, ms from navigation)',
        '',
        firstRowsTable(figures),
        '',
        '### Bytes',
        '',
        bytesTable(figures),
        '',
        '### Simulator',
        '',
        simulatorTable(figures),
        '',
        workloadTable(workload),
        '',
        `In flight: ${inFlight.script}.`,
        '',
        '### Watchers',
        '',
        watchersReport(watchers),
        '',
        `${lines.filter((line) => line.pass).length} budgets met, ${failed.length} not met. ${seconds} s in all. Figures: ${path.relative(ROOT, file)}`,
      ].join('\n'),
    );
  } finally {
    await Promise.allSettled(benches.reverse().map((bench) => bench.close()));
    clearTimeout(watchdog);
  }
}

main().catch((error: unknown) => {
  progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
