// The agents' workload and the held stuck counts, read from indexes kept up to date change by change,
// against a brute-force count over every session, on generated tenants of several seeds and sizes,
// before and after random changes: releases, hand-offs, reassignments, state changes, ends, removals
// and new sessions.
import fc from 'fast-check';
import {
  type AgentWorkload,
  CHANNELS,
  type Channel,
  SESSION_STATES,
  type Session,
  type SessionState,
} from '../../src/contract/dispatcher-api';
import { generateTenantData } from './dataset';
import type { TenantId } from './identity';
import { openedSession } from './opened-session';
import { agentsOf } from './people';
import { createRandom, pick, type Random, randomInt } from './random';
import { TenantStore } from './store';
import { caller, clockedSimulatorPerFile, heldSince } from './testing';

const NOW = Date.parse('2030-01-15T12:00:00.000Z');
const MINUTE = 60_000;

/** The tenant as the test knows it: the store, and every id it has handed out. */
interface Tenant {
  tenant: TenantId;
  store: TenantStore;
  ids: Set<string>;
  now: number;
}

function tenantOf(tenant: TenantId, seed: number, sessions: number): Tenant {
  const seeded = generateTenantData({ tenant, seed, sessions, now: NOW });
  return { tenant, store: new TenantStore(seeded), ids: new Set(seeded.map((s) => s.session.id)), now: NOW };
}

function textMatches(s: Session, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  const fields = [s.contact.phone, s.contact.email, s.contact.businessPartner?.name, s.agent?.name];
  if (fields.some((field) => field?.toLowerCase().includes(needle))) return true;
  const compact = needle.replace(/\s+/g, '');
  return compact !== '' && (s.contact.phone ?? '').replace(/\s+/g, '').includes(compact);
}

interface Query {
  channels: ReadonlySet<Channel> | null;
  q: string;
  heldBefore?: number;
}

/** The workload by counting every session there is. */
function bruteWorkload({ store, ids }: Tenant, query: Query): AgentWorkload[] {
  const byAgent = new Map<string, { agent: { id: string; name: string }; held: number[] }>();
  for (const id of ids) {
    const s = store.get(id) as Session;
    if (s.state !== 'WITH_AGENT' || !s.agent) continue;
    if (query.channels && !query.channels.has(s.channel)) continue;
    if (!textMatches(s, query.q)) continue;
    const entry = byAgent.get(s.agent.id) ?? { agent: { id: s.agent.id, name: s.agent.name }, held: [] };
    entry.held.push(heldSince(s));
    byAgent.set(s.agent.id, entry);
  }
  const { heldBefore } = query;
  return [...byAgent.values()]
    .map(({ agent, held }) => ({
      agent,
      sessions: held.length,
      stuck: heldBefore === undefined ? 0 : held.filter((ms) => ms < heldBefore).length,
      oldestHeldSince: new Date(Math.min(...held)).toISOString(),
    }))
    .sort(
      (a, b) =>
        b.sessions - a.sessions ||
        b.stuck - a.stuck ||
        (a.agent.name.toLowerCase() < b.agent.name.toLowerCase()
          ? -1
          : a.agent.name.toLowerCase() > b.agent.name.toLowerCase()
            ? 1
            : a.agent.id < b.agent.id
              ? -1
              : 1),
    );
}

const QUERIES = (now: number): Query[] => [
  { channels: null, q: '' },
  { channels: null, q: '', heldBefore: now - 30 * MINUTE },
  { channels: new Set(['EMAIL']), q: '', heldBefore: now - 5 * MINUTE },
  { channels: new Set(['WHATSAPP']), q: '', heldBefore: now - 240 * MINUTE },
  { channels: new Set(CHANNELS), q: 'example', heldBefore: now - 30 * MINUTE },
  { channels: null, q: 'ia', heldBefore: now - 60 * MINUTE },
  { channels: new Set(['WHATSAPP']), q: '+44', heldBefore: now - MINUTE },
];

function expectMatchesBruteForce(t: Tenant): void {
  for (const query of QUERIES(t.now)) {
    const expected = bruteWorkload(t, query);
    expect(t.store.workload(query)).toEqual(expected);
    if (query.heldBefore === undefined || query.q) continue;
    const stuck = expected.reduce((sum, w) => sum + w.stuck, 0);
    expect(t.store.stuckTally(query.channels, undefined, query.heldBefore)).toBe(stuck);
    const page = t.store.list({
      ...query,
      states: null,
      sort: 'heldSince',
      order: 'asc',
      limit: 200,
      after: null,
      stuckOnly: true,
    });
    expect(page).toMatchObject({ stuck, total: stuck });
    for (const w of expected.slice(0, 3)) {
      expect(t.store.stuckTally(query.channels, w.agent.id, query.heldBefore)).toBe(w.stuck);
    }
  }
}

type Change = 'release' | 'hand-off' | 'reassign' | 'state' | 'add' | 'remove';
const CHANGES: readonly Change[] = ['release', 'hand-off', 'reassign', 'state', 'add', 'remove'];

