import {
  ACTIVE_STATES,
  type ActiveState,
  SORT_KEYS,
  type Session,
  type SortKey,
  type SortOrder,
} from '../../src/contract/dispatcher-api';
import { generateTenantData, offShiftAgentOf } from './dataset';
import { openedSession } from './opened-session';
import { type ListQuery, TenantStore } from './store';
import { heldSince, stateRank } from './testing';

const NOW = Date.parse('2030-01-15T12:00:00.000Z');
// Big enough that a broad search takes the scanning path and a narrow one the sorting path.
const seeded = generateTenantData({ tenant: 'globex', seed: 5, sessions: 10_000, now: NOW });
const store = new TenantStore(seeded);

function value(s: Session, sort: SortKey): number | string {
  switch (sort) {
    case 'startedAt':
      return Date.parse(s.startedAt);
    case 'contact':
      return (s.contact.phone ?? s.contact.email ?? '').toLowerCase();
    case 'channel':
      return s.channel;
    case 'state':
      return stateRank(s.state);
    case 'agent':
      return s.agent?.name.toLowerCase() ?? '';
    case 'heldSince':
      return heldSince(s);
  }
}

interface Narrowing {
  agent?: string;
  startedBefore?: number;
}

const startedMs = (s: Session) => Date.parse(s.startedAt);

/** Non-terminal sessions matching `q` (contact, partner or agent name) and the agent, in any state. */
function matching(sessions: readonly Session[], q: string, agent?: string): Session[] {
  const needle = q.toLowerCase();
  const matches = (s: Session) =>
    !q ||
    [s.contact.phone, s.contact.email, s.contact.businessPartner?.name, s.agent?.name].some((f) =>
      f?.toLowerCase().includes(needle),
    ) ||
    (s.contact.phone ?? '').replace(/\s+/g, '').includes(needle.replace(/\s+/g, ''));
  return sessions.filter(
    (s) =>
      (ACTIVE_STATES as readonly string[]).includes(s.state) &&
      matches(s) &&
      (agent === undefined || s.agent?.id === agent),
  );
}

function reference(
  q: string,
  states: ActiveState[] | null,
  sort: SortKey,
  order: SortOrder,
  narrowing: Narrowing = {},
  sessions: readonly Session[] = seeded.map((x) => x.session),
): Session[] {
  const { startedBefore } = narrowing;
  return matching(sessions, q, narrowing.agent)
    .filter(
      (s) =>
        (states ?? ACTIVE_STATES).includes(s.state as ActiveState) &&
        (startedBefore === undefined || startedMs(s) < startedBefore),
    )
    .sort((a, b) => {
      const x = value(a, sort);
      const y = value(b, sort);
      const c = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return order === 'asc' ? c : -c;
    });
}

function pageThrough(
  query: Omit<ListQuery, 'after'>,
  from: TenantStore = store,
): { ids: string[]; totals: number[] } {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: ListQuery['after'] = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page = from.list({ ...query, after });
    ids.push(...page.items.map((s) => s.id));
    totals.push(page.total);
    if (!page.next) return { ids, totals };
    after = page.next;
  }
  throw new Error('paging never ended');
}

describe('TenantStore.list against a brute-force reference', () => {
  const searches = ['', '+44', 'example', 'zürich', '7700 9', 'BECKER', "o'con", 'no such text'];
  it.each(searches)('matches the reference for q=%j in every sort, order and a state filter', (q) => {
    for (const sort of SORT_KEYS) {
      for (const order of ['asc', 'desc'] as const) {
        for (const states of [null, ['WITH_AGENT', 'PROCESSING'] as ActiveState[]]) {
          const expected = reference(q, states, sort, order);
          const { ids, totals } = pageThrough({
            q,
            states: states && new Set(states),
            sort,
            order,
            limit: 173,
          });
          expect(ids).toEqual(expected.map((s) => s.id));
          expect(new Set(totals)).toEqual(new Set([expected.length]));
        }
      }
    }
  });

  it('counts matches per state whatever the state filter', () => {
    const page = store.list({
      q: '+44',
      states: new Set(['OPEN']),
      sort: 'state',
      order: 'asc',
      limit: 5,
      after: null,
    });
    const all = reference('+44', null, 'startedAt', 'asc');
    expect(all.length).toBeGreaterThan(2000);
    expect(page.counts).toEqual(
      Object.fromEntries(ACTIVE_STATES.map((state) => [state, all.filter((s) => s.state === state).length])),
    );
  });
});

