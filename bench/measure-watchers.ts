// 1,000 watchers of one 50,000-session tenant's With agent list, for 60 s each way: polling
// conditionally every 5 s (If-None-Match, a 304 while nothing changed), polling plainly every 30 s
// (the whole body: the page today), plainly every 5 s, and conditionally every 5 s a list without
// the stuck count, whose answer time alone never changes. Per way: requests and body bytes per
// second, the simulator's CPU (in a process of its own), answer times, and how long after a release
// made during the run each watcher's answers showed it. Then the time of the agents' workload and of
// the held-rule list on that tenant. `npx tsx bench/measure-watchers.ts` runs it alone;
// BENCH_WATCHERS_SECONDS and BENCH_WATCHERS shorten it for a try.
import os from 'node:os';
import path from 'node:path';
import type { Session, SessionPage } from '../src/contract/dispatcher-api';
import { identityHeaders, reset } from '../mock-host/simulator/control';
import { createRandom } from '../mock-host/simulator/random';
import { TENANTS } from './console';
import { measureInProcess, type InProcessTiming } from './measure-watchers-in-process';
import { startSimulatorProcess } from './simulator-process';
import { percentile, summarize, type Summary } from './stats';
import { watch } from './watchers';

export interface WatchMode {
  name: string;
  conditional: boolean;
  intervalMs: number;
  requestsPerSecond: number;
  ok: number;
  notModified: number;
  failed: number;
  bodyBytesPerSecond: number;
  /** The simulator's CPU time over the run, as a share of one core (%). */
  simulatorCpuPercent: number;
  answerMs: { p50: number; p99: number };
  /** From the release to each watcher's first answer showing it. */
  changeSeenMs: { p99: number; max: number };
  missed: number;
}

export interface EndpointTiming {
  name: string;
  query: string;
  status: number;
  time: Summary;
  p99: number;
}

export interface WatchersResult {
  /** 1-minute load average at the start: other work on a shared machine skews every figure. */
  loadAverage: number;
  tenant: string;
  sessions: number;
  watchers: number;
  seconds: number;
  modes: WatchMode[];
  endpoints: EndpointTiming[];
  inProcess: InProcessTiming[];
}

const SECONDS = Number(process.env.BENCH_WATCHERS_SECONDS ?? 60);
const WATCHERS = Number(process.env.BENCH_WATCHERS ?? 1000);
/** The page checks on the dot every interval; the watchers' random first check spreads them out. */
const JITTER = 0;
/** The release is made this far into each run, so even 30 s pollers poll again before it ends. */
const CHANGE_AT = 0.35;
const ENDPOINT_RUNS = 201;
const STUCK_MINUTES = 30;

const round = (value: number, digits = 2) => Number(value.toFixed(digits));

type QueryKind = 'held' | 'plain' | 'quiet';

/**
 * The With agent view, oldest first: as the page asks for it today (`plain`, the stuck count by an
 * instant it moves on every request), as it would with the held rule (`held`, sending the old
 * instant too), and without any stuck count (`quiet`: nothing in the answer changes as time passes).
 */
function queryOf(kind: QueryKind, stuckBefore: string): string {
  const common = 'sessions?state=WITH_AGENT&order=asc&limit=50';
  const instant = `stuckBefore=${encodeURIComponent(stuckBefore)}`;
  switch (kind) {
    case 'plain':
      return `${common}&sort=startedAt&${instant}`;
    case 'held':
      return `${common}&sort=heldSince&stuckAfterMinutes=${STUCK_MINUTES}&${instant}`;
    case 'quiet':
      return `${common}&sort=heldSince`;
  }
}

async function timeEndpoint(
  apiUrl: string,
  headers: Record<string, string>,
  name: string,
  query: string,
  conditional = false,
): Promise<EndpointTiming> {
  const url = new URL(query, apiUrl);
  let tag: string | null = null;
  let status = 0;
  const times: number[] = [];
  for (let run = -10; run < ENDPOINT_RUNS; run++) {
    const start = performance.now();
    const response: Response = await fetch(url, {
      headers: conditional && tag ? { ...headers, 'If-None-Match': tag } : headers,
    });
    await response.arrayBuffer();
    if (run >= 0) times.push(performance.now() - start);
    tag = response.headers.get('etag');
    status = response.status;
  }
  return { name, query, status, time: summarize(times, 3), p99: round(percentile(times, 0.99), 3) };
}

