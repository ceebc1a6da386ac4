// The agents' workload (`GET sessions/agents`) on the 50,000-session tenant, over HTTP from this
// process (request sent to body read, keep-alive), as the agents' panel asks for it: the held stuck
// rule alone, with a channel, with a search (which counts its own matches), and the 304 of a read whose
// numbers did not change (the panel sends its ETag each time the list is read again). Also run by
// `npm run bench` (bench/run.ts) beside the list's shapes.
//
// `npx tsx bench/measure-workload.ts` on its own: a simulator of its own, the report on stdout.
import { identityHeaders } from '../mock-host/simulator/control';
import { startSimulator } from '../mock-host/simulator/server';
import { TENANTS } from './console';
import { type Summary, summarize } from './stats';

export interface WorkloadShape {
  name: string;
  query: string;
  status: number;
  agents: number;
  time: Summary;
}

export interface WorkloadResult {
  tenant: string;
  sessions: number;
  shapes: WorkloadShape[];
  /** The slowest shape's median. */
  worstMedianMs: number;
}

const RUNS = 21;
const WARM_UP = 3;

export async function measureWorkload(apiUrl: string): Promise<WorkloadResult> {
  const tenant = TENANTS.large.id;
  const headers = identityHeaders(tenant, 'admin');
  const get = async (query: string, etag?: string) => {
    const response = await fetch(new URL(`sessions/agents${query}`, apiUrl), {
      headers: etag ? { ...headers, 'If-None-Match': etag } : headers,
    });
    if (response.status !== 200 && response.status !== 304) {
      throw new Error(`GET sessions/agents${query} answered ${response.status}`);
    }
    const body = response.status === 200 ? ((await response.json()) as { items: unknown[] }) : null;
    return { status: response.status, agents: body?.items.length ?? 0, etag: response.headers.get('ETag') };
  };

  const shapes: Array<[string, string, boolean]> = [
    ['held stuck rule (30 min), every channel: the panel', '?stuckAfterMinutes=30', false],
    ['held stuck rule, channel=EMAIL', '?stuckAfterMinutes=30&channel=EMAIL', false],
    ['held stuck rule, q=becker (agent name)', '?stuckAfterMinutes=30&q=becker', false],
    [
      'held stuck rule, q=7700 900 (phone digits)',
      `?stuckAfterMinutes=30&q=${encodeURIComponent('7700 900')}`,
      false,
    ],
    ['unchanged since the last read (If-None-Match, 304)', '?stuckAfterMinutes=30', true],
  ];
  const results: WorkloadShape[] = [];
  for (const [name, query, conditional] of shapes) {
    let last = await get(query);
    const etag = conditional ? (last.etag ?? undefined) : undefined;
    for (let i = 0; i < WARM_UP; i++) last = await get(query, etag);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      last = await get(query, etag);
      times.push(performance.now() - start);
    }
    results.push({ name, query, status: last.status, agents: last.agents, time: summarize(times, 2) });
  }
  return {
    tenant,
    sessions: TENANTS.large.sessions,
    shapes: results,
    worstMedianMs: Math.max(...results.map((shape) => shape.time.median)),
  };
}

/** The figures as a markdown table. */
export function workloadTable(result: WorkloadResult): string {
  const lines = [
    `GET sessions/agents on ${result.tenant}, ${result.sessions.toLocaleString('en')} sessions, ${RUNS} runs each (ms):`,
    '',
    '| Query | Answer | Agents | Median | Min | Max |',
    '|---|---|---|---|---|---|',
    ...result.shapes.map(
      (shape) =>
        `| ${shape.name} | ${shape.status} | ${shape.agents} | ${shape.time.median} | ${shape.time.min} | ${shape.time.max} |`,
    ),
  ];
  return lines.join('\n');
}

if (require.main === module) {
  void (async () => {
    const simulator = await startSimulator({
      tenantSessions: { [TENANTS.large.id]: TENANTS.large.sessions },
    });
    try {
      console.log(workloadTable(await measureWorkload(simulator.apiUrl)));
    } finally {
      await simulator.close();
    }
  })();
}