describe('TenantStore.list narrowed by agent and start', () => {
  const sessions = seeded.map((x) => x.session);
  const offShift = offShiftAgentOf('globex');
  const someone = sessions.find(
    (s) => s.state === 'WITH_AGENT' && s.agent && s.agent.id !== offShift?.id,
  )?.agent;
  if (!offShift || !someone) throw new Error('the data set lacks the agents this needs');
  const HOUR = 3600_000;
  // Exactly a session's start: the bound is strict, so that session is left out.
  const exact = startedMs(sessions.find((s) => s.state === 'WITH_AGENT') as Session);
  const narrowings: Array<[string, Narrowing]> = [
    ['started over 30 minutes ago', { startedBefore: NOW - 30 * 60_000 }],
    ['started before one session exactly', { startedBefore: exact }],
    ['one agent', { agent: someone.id }],
    ['the off-shift agent, started over 3 hours ago', { agent: offShift.id, startedBefore: NOW - 3 * HOUR }],
    ['an unknown agent', { agent: 'no-such-agent' }],
  ];
  const shapes = [
    ['', null],
    ['', ['WITH_AGENT']],
    ['example', null],
    ['+44', ['WITH_AGENT', 'OPEN']],
    [someone.name.split(' ')[0]?.toUpperCase() ?? '', ['WITH_AGENT']],
  ] as Array<[string, ActiveState[] | null]>;

  it.each(narrowings)('matches the reference for %s in every shape, sort and order', (_label, narrowing) => {
    for (const [q, states] of shapes) {
      for (const sort of SORT_KEYS) {
        for (const order of ['asc', 'desc'] as const) {
          const expected = reference(q, states, sort, order, narrowing);
          const { ids, totals } = pageThrough({
            q,
            states: states && new Set(states),
            sort,
            order,
            limit: 71,
            ...narrowing,
          });
          expect(ids).toEqual(expected.map((s) => s.id));
          expect(new Set(totals)).toEqual(new Set([expected.length]));
        }
      }
    }
    expect(reference('', null, 'startedAt', 'asc', narrowing).length).toBeLessThan(
      reference('', null, 'startedAt', 'asc').length,
    );
  });

  it('counts per state by q and agent only, and stuck sessions whatever state and startedBefore say', () => {
    const stuckBefore = NOW - 30 * 60_000;
    for (const [q, agent] of [
      ['', undefined],
      ['', someone.id],
      ['example', undefined],
      ['becker', offShift.id],
      ['', 'no-such-agent'],
    ] as Array<[string, string | undefined]>) {
      const base = matching(sessions, q, agent);
      const page = store.list({
        q,
        states: new Set(['OPEN']),
        sort: 'contact',
        order: 'asc',
        limit: 5,
        after: null,
        startedBefore: NOW - 24 * HOUR,
        stuckBefore,
        ...(agent === undefined ? {} : { agent }),
      });
      expect(page.counts).toEqual(
        Object.fromEntries(
          ACTIVE_STATES.map((state) => [state, base.filter((s) => s.state === state).length]),
        ),
      );
      expect(page.stuck).toBe(
        base.filter((s) => s.state === 'WITH_AGENT' && startedMs(s) < stuckBefore).length,
      );
    }
    expect(
      store.list({ q: '', states: null, sort: 'state', order: 'asc', limit: 1, after: null }),
    ).not.toHaveProperty('stuck');
  });
});