export async function measureWatchers(
  progress: (message: string) => void = () => undefined,
): Promise<WatchersResult> {
  const loadAverage = Number((os.loadavg()[0] ?? 0).toFixed(2));
  const tenant = TENANTS.large.id;
  const sessions = TENANTS.large.sessions;
  const simulator = await startSimulatorProcess({ [tenant]: sessions, [TENANTS.small.id]: 300 });
  const headers = identityHeaders(tenant, 'admin');
  const modes: WatchMode[] = [];
  try {
    const ways: Array<{ name: string; conditional: boolean; intervalMs: number; query: QueryKind }> = [
      { name: 'conditional (If-None-Match), every 5 s', conditional: true, intervalMs: 5000, query: 'held' },
      { name: 'plain, every 30 s (the page today)', conditional: false, intervalMs: 30_000, query: 'plain' },
      { name: 'plain, every 5 s', conditional: false, intervalMs: 5000, query: 'plain' },
      {
        name: 'conditional, every 5 s, without the stuck count',
        conditional: true,
        intervalMs: 5000,
        query: 'quiet',
      },
    ];
    for (const way of ways) {
      progress(`watchers: ${way.name}, ${WATCHERS} for ${SECONDS} s…`);
      await reset(simulator.url);
      const stuckBefore = new Date(Date.now() - STUCK_MINUTES * 60_000).toISOString();
      const url = new URL(queryOf(way.query, stuckBefore), simulator.apiUrl);
      const first = (await (await fetch(url, { headers })).json()) as SessionPage;
      const target = first.items.find((session) => session.agent)?.id;
      if (!target) throw new Error('the watched page has no assigned session to release');
      const cpuBefore = await simulator.cpuMicros();
      const result = await watch({
        url,
        headers,
        watchers: WATCHERS,
        intervalMs: way.intervalMs,
        jitter: JITTER,
        conditional: way.conditional,
        durationMs: SECONDS * 1000,
        random: createRandom(way.intervalMs + (way.conditional ? 1 : 0)),
        change: {
          atMs: SECONDS * 1000 * CHANGE_AT,
          async make() {
            const released = await fetch(new URL(`sessions/${target}/release`, simulator.apiUrl), {
              method: 'POST',
              headers: {
                ...headers,
                'Content-Type': 'application/json',
                'Idempotency-Key': `watchers-${Date.now()}`,
              },
              body: '{}',
            });
            if (!released.ok) throw new Error(`the release answered ${released.status}`);
          },
          shows: (body) =>
            (body as SessionPage).items.some((s: Session) => s.id === target && s.agent === null),
        },
      });
      const cpu = (await simulator.cpuMicros()) - cpuBefore;
      modes.push({
        name: way.name,
        conditional: way.conditional,
        intervalMs: way.intervalMs,
        requestsPerSecond: round(result.requests / result.seconds, 1),
        ok: result.ok,
        notModified: result.notModified,
        failed: result.failed,
        bodyBytesPerSecond: Math.round(result.bodyBytes / result.seconds),
        simulatorCpuPercent: round((cpu / (result.seconds * 1e6)) * 100, 1),
        answerMs: {
          p50: round(percentile(result.latenciesMs, 0.5)),
          p99: round(percentile(result.latenciesMs, 0.99)),
        },
        changeSeenMs: {
          p99: Math.round(percentile(result.delaysMs, 0.99)),
          max: Math.round(Math.max(...result.delaysMs)),
        },
        missed: result.missed,
      });
    }

    progress('watchers: endpoint timings…');
    await reset(simulator.url);
    const held = queryOf('held', new Date(Date.now() - STUCK_MINUTES * 60_000).toISOString());
    const stuckView = `sessions?state=WITH_AGENT&sort=heldSince&order=asc&limit=50&stuckAfterMinutes=${STUCK_MINUTES}&stuckOnly=true`;
    const endpoints: EndpointTiming[] = [];
    const shapes: Array<[string, string, boolean?]> = [
      ['agents workload, stuck after 30 min', `sessions/agents?stuckAfterMinutes=${STUCK_MINUTES}`],
      ['agents workload, EMAIL only', `sessions/agents?stuckAfterMinutes=${STUCK_MINUTES}&channel=EMAIL`],
      [
        'agents workload, q=initech (a search)',
        `sessions/agents?stuckAfterMinutes=${STUCK_MINUTES}&q=initech`,
      ],
      ['With agent view, held rule, 50', held],
      ['Stuck view (stuckOnly), heldSince asc, 50', stuckView],
      ['With agent view, held rule, 304', held, true],
    ];
    for (const [name, query, conditional] of shapes) {
      endpoints.push(await timeEndpoint(simulator.apiUrl, headers, name, query, conditional));
    }
    progress('watchers: in-process timings…');
    const inProcess = measureInProcess(tenant, sessions, STUCK_MINUTES);
    return {
      loadAverage,
      tenant,
      sessions,
      watchers: WATCHERS,
      seconds: SECONDS,
      modes,
      endpoints,
      inProcess,
    };
  } finally {
    await simulator.close();
  }
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export function watchersReport(result: WatchersResult): string {
  const modes = table(
    [
      'Polling',
      'Requests/s',
      '200 / 304',
      'Body bytes/s',
      'Simulator CPU',
      'Answer p50 / p99',
      'Release seen p99 / max',
      'Missed',
    ],
    result.modes.map((mode) => [
      mode.name,
      String(mode.requestsPerSecond),
      `${mode.ok} / ${mode.notModified}${mode.failed ? ` (${mode.failed} failed)` : ''}`,
      `${kb(mode.bodyBytesPerSecond)}/s`,
      `${mode.simulatorCpuPercent} % of a core`,
      `${mode.answerMs.p50} / ${mode.answerMs.p99} ms`,
      `${(mode.changeSeenMs.p99 / 1000).toFixed(1)} / ${(mode.changeSeenMs.max / 1000).toFixed(1)} s`,
      String(mode.missed),
    ]),
  );
  const endpoints = table(
    ['Over HTTP (keep-alive)', 'Status', 'Median', 'p99', 'Min', 'Max'],
    result.endpoints.map((e) => [
      e.name,
      String(e.status),
      `${e.time.median.toFixed(2)} ms`,
      `${e.p99.toFixed(2)} ms`,
      `${e.time.min.toFixed(2)} ms`,
      `${e.time.max.toFixed(2)} ms`,
    ]),
  );
  const inProcess = table(
    ['In process (the store alone)', 'Median', 'Max'],
    result.inProcess.map((t) => [t.name, `${t.time.median.toFixed(3)} ms`, `${t.time.max.toFixed(3)} ms`]),
  );
  return [
    `${result.watchers.toLocaleString('en')} watchers of the ${result.sessions.toLocaleString('en')}-session tenant, ${result.seconds} s per way, the release ${Math.round(result.seconds * CHANGE_AT)} s in; load average ${result.loadAverage} at start.`,
    '',
    modes,
    '',
    endpoints,
    '',
    inProcess,
  ].join('\n');
}

if (require.main === module) {
  const progress = (message: string) => process.stderr.write(`bench: ${message}\n`);
  measureWatchers(progress)
    .then(async (result) => {
      const { writeJson } = await import('./report');
      const file = writeJson(
        path.resolve(__dirname, '../artifacts/bench/watchers'),
        result,
        new Date().toISOString(),
      );
      console.log(
        [
          '### Watchers',
          '',
          watchersReport(result),
          '',
          `Figures: ${path.relative(path.resolve(__dirname, '..'), file)}`,
        ].join('\n'),
      );
    })
    .catch((error: unknown) => {
      progress(`failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      process.exit(1);
    });
}
