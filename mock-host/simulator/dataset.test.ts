import { ACTIVE_STATES, SESSION_STATES, type Session } from '../../src/contract/dispatcher-api';
import { reset } from './control';
import { buildAuditTrail } from './audit-trail';
import { generateTenantData, OFF_SHIFT_SESSIONS_MAX, offShiftAgentOf, offShiftSessionCount } from './dataset';
import { HOSTILE_CASES, HOSTILE_GLOBAL, HOSTILE_PAYLOADS, HOSTILE_TENANT } from './hostile';
import { startSimulator } from './server';
import { TenantStore } from './store';
import { caller, heldSince } from './testing';

const NOW = Date.parse('2030-01-15T12:00:00.000Z');

describe('data set', () => {
  const seeded = generateTenantData({ tenant: 'acme', seed: 1, sessions: 300, now: NOW });
  const sessions = seeded.map((s) => s.session);

  it('is the same for the same seed and differs for another seed or tenant', () => {
    expect(generateTenantData({ tenant: 'acme', seed: 1, sessions: 300, now: NOW })).toEqual(seeded);
    const other = generateTenantData({ tenant: 'acme', seed: 2, sessions: 300, now: NOW });
    expect(other.map((s) => s.session.id)).not.toEqual(sessions.map((s) => s.id));
    const globex = generateTenantData({ tenant: 'globex', seed: 1, sessions: 300, now: NOW });
    expect(globex.map((s) => s.session.id)).not.toEqual(sessions.map((s) => s.id));
  });

  it('covers every state, both channels, partners or none, unassigned and stuck hand-offs', () => {
    expect(new Set(sessions.map((s) => s.state))).toEqual(new Set(SESSION_STATES));
    const listed = sessions.filter((s) => s.state !== 'RESOLVED' && s.state !== 'EXPIRED');
    expect(listed.length / sessions.length).toBeGreaterThan(0.6);
    const whatsapp = sessions.filter((s) => s.channel === 'WHATSAPP');
    const email = sessions.filter((s) => s.channel === 'EMAIL');
    expect(whatsapp.length).toBeGreaterThan(0);
    expect(email.length).toBeGreaterThan(0);
    expect(whatsapp.every((s) => /^\+\d[\d ]+$/.test(s.contact.phone ?? ''))).toBe(true);
    expect(email.every((s) => /^[^@\s]+@[^@\s]+$/.test(s.contact.email ?? ''))).toBe(true);
    expect(sessions.some((s) => s.contact.businessPartner)).toBe(true);
    expect(sessions.some((s) => !s.contact.businessPartner)).toBe(true);
    const withAgent = sessions.filter((s) => s.state === 'WITH_AGENT');
    expect(withAgent.filter((s) => !s.agent).length).toBeGreaterThan(5);
    const ageMinutes = (s: Session) => (NOW - Date.parse(s.startedAt)) / 60_000;
    expect(withAgent.filter((s) => s.agent && ageMinutes(s) > 30).length).toBeGreaterThan(10);
    const ages = sessions.map(ageMinutes);
    expect(Math.min(...ages)).toBeLessThan(2);
    expect(Math.max(...ages)).toBeGreaterThan(3 * 24 * 60);
    expect(
      sessions.filter((s) => s.state !== 'WITH_AGENT' && s.state !== 'RESOLVED').every((s) => !s.agent),
    ).toBe(true);
  });

  it('has agents with several sessions each, some stuck, and one agent who left many stuck sessions', () => {
    const stuck = (s: Session) => NOW - Date.parse(s.startedAt) > 30 * 60_000;
    const byAgent = new Map<string, Session[]>();
    for (const s of sessions) {
      if (s.state !== 'WITH_AGENT' || !s.agent) continue;
      byAgent.set(s.agent.id, [...(byAgent.get(s.agent.id) ?? []), s]);
    }
    const several = [...byAgent.values()].filter((own) => own.length >= 3);
    expect(several.length).toBeGreaterThanOrEqual(6);
    expect(several.filter((own) => own.filter(stuck).length >= 3).length).toBeGreaterThanOrEqual(4);

    const offShift = offShiftAgentOf('acme');
    expect(offShift).toEqual({ id: 'acme-agt-4', name: 'Tom Becker' });
    const left = byAgent.get(offShift?.id ?? '') ?? [];
    expect(offShiftSessionCount('acme', 300)).toBe(OFF_SHIFT_SESSIONS_MAX);
    expect(left.filter(stuck).length).toBeGreaterThanOrEqual(OFF_SHIFT_SESSIONS_MAX);
    // Not only stuck ones: a fresh session of the same agent tells "all of theirs" from "their stuck ones".
    const large = generateTenantData({ tenant: 'acme', seed: 1, sessions: 3000, now: NOW }).map(
      (x) => x.session,
    );
    const ownLarge = large.filter((s) => s.state === 'WITH_AGENT' && s.agent?.id === offShift?.id);
    expect(ownLarge.some((s) => !stuck(s))).toBe(true);
    expect(offShiftSessionCount('acme', 20)).toBe(4);
    expect(offShiftAgentOf(HOSTILE_TENANT)).toBeNull();
    expect(offShiftSessionCount(HOSTILE_TENANT, 300)).toBe(0);
  });

  it('gives every session an audit trail that starts OPENED and ends in its state', () => {
    for (const { session, trail } of seeded) {
      const audit = buildAuditTrail(trail);
      expect(buildAuditTrail(trail)).toEqual(audit);
      expect(audit[0]?.action).toBe('OPENED');
      expect(audit.at(-1)?.toState ?? 'OPEN').toBe(session.state);
      const times = audit.map((entry) => Date.parse(entry.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(Math.max(...times)).toBeLessThanOrEqual(NOW);
    }
  });

  it('serves the same data from two simulators with the same seed', async () => {
    const [a, b] = await Promise.all([startSimulator({ now: NOW }), startSimulator({ now: NOW })]);
    try {
      const [listA, listB] = await Promise.all([
        caller(a.apiUrl).listAll({ limit: 200 }),
        caller(b.apiUrl).listAll({ limit: 200 }),
      ]);
      expect(listA).toEqual(listB);
      const id = listA[0]?.id ?? '';
      expect((await caller(a.apiUrl).audit(id)).body).toEqual((await caller(b.apiUrl).audit(id)).body);
      const reseeded = await reset(b.url, { seed: 7 });
      expect(reseeded.data.seed).toBe(7);
      expect(await caller(b.apiUrl).listAll({ limit: 200 })).not.toEqual(listA);
      await reset(b.url);
      expect(await caller(b.apiUrl).listAll({ limit: 200 })).toEqual(listA);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('hostile tenant', () => {
  it('has at least 50 distinct payloads, each setting the recognisable global', () => {
    expect(new Set(HOSTILE_PAYLOADS).size).toBe(HOSTILE_PAYLOADS.length);
    expect(HOSTILE_PAYLOADS.length).toBeGreaterThanOrEqual(50);
    const scripted = HOSTILE_CASES.filter(
      (c) => c.text.includes(`${HOSTILE_GLOBAL}`) || c.text.includes("'__x'+'ss'"),
    );
    expect(scripted).toHaveLength(HOSTILE_CASES.length);
    expect(new Set(HOSTILE_CASES.map((c) => c.id)).size).toBe(HOSTILE_CASES.length);
  });

  it('carries every payload in listed names, emails, agent names and audit notes', async () => {
    const sim = await startSimulator({});
    try {
      const evil = caller(sim.apiUrl, HOSTILE_TENANT, 'admin');
      const listed = await evil.listAll({ limit: 200 });
      const partners = new Set(listed.map((s) => s.contact.businessPartner?.name));
      expect(HOSTILE_PAYLOADS.filter((p) => !partners.has(p))).toEqual([]);
      const emails = listed.map((s) => s.contact.email).filter(Boolean);
      expect(emails.some((email) => HOSTILE_PAYLOADS.some((p) => email === `${p}@evil.example`))).toBe(true);
      const agents = listed.map((s) => s.agent?.name).filter(Boolean);
      expect(agents.length).toBeGreaterThan(5);
      expect(agents.every((name) => HOSTILE_PAYLOADS.includes(name ?? ''))).toBe(true);
      const notes = new Set<string>();
      for (const session of listed) {
        for (const entry of (await evil.audit(session.id)).body.items)
          if (entry.notes) notes.add(entry.notes);
      }
      expect(HOSTILE_PAYLOADS.filter((p) => !notes.has(p))).toEqual([]);
      const found = await evil.list({ q: '<script>' });
      expect(found.body.total).toBeGreaterThan(0);
    } finally {
      await sim.close();
    }
  });
});

describe('a 50,000-session tenant', () => {
  // How fast it answers is measured by `npm run bench` (its simulator row), never asserted here. What
  // keeps it fast is asserted instead: every page comes from an index sorted once at start, so no
  // query sorts the tenant again (only a search's own few matches may be sorted).
  it('answers sorted, filtered and searched pages from its indexes, never sorting the tenant again', () => {
    const store = new TenantStore(
      generateTenantData({ tenant: 'acme', seed: 3, sessions: 50_000, now: NOW }),
    );
    type Query = Parameters<TenantStore['list']>[0];
    const cases: Query[] = [
      { states: null, sort: 'startedAt', order: 'desc', limit: 50, after: null, q: '' },
      { states: new Set(['WITH_AGENT']), sort: 'agent', order: 'asc', limit: 200, after: null, q: '' },
      { states: new Set(['OPEN']), sort: 'contact', order: 'desc', limit: 200, after: null, q: '' },
      { states: null, sort: 'state', order: 'asc', limit: 50, after: null, q: '7700' },
      {
        states: new Set(['PROCESSING']),
        sort: 'channel',
        order: 'desc',
        limit: 100,
        after: { value: 'EMAIL', id: 'ses_m' },
        q: 'north',
      },
    ];
    const sorts = jest.spyOn(Array.prototype, 'sort');
    let pages: Array<ReturnType<TenantStore['list']>>;
    let sortedLengths: number[];
    try {
      pages = cases.map((query) => store.list(query));
      sortedLengths = sorts.mock.contexts.map((array) => (array as unknown[]).length);
    } finally {
      sorts.mockRestore();
    }
    expect(sortedLengths.filter((length) => length > 2_000)).toEqual([]);

    const key = (session: Session, sort: Query['sort']): number | string => {
      switch (sort) {
        case 'startedAt':
          return Date.parse(session.startedAt);
        case 'contact':
          return (session.contact.phone ?? session.contact.email ?? '').toLowerCase();
        case 'channel':
          return session.channel;
        case 'state':
          return SESSION_STATES.indexOf(session.state);
        case 'agent':
          return session.agent?.name.toLowerCase() ?? '';
        case 'heldSince':
          return heldSince(session);
      }
    };
    cases.forEach((query, i) => {
      const { items } = pages[i] as ReturnType<TenantStore['list']>;
      expect(items.length).toBeGreaterThan(0);
      expect(items.length).toBeLessThanOrEqual(query.limit);
      for (const session of items) {
        // Without a state filter, any active state; without a search, any text contains the empty one.
        expect([...(query.states ?? ACTIVE_STATES)]).toContain(session.state);
        const { phone = '', email = '', businessPartner } = session.contact;
        const text = `${phone} ${phone.replace(/\s+/g, '')} ${email} ${businessPartner?.name ?? ''}`;
        expect(text.toLowerCase()).toContain(query.q ?? '');
      }
      const direction = query.order === 'asc' ? 1 : -1;
      for (let j = 1; j < items.length; j += 1) {
        const [a, b] = [items[j - 1] as Session, items[j] as Session];
        const [x, y] = [key(a, query.sort), key(b, query.sort)];
        const order = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : 1;
        expect(order).toBe(-direction);
      }
    });
    expect(store.summary().sessions).toBe(50_000);
  });
});