describe('TenantStore after a release', () => {
  it('takes a released session out of its agent and out of a search by that agent’s name', () => {
    const own = new TenantStore(generateTenantData({ tenant: 'acme', seed: 9, sessions: 3000, now: NOW }));
    const agent = offShiftAgentOf('acme');
    if (!agent) throw new Error('no off-shift agent');
    const query = { q: '', states: null, sort: 'agent', order: 'asc', limit: 200, after: null } as const;
    const before = own.list({ ...query, agent: agent.id, stuckBefore: NOW });
    const byName = own.list({ ...query, q: agent.name.toLowerCase(), stuckBefore: NOW });
    const tenantStuck = own.list({ ...query, stuckBefore: NOW }).stuck;
    const target = before.items[0] as Session;
    expect(
      own.release({ id: target.id, notes: undefined, actor: 'Alex Admin', idempotencyKey: 'k1', at: '' })
        .status,
    ).toBe(200);
    const after = own.list({ ...query, agent: agent.id, stuckBefore: NOW });
    expect(after.items.map((s) => s.id)).not.toContain(target.id);
    expect(after.total).toBe(before.total - 1);
    expect(after.counts.WITH_AGENT).toBe(before.counts.WITH_AGENT - 1);
    expect(after.stuck).toBe((before.stuck ?? 0) - 1);
    const byNameAfter = own.list({ ...query, q: agent.name.toLowerCase(), stuckBefore: NOW });
    expect(byNameAfter.total).toBe(byName.total - 1);
    expect(byNameAfter.items.map((s) => s.id)).not.toContain(target.id);
    // Still a stuck WITH_AGENT session of the tenant, only unassigned now.
    expect(own.list({ ...query, stuckBefore: NOW }).stuck).toBe(tenantStuck);
    const unassigned = pageThrough({ ...query, states: new Set(['WITH_AGENT']) }, own).ids;
    expect(unassigned).toContain(target.id);
  });
});

describe('TenantStore with sessions opened after the start', () => {
  it('finds them by contact before and after the text index is built again, and lists them in every index', () => {
    const own = new TenantStore(generateTenantData({ tenant: 'acme', seed: 2, sessions: 500, now: NOW }));
    const opened: Session[] = [];
    /** Whether a search by the newest session's contact finds it. */
    const newestFound = () => {
      const newest = opened[opened.length - 1] as Session;
      const q = newest.contact.phone ?? newest.contact.email ?? '';
      const found = own.list({ q, states: null, sort: 'startedAt', order: 'desc', limit: 200, after: null });
      return { id: newest.id, found: found.items.some((s) => s.id === newest.id) };
    };
    const searched: Array<{ id: string; found: boolean }> = [];
    // More than the text index takes before it is built again.
    for (let serial = 0; serial < 2100; serial++) {
      const seeded = openedSession({
        tenant: 'acme',
        seed: 2,
        serial,
        now: NOW + serial,
        taken: (id) => own.has(id),
      });
      opened.push(own.add(seeded));
      if (serial === 10 || serial === 2099) searched.push(newestFound());
    }
    expect(searched).toEqual([
      { id: opened[10]?.id, found: true },
      { id: opened[2099]?.id, found: true },
    ]);
    const query = {
      q: '',
      states: new Set(['OPEN'] as const),
      order: 'asc',
      limit: 200,
      after: null,
    } as const;
    for (const sort of SORT_KEYS) {
      expect(pageThrough({ ...query, sort }, own).totals[0]).toBe(own.summary().counts.OPEN);
    }
    const all = pageThrough({ ...query, sort: 'startedAt' }, own).ids;
    expect(all.slice(-opened.length)).toEqual(opened.map((s) => s.id));
    const byText = own.list({ ...query, q: 'example', sort: 'contact' });
    const openSessions = all.map((id) => own.get(id) as Session);
    expect(byText.total).toBe(reference('example', ['OPEN'], 'contact', 'asc', {}, openSessions).length);
    expect(byText.total).toBeGreaterThan(100);
  });
});
