// The simulator's time to answer one page of the large tenant over HTTP (request sent to body read,
// keep-alive connection), for the query shapes the page makes. Timed from this process, so the
// figure includes the local HTTP round trip, as the browser's would.
import { identityHeaders } from '../mock-host/simulator/control';
import { offShiftAgentOf } from '../mock-host/simulator/dataset';
import type { TenantId } from '../mock-host/simulator/identity';
import { TENANTS } from './console';
import { type Summary, summarize } from './stats';

export interface SimulatorShape {
  name: string;
  query: string;
  items: number;
  total: number;
  time: Summary;
}

export interface SimulatorResult {
  tenant: string;
  sessions: number;
  shapes: SimulatorShape[];
  /** The slowest shape's median, which the budget applies to. */
  worstMedianMs: number;
}

const RUNS = 21;
const WARM_UP = 3;
/** How far into the list the deep cursor points. */
const DEEP_ROWS = 25_000;

interface Page {
  items: unknown[];
  total: number;
  nextCursor: string | null;
}

export async function measureSimulator(apiUrl: string): Promise<SimulatorResult> {
  const tenant = TENANTS.large.id;
  const headers = identityHeaders(tenant, 'admin');
  const get = async (query: string): Promise<Page> => {
    const response = await fetch(new URL(`sessions${query}`, apiUrl), { headers });
    if (!response.ok) throw new Error(`GET sessions${query} answered ${response.status}`);
    return (await response.json()) as Page;
  };

  // A cursor half-way down the default list, reached the way a client would: page by page.
  let cursor: string | null = null;
  for (let seen = 0; seen < DEEP_ROWS; seen += 200) {
    const page: Page = await get(`?limit=200${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    cursor = page.nextCursor;
    if (!cursor) throw new Error(`the list ended before ${DEEP_ROWS} rows`);
  }

  // The Stuck view and one agent's stuck sessions, counted as the page asks: started over 30 minutes ago.
  const stuckAt = encodeURIComponent(new Date(Date.now() - 30 * 60_000).toISOString());
  const offShift = offShiftAgentOf(tenant as TenantId)?.id ?? 'none';
  const shapes: Array<[string, string]> = [
    ['default (all states, startedAt desc, 50)', ''],
    [
      'state=WITH_AGENT, startedAt desc, 50 (the page)',
      '?state=WITH_AGENT&sort=startedAt&order=desc&limit=50',
    ],
    ['state=WITH_AGENT, 100', '?state=WITH_AGENT&sort=startedAt&order=desc&limit=100'],
    ['sort=contact asc, 50', '?sort=contact&order=asc&limit=50'],
    ['sort=agent desc, WITH_AGENT, 50', '?state=WITH_AGENT&sort=agent&order=desc&limit=50'],
    ['q=7700 900 (phone digits), 50', `?q=${encodeURIComponent('7700 900')}&limit=50`],
    ['q=initech (partner name), WITH_AGENT, 50', '?q=initech&state=WITH_AGENT&limit=50'],
    ['q with no match', '?q=zzzz-no-such-text'],
    [
      'stuck: WITH_AGENT started before, oldest first, with the stuck count, 50',
      `?state=WITH_AGENT&startedBefore=${stuckAt}&stuckBefore=${stuckAt}&sort=startedAt&order=asc&limit=50`,
    ],
    [
      'stuck by contact, with the stuck count, 50',
      `?state=WITH_AGENT&startedBefore=${stuckAt}&stuckBefore=${stuckAt}&sort=contact&order=asc&limit=50`,
    ],
    [
      "one agent's stuck sessions, with the stuck count, 200",
      `?agent=${offShift}&state=WITH_AGENT&startedBefore=${stuckAt}&stuckBefore=${stuckAt}&sort=startedAt&order=asc&limit=200`,
    ],
    ['q=becker (agent name), with the stuck count, 50', `?q=becker&stuckBefore=${stuckAt}&limit=50`],
    [
      `cursor ${DEEP_ROWS.toLocaleString('en')} rows deep, 50`,
      `?limit=50&cursor=${encodeURIComponent(cursor ?? '')}`,
    ],
  ];

  const results: SimulatorShape[] = [];
  for (const [name, query] of shapes) {
    let last: Page | null = null;
    for (let i = 0; i < WARM_UP; i++) last = await get(query);
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      last = await get(query);
      times.push(performance.now() - start);
    }
    results.push({
      name,
      query,
      items: last?.items.length ?? 0,
      total: last?.total ?? 0,
      time: summarize(times, 2),
    });
  }
  return {
    tenant,
    sessions: TENANTS.large.sessions,
    shapes: results,
    worstMedianMs: Math.max(...results.map((shape) => shape.time.median)),
  };
}