/** One change of the kind, on a session picked by `random`; time moves on a little first. */
function change(t: Tenant, kind: Change, random: Random): void {
  t.now += randomInt(random, 5 * MINUTE);
  const ids = [...t.ids];
  const sessions = ids.map((id) => t.store.get(id) as Session);
  const where = (accept: (s: Session) => boolean) => {
    const found = sessions.filter(accept);
    return found.length ? pick(random, found) : undefined;
  };
  const agent = pick(random, agentsOf(t.tenant));
  const at = new Date(t.now).toISOString();
  switch (kind) {
    case 'release': {
      const target = where((s) => s.state === 'WITH_AGENT' && !!s.agent);
      if (target)
        t.store.release({
          id: target.id,
          notes: undefined,
          actor: 'Test',
          idempotencyKey: `${t.now}${target.id}`,
          at,
        });
      return;
    }
    case 'hand-off': {
      const target = where((s) => s.state !== 'WITH_AGENT');
      if (target) t.store.setState(target.id, 'WITH_AGENT', t.now, random() < 0.7 ? agent : null);
      return;
    }
    case 'reassign': {
      const target = where((s) => s.state === 'WITH_AGENT');
      if (target) t.store.assign(target.id, agent, t.now);
      return;
    }
    case 'state': {
      const target = where(() => true);
      const state = pick(
        random,
        SESSION_STATES.filter((s) => s !== 'WITH_AGENT'),
      ) as SessionState;
      if (target) t.store.setState(target.id, state, t.now);
      return;
    }
    case 'add': {
      const seeded = openedSession({
        tenant: t.tenant,
        seed: 1,
        serial: t.store.version,
        now: t.now,
        taken: (id) => t.ids.has(id),
      });
      t.store.add(seeded);
      t.ids.add(seeded.session.id);
      return;
    }
    case 'remove': {
      const id = ids.length ? pick(random, ids) : undefined;
      if (id && t.store.remove(id)) t.ids.delete(id);
      return;
    }
  }
}

describe('GET sessions/agents and the held counts against brute force', () => {
  it.each([
    ['acme', 1, 400],
    ['globex', 7, 3000],
    ['evil', 3, 300],
    ['acme', 11, 20_000],
  ] as const)('%s, seed %i, %i sessions, before and after random changes', (tenant, seed, sessions) => {
    const t = tenantOf(tenant, seed, sessions);
    expectMatchesBruteForce(t);
    const random = createRandom(seed * 7919);
    const rounds = sessions > 5000 ? 3 : 8;
    for (let round = 0; round < rounds; round++) {
      for (let i = 0; i < 25; i++) change(t, pick(random, CHANGES), random);
      expectMatchesBruteForce(t);
    }
    // Some agents hold several sessions, some of them stuck: the comparison was not trivial.
    const busiest = t.store.workload({ channels: null, q: '', heldBefore: t.now - 30 * MINUTE })[0];
    expect(busiest?.sessions).toBeGreaterThan(2);
  });

  it('holds for any sequence of changes (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1000 }),
        fc.array(fc.tuple(fc.constantFrom(...CHANGES), fc.integer({ min: 1, max: 2 ** 30 })), {
          maxLength: 40,
        }),
        (seed, changes) => {
          const t = tenantOf('globex', seed, 150);
          for (const [kind, pickSeed] of changes) change(t, kind, createRandom(pickSeed));
          expectMatchesBruteForce(t);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('GET sessions/agents over HTTP', () => {
  const simulator = clockedSimulatorPerFile(NOW);

  it('answers the workload heaviest first, with serverTime, stuck only when asked, for either permission', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    const reply = await simulator.admin.get<{ items: AgentWorkload[]; serverTime: string }>(
      'sessions/agents',
      {
        stuckAfterMinutes: 30,
      },
    );
    expect(reply.status).toBe(200);
    expect(reply.body.serverTime).toBe(new Date(NOW).toISOString());
    const held = all.filter((s) => s.state === 'WITH_AGENT' && s.agent);
    expect(reply.body.items.reduce((sum, w) => sum + w.sessions, 0)).toBe(held.length);
    expect(reply.body.items.reduce((sum, w) => sum + w.stuck, 0)).toBe(
      held.filter((s) => heldSince(s) < NOW - 30 * MINUTE).length,
    );
    const sessions = reply.body.items.map((w) => w.sessions);
    expect(sessions).toEqual([...sessions].sort((a, b) => b - a));
    const without = await simulator.admin.get<{ items: AgentWorkload[] }>('sessions/agents');
    expect(without.body.items.every((w) => w.stuck === 0)).toBe(true);
    const agentUser = await caller(simulator.sim.apiUrl, 'acme', 'agent').get('sessions/agents');
    expect(agentUser.status).toBe(200);
    expect((await caller(simulator.sim.apiUrl, 'initech').get('sessions/agents')).status).toBe(403);
  });

  it.each([
    [{ stuckAfterMinutes: 0 }, 'INVALID_STUCK_AFTER'],
    [{ channel: 'FAX' }, 'INVALID_CHANNEL'],
    [{ q: 'x'.repeat(201) }, 'INVALID_QUERY'],
  ])('answers 400 to %j', async (params, code) => {
    const reply = await simulator.admin.get('sessions/agents', params);
    expect(reply).toMatchObject({ status: 400, body: { code } });
  });

  it('refuses other methods', async () => {
    const response = await fetch(new URL('sessions/agents', simulator.sim.apiUrl), { method: 'POST' });
    expect(response.status).toBe(405);
  });
});
