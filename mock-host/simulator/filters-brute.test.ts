// The narrower filters against a brute-force count over every session, on generated tenants of several
// seeds and sizes, before and after changes: every set of the five states with each channel choice,
// with and without a search or an agent, under the held stuck rule and without it. Items (paged to
// the end for the smaller choices), total, counts and stuck must all be what counting every session
// gives.
import {
  ACTIVE_STATES,
  type ActiveState,
  CHANNELS,
  type Channel,
  type Session,
  type StateCounts,
} from '../../src/contract/dispatcher-api';
import { generateTenantData } from './dataset';
import type { TenantId } from './identity';
import { agentsOf } from './people';
import { createRandom, pick } from './random';
import { type ListQuery, TenantStore } from './store';
import { heldSince } from './testing';

const NOW = Date.parse('2030-01-15T12:00:00.000Z');
const MINUTE = 60_000;

/** Every set of the five states (null: no `state`, every one). */
const STATE_SETS: Array<ReadonlySet<ActiveState> | null> = [null];
for (let mask = 1; mask < (1 << ACTIVE_STATES.length) - 1; mask++) {
  STATE_SETS.push(new Set(ACTIVE_STATES.filter((_, i) => (mask >> i) & 1)));
}
const CHANNEL_SETS: Array<ReadonlySet<Channel> | null> = [null, ...CHANNELS.map((c) => new Set([c]))];

function textMatches(s: Session, q: string): boolean {
  if (!q) return true;
  const needle = q.toLowerCase();
  const fields = [s.contact.phone, s.contact.email, s.contact.businessPartner?.name, s.agent?.name];
  if (fields.some((field) => field?.toLowerCase().includes(needle))) return true;
  const compact = needle.replace(/\s+/g, '');
  return compact !== '' && (s.contact.phone ?? '').replace(/\s+/g, '').includes(compact);
}

interface Narrowing {
  channels: ReadonlySet<Channel> | null;
  q: string;
  agent?: string;
}

/** What counting every listed session gives for a narrowing and a set of states. */
function brute(
  all: readonly Session[],
  n: Narrowing,
  states: ReadonlySet<ActiveState> | null,
  heldBefore: number,
) {
  const narrowed = all.filter(
    (s) =>
      (!n.channels || n.channels.has(s.channel)) &&
      textMatches(s, n.q) &&
      (n.agent === undefined || s.agent?.id === n.agent),
  );
  const counts = Object.fromEntries(ACTIVE_STATES.map((state) => [state, 0])) as StateCounts;
  for (const s of narrowed) counts[s.state as ActiveState]++;
  const items = narrowed.filter((s) => !states || states.has(s.state as ActiveState));
  const stuck = narrowed.filter(
    (s) => s.state === 'WITH_AGENT' && !!s.agent && heldSince(s) < heldBefore,
  ).length;
  return { ids: new Set(items.map((s) => s.id)), total: items.length, counts, stuck };
}

function listedSessions(store: TenantStore, ids: Iterable<string>): Session[] {
  const sessions: Session[] = [];
  for (const id of ids) {
    const s = store.get(id);
    if (s && (ACTIVE_STATES as readonly string[]).includes(s.state)) sessions.push(s);
  }
  return sessions;
}

/** Every item of a query, page by page (200 at a time). */
function pageThrough(store: TenantStore, query: Omit<ListQuery, 'limit' | 'after'>): Set<string> {
  const ids = new Set<string>();
  let after: ListQuery['after'] = null;
  do {
    const page = store.list({ ...query, limit: 200, after });
    for (const s of page.items) ids.add(s.id);
    after = page.next;
  } while (after);
  return ids;
}

function expectAllMatch(store: TenantStore, ids: Iterable<string>, agent: string, now: number): number {
  const all = listedSessions(store, ids);
  const heldBefore = now - 30 * MINUTE;
  const narrowings: Narrowing[] = [
    ...CHANNEL_SETS.map((channels) => ({ channels, q: '' })),
    ...CHANNEL_SETS.map((channels) => ({ channels, q: 'example' })),
    ...CHANNEL_SETS.map((channels) => ({ channels, q: '', agent })),
  ];
  let compared = 0;
  for (const n of narrowings) {
    for (const states of STATE_SETS) {
      const expected = brute(all, n, states, heldBefore);
      const base = {
        states,
        channels: n.channels,
        sort: 'startedAt' as const,
        order: 'desc' as const,
        after: null,
        q: n.q,
        ...(n.agent === undefined ? {} : { agent: n.agent }),
      };
      const held = store.list({ ...base, limit: 50, stuckAfterMinutes: 30, heldBefore });
      expect({
        states: states && [...states],
        n,
        total: held.total,
        counts: held.counts,
        stuck: held.stuck,
      }).toEqual({
        states: states && [...states],
        n,
        total: expected.total,
        counts: expected.counts,
        stuck: expected.stuck,
      });
      // Without the held rule: the same items and counts, no stuck count.
      const plain = store.list({ ...base, limit: 50 });
      expect([plain.total, plain.counts, plain.stuck]).toEqual([expected.total, expected.counts, undefined]);
      // The items themselves, to the last page, for the choices of one or two states.
      if (states && states.size <= 2) expect(pageThrough(store, base)).toEqual(expected.ids);
      compared += expected.total;
    }
  }
  return compared;
}

describe('state sets and channels against brute force', () => {
  it.each([
    ['acme', 1, 400],
    ['globex', 5, 3000],
    ['evil', 2, 300],
  ] as const)('%s, seed %i, %i sessions, before and after changes', (tenant: TenantId, seed, sessions) => {
    const seeded = generateTenantData({ tenant, seed, sessions, now: NOW });
    const store = new TenantStore(seeded);
    const ids = seeded.map((s) => s.session.id);
    const agent = pick(createRandom(seed), agentsOf(tenant)).id;
    // Not trivial: the filters together matched many sessions.
    expect(expectAllMatch(store, ids, agent, NOW)).toBeGreaterThan(sessions);

    // Releases, hand-offs, other states and ends move sessions between states, channels' counts and stuck.
    const random = createRandom(seed * 31);
    let now = NOW;
    for (let i = 0; i < 60; i++) {
      now += MINUTE;
      const id = pick(random, ids);
      const session = store.get(id) as Session;
      const roll = random();
      if (session.state === 'WITH_AGENT' && session.agent && roll < 0.4) {
        store.release({
          id,
          notes: undefined,
          actor: 'Test',
          idempotencyKey: `k-${i}`,
          at: new Date(now).toISOString(),
        });
      } else if (roll < 0.7) {
        store.setState(id, 'WITH_AGENT', now, pick(random, agentsOf(tenant)));
      } else {
        store.setState(
          id,
          pick(random, ['OPEN', 'ACTIVE', 'AWAITING_USER', 'PROCESSING', 'RESOLVED'] as const),
          now,
        );
      }
    }
    expectAllMatch(store, ids, agent, now);
  });
});
