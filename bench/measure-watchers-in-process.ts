// The agents' workload and the held stuck count on a 50,000-session tenant, timed on the store alone
// (no HTTP), against the brute-force scan of every session that the indexes save.
import { generateTenantData } from '../mock-host/simulator/dataset';
import type { TenantId } from '../mock-host/simulator/identity';
import { TenantStore } from '../mock-host/simulator/store';
import { type Summary, summarize } from './stats';

export interface InProcessTiming {
  name: string;
  time: Summary;
}

const RUNS = 201;

function time(name: string, run: () => unknown): InProcessTiming {
  for (let i = 0; i < 10; i++) run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  const { median, min, max } = summarize(times, 4);
  return { name, time: { median, min, max, runs: [] } };
}

/** What a store without the held index would do: read every session. */
function scanWorkload(store: TenantStore, ids: readonly string[], heldBefore: number): number {
  const perAgent = new Map<string, { sessions: number; stuck: number; oldest: number }>();
  for (const id of ids) {
    const session = store.get(id);
    if (session?.state !== 'WITH_AGENT' || !session.agent) continue;
    const held = Date.parse(session.agent.assignedAt ?? session.stateSince ?? session.startedAt);
    const tally = perAgent.get(session.agent.id) ?? { sessions: 0, stuck: 0, oldest: held };
    tally.sessions++;
    if (held < heldBefore) tally.stuck++;
    tally.oldest = Math.min(tally.oldest, held);
    perAgent.set(session.agent.id, tally);
  }
  return perAgent.size;
}

export function measureInProcess(tenant: string, sessions: number, stuckMinutes: number): InProcessTiming[] {
  const now = Date.now();
  const seeded = generateTenantData({ tenant: tenant as TenantId, seed: 1, sessions, now });
  const store = new TenantStore(seeded);
  const ids = seeded.map((s) => s.session.id);
  const heldBefore = now - stuckMinutes * 60_000;
  const list = {
    q: '',
    states: new Set(['WITH_AGENT'] as const),
    order: 'asc',
    limit: 50,
    after: null,
  } as const;
  return [
    time('workload from the held index', () => store.workload({ channels: null, q: '', heldBefore })),
    time('workload by scanning every session', () => scanWorkload(store, ids, heldBefore)),
    time('stuck count for the ETag (binary searches)', () => store.stuckTally(null, undefined, heldBefore)),
    time('Stuck view page (stuckOnly, heldSince asc, 50)', () =>
      store.list({ ...list, sort: 'heldSince', heldBefore, stuckOnly: true }),
    ),
    time('With agent page, held rule (heldSince asc, 50)', () =>
      store.list({ ...list, sort: 'heldSince', heldBefore }),
    ),
  ];
}
