import { ACTIVE_STATES, SORT_KEYS, type Session, type SortKey } from '../../src/contract/dispatcher-api';
import { reset } from './control';
import { generateTenantData, offShiftAgentOf } from './dataset';
import { type RunningSimulator, startSimulator } from './server';
import { caller, heldSince, stateRank } from './testing';

const NOW = Date.parse('2030-01-15T12:00:00.000Z');
let sim: RunningSimulator;
let admin: ReturnType<typeof caller>;

beforeAll(async () => {
  sim = await startSimulator({ port: 0, now: NOW });
  admin = caller(sim.apiUrl);
});
afterAll(() => sim.close());

// An independent statement of each order, to check the server's indexes against.
function sortValue(session: Session, sort: SortKey): number | string {
  switch (sort) {
    case 'startedAt':
      return Date.parse(session.startedAt);
    case 'contact':
      return (session.contact.phone ?? session.contact.email ?? '').toLowerCase();
    case 'channel':
      return session.channel;
    case 'state':
      return stateRank(session.state);
    case 'agent':
      return session.agent?.name.toLowerCase() ?? '';
    case 'heldSince':
      return heldSince(session);
  }
}

function compare(a: Session, b: Session, sort: SortKey): number {
  const x = sortValue(a, sort);
  const y = sortValue(b, sort);
  if (x !== y) return x < y ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

const ids = (items: readonly Session[]) => items.map((s) => s.id);

describe('GET sessions', () => {
  it('lists only non-terminal sessions, newest first, 50 by default, with counts and serverTime', async () => {
    const before = Date.now();
    const { status, body, headers } = await admin.list();
    const after = Date.now();
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json');
    expect(headers.get('cache-control')).toBe('no-store');
    expect(body.items).toHaveLength(50);
    expect(body.items.every((s) => (ACTIVE_STATES as readonly string[]).includes(s.state))).toBe(true);
    const started = body.items.map((s) => Date.parse(s.startedAt));
    expect(started).toEqual([...started].sort((a, b) => b - a));
    expect(typeof body.nextCursor).toBe('string');
    expect(Object.keys(body.counts).sort()).toEqual([...ACTIVE_STATES].sort());
    expect(body.total).toBe(Object.values(body.counts).reduce((a, b) => a + b, 0));
    // The server's clock as it answered: between the moments the request left and the answer came.
    expect(Date.parse(body.serverTime)).toBeGreaterThanOrEqual(before);
    expect(Date.parse(body.serverTime)).toBeLessThanOrEqual(after);
    const terminal = generateTenantData({ tenant: 'acme', seed: 1, sessions: 300, now: NOW }).filter(
      (s) => s.session.state === 'RESOLVED' || s.session.state === 'EXPIRED',
    );
    expect(terminal.length).toBeGreaterThan(0);
    const all = new Set(ids(await admin.listAll({ limit: 200 })));
    expect(all.size).toBe(body.total);
    expect(terminal.some((t) => all.has(t.session.id))).toBe(false);
  });

  it.each(SORT_KEYS.flatMap((sort) => (['asc', 'desc'] as const).map((order) => [sort, order] as const)))(
    'sorts by %s %s across pages, ties broken by id, without gaps or duplicates',
    async (sort, order) => {
      const pages = await admin.listAll({ sort, order, limit: 37 });
      const expected = [...pages].sort((a, b) =>
        order === 'asc' ? compare(a, b, sort) : compare(b, a, sort),
      );
      expect(ids(pages)).toEqual(ids(expected));
      const first = await admin.list({ sort, order, limit: 1 });
      expect(new Set(ids(pages)).size).toBe(first.body.total);
      expect(pages).toHaveLength(first.body.total);
    },
  );

  it('filters by state while counts still cover every state', async () => {
    const everything = await admin.list({ limit: 1 });
    const filtered = await admin.list({ state: 'WITH_AGENT,OPEN', limit: 200 });
    expect(filtered.status).toBe(200);
    expect(filtered.body.items.length).toBeGreaterThan(0);
    expect(filtered.body.items.every((s) => s.state === 'WITH_AGENT' || s.state === 'OPEN')).toBe(true);
    expect(filtered.body.counts).toEqual(everything.body.counts);
    expect(filtered.body.total).toBe(everything.body.counts.WITH_AGENT + everything.body.counts.OPEN);
    const all = await admin.listAll({ state: 'WITH_AGENT,OPEN', limit: 200 });
    expect(all).toHaveLength(filtered.body.total);
  });

  it('searches phone (ignoring spaces), email and Business Partner name, case-insensitively', async () => {
    const all = await admin.listAll({ limit: 200 });
    const withPhone = all.find((s) => s.contact.phone?.startsWith('+44'));
    const withEmail = all.find((s) => s.contact.email);
    const withPartner = all.find((s) => s.contact.businessPartner);
    if (!withPhone?.contact.phone || !withEmail?.contact.email || !withPartner?.contact.businessPartner) {
      throw new Error('data set lacks a phone, an email or a Business Partner');
    }

    const digits = withPhone.contact.phone.replace(/\s+/g, '').slice(-7);
    const byPhone = await admin.listAll({ q: digits, limit: 200 });
    expect(ids(byPhone)).toContain(withPhone.id);
    expect(byPhone.every((s) => s.contact.phone?.replace(/\s+/g, '').includes(digits))).toBe(true);

    const local = withEmail.contact.email.split('@')[0] ?? '';
    const byEmail = await admin.listAll({ q: local.toUpperCase(), limit: 200 });
    expect(ids(byEmail)).toContain(withEmail.id);

    const partner = withPartner.contact.businessPartner.name;
    const byPartner = await admin.listAll({ q: partner.toLowerCase(), limit: 200 });
    expect(ids(byPartner)).toContain(withPartner.id);
    expect(
      byPartner.every((s) => s.contact.businessPartner?.name.toLowerCase().includes(partner.toLowerCase())),
    ).toBe(true);
    const expected = all.filter((s) => s.contact.businessPartner?.name === partner);
    expect(new Set(ids(byPartner))).toEqual(new Set(ids(expected)));
  });

  it('counts sessions matching q whatever the state filter, and totals those matching both', async () => {
    const all = await admin.listAll({ limit: 200 });
    const q = all.find((s) => s.contact.businessPartner)?.contact.businessPartner?.name ?? '';
    const matching = all.filter((s) =>
      s.contact.businessPartner?.name.toLowerCase().includes(q.toLowerCase()),
    );
    const expectedCounts = Object.fromEntries(
      ACTIVE_STATES.map((state) => [state, matching.filter((s) => s.state === state).length]),
    );
    const page = await admin.list({ q, state: 'WITH_AGENT', limit: 5 });
    expect(page.body.counts).toEqual(expectedCounts);
    expect(page.body.total).toBe(expectedCounts.WITH_AGENT);
    expect(page.body.items.every((s) => s.state === 'WITH_AGENT')).toBe(true);
    const none = await admin.list({ q: 'no-such-contact-anywhere' });
    expect(none.body).toMatchObject({ items: [], total: 0, nextCursor: null });
    expect(Object.values(none.body.counts).every((n) => n === 0)).toBe(true);
  });

  it('keeps paging by key, not offset, when a release moves a row between pages', async () => {
    await reset(sim.url);
    const before = await admin.listAll({ state: 'WITH_AGENT', sort: 'agent', order: 'asc', limit: 200 });
    const assigned = before.filter((s) => s.agent);
    const mover = assigned[assigned.length - 1];
    if (!mover) throw new Error('no assigned session');
    let released: number | undefined;
    const seen = await admin.listAll(
      { state: 'WITH_AGENT', sort: 'agent', order: 'asc', limit: 10 },
      async (page) => {
        // Released rows sort first by agent, so this one leaves the pages still to come.
        if (page === 2) released = (await admin.release(mover.id)).status;
      },
    );
    expect(released).toBe(200);
    expect(new Set(ids(seen)).size).toBe(seen.length);
    expect(ids(seen)).toEqual(ids(before).filter((id) => id !== mover.id));
  });

  it('pages newest first without gaps or duplicates while sessions are released between pages', async () => {
    await reset(sim.url);
    const before = await admin.listAll({ limit: 200 });
    const targets = before.filter((s) => s.state === 'WITH_AGENT' && s.agent);
    const released: number[] = [];
    const seen = await admin.listAll({ limit: 25 }, async (page) => {
      const target = targets[page * 7];
      if (target) released.push((await admin.release(target.id)).status);
    });
    expect(released.length).toBeGreaterThan(1);
    expect(released.filter((status) => status !== 200)).toEqual([]);
    expect(ids(seen)).toEqual(ids(before));
  });

  it.each([
    [{ limit: 0 }, 'INVALID_LIMIT'],
    [{ limit: 201 }, 'INVALID_LIMIT'],
    [{ limit: 'ten' }, 'INVALID_LIMIT'],
    [{ state: 'WAITING' }, 'INVALID_STATE'],
    [{ state: 'RESOLVED' }, 'INVALID_STATE'],
    [{ sort: 'duration' }, 'INVALID_SORT'],
    [{ order: 'up' }, 'INVALID_ORDER'],
    [{ cursor: 'not a cursor' }, 'INVALID_CURSOR'],
  ])('answers 400 to %j', async (params, code) => {
    const { status, body } = await admin.list(params);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code, message: expect.any(String) });
  });

  it('accepts the limit bounds and refuses a cursor made for another sort', async () => {
    expect((await admin.list({ limit: 1 })).body.items).toHaveLength(1);
    const max = await admin.list({ limit: 200 });
    expect(max.body.items).toHaveLength(200);
    const cursor = max.body.nextCursor ?? '';
    expect((await admin.list({ cursor, limit: 200 })).status).toBe(200);
    expect((await admin.list({ cursor, sort: 'contact' })).status).toBe(400);
    expect((await admin.list({ cursor, order: 'asc' })).status).toBe(400);
  });
});

describe('GET sessions narrowed by start, agent and agent name', () => {
  const MINUTE = 60_000;
  const stuckAt = new Date(NOW - 30 * MINUTE).toISOString();
  const started = (s: Session) => Date.parse(s.startedAt);
  let all: Session[];
  beforeAll(async () => {
    await reset(sim.url);
    all = await admin.listAll({ limit: 200 });
  });

  it('startedBefore keeps only sessions started strictly before it, across pages, while counts stay whole', async () => {
    const whole = await admin.list({ state: 'WITH_AGENT', limit: 1 });
    const items = await admin.listAll({
      state: 'WITH_AGENT',
      startedBefore: stuckAt,
      sort: 'startedAt',
      order: 'asc',
      limit: 7,
    });
    const expected = all
      .filter((s) => s.state === 'WITH_AGENT' && started(s) < NOW - 30 * MINUTE)
      .sort((a, b) => started(a) - started(b) || (a.id < b.id ? -1 : 1));
    expect(expected.length).toBeGreaterThan(50);
    expect(ids(items)).toEqual(ids(expected));
    const first = await admin.list({ state: 'WITH_AGENT', startedBefore: stuckAt, limit: 7 });
    expect(first.body.total).toBe(expected.length);
    expect(first.body.counts).toEqual(whole.body.counts);
    expect(first.body).not.toHaveProperty('stuck');

    // The bound is strict: the session started exactly then is left out, and an offset says the same instant.
    const edge = expected[expected.length - 1] as Session;
    const at = await admin.listAll({ state: 'WITH_AGENT', startedBefore: edge.startedAt, limit: 200 });
    expect(ids(at)).not.toContain(edge.id);
    expect(at).toHaveLength(expected.length - 1);
    const inBerlin = new Date(started(edge) + 3600_000).toISOString().replace('Z', '+01:00');
    expect((await admin.list({ state: 'WITH_AGENT', startedBefore: inBerlin })).body.total).toBe(
      expected.length - 1,
    );
  });

  it('stuckBefore adds the stuck count, whatever state and startedBefore say', async () => {
    const stuck = all.filter((s) => s.state === 'WITH_AGENT' && started(s) < NOW - 30 * MINUTE).length;
    const shapes: Array<Record<string, string>> = [
      {},
      { state: 'OPEN' },
      { state: 'WITH_AGENT', startedBefore: new Date(NOW - 3 * 24 * 3600_000).toISOString() },
    ];
    for (const params of shapes) {
      const page = await admin.list({ ...params, stuckBefore: stuckAt, limit: 1 });
      expect(page.status).toBe(200);
      expect(page.body.stuck).toBe(stuck);
    }
    expect((await admin.list({ limit: 1 })).body).not.toHaveProperty('stuck');
  });

  it('agent keeps one agent’s sessions in items, total, counts and stuck; an unknown agent matches nothing', async () => {
    const agent = offShiftAgentOf('acme');
    if (!agent) throw new Error('no off-shift agent');
    const own = all.filter((s) => s.agent?.id === agent.id);
    const stuck = own.filter((s) => started(s) < NOW - 30 * MINUTE);
    expect(stuck.length).toBeGreaterThanOrEqual(50);
    const page = await admin.list({ agent: agent.id, stuckBefore: stuckAt, limit: 200 });
    expect(new Set(ids(page.body.items))).toEqual(new Set(ids(own)));
    expect(page.body.total).toBe(own.length);
    expect(page.body.counts).toEqual({
      OPEN: 0,
      ACTIVE: 0,
      AWAITING_USER: 0,
      PROCESSING: 0,
      WITH_AGENT: own.length,
    });
    expect(page.body.stuck).toBe(stuck.length);
    const oldest = await admin.listAll({
      agent: agent.id,
      state: 'WITH_AGENT',
      startedBefore: stuckAt,
      sort: 'startedAt',
      order: 'asc',
      limit: 50,
    });
    expect(ids(oldest)).toEqual(
      ids([...stuck].sort((a, b) => started(a) - started(b) || (a.id < b.id ? -1 : 1))),
    );

    const nobody = await admin.list({ agent: 'no-such-agent', stuckBefore: stuckAt });
    expect(nobody.body).toMatchObject({ items: [], total: 0, stuck: 0, nextCursor: null });
    expect(Object.values(nobody.body.counts).every((n) => n === 0)).toBe(true);
  });

  it('q finds an agent’s sessions by the agent’s name, ignoring case, and stops once one is released', async () => {
    await reset(sim.url);
    const named = all.find((s) => s.agent?.name.includes("'"))?.agent;
    if (!named) throw new Error('no agent with an apostrophe in the data set');
    const q = named.name.slice(2, 9).toUpperCase();
    const expected = all.filter(
      (s) =>
        s.agent?.name.toLowerCase().includes(q.toLowerCase()) ||
        [s.contact.phone, s.contact.email, s.contact.businessPartner?.name].some((f) =>
          f?.toLowerCase().includes(q.toLowerCase()),
        ),
    );
    const found = await admin.listAll({ q, limit: 200 });
    expect(new Set(ids(found))).toEqual(new Set(ids(expected)));
    expect(found.some((s) => s.agent?.id === named.id)).toBe(true);

    const released = found.find((s) => s.agent?.id === named.id) as Session;
    expect((await admin.release(released.id)).status).toBe(200);
    const after = await admin.list({ q, limit: 200 });
    expect(ids(after.body.items)).not.toContain(released.id);
    expect(after.body.total).toBe(expected.length - 1);
    const byAgent = await admin.list({ agent: named.id, limit: 200 });
    expect(ids(byAgent.body.items)).not.toContain(released.id);
  });

  it.each([
    [{ startedBefore: 'yesterday' }, 'INVALID_STARTED_BEFORE'],
    [{ startedBefore: '2030-01-15' }, 'INVALID_STARTED_BEFORE'],
    [{ startedBefore: '2030-01-15T12:00:00' }, 'INVALID_STARTED_BEFORE'],
    [{ startedBefore: '2030-13-15T12:00:00Z' }, 'INVALID_STARTED_BEFORE'],
    [{ startedBefore: '1893456000000' }, 'INVALID_STARTED_BEFORE'],
    [{ stuckBefore: 'now' }, 'INVALID_STUCK_BEFORE'],
    [{ stuckBefore: '2030-01-15T12:00:00+1' }, 'INVALID_STUCK_BEFORE'],
  ])('answers 400 to %j', async (params, code) => {
    const { status, body } = await admin.list(params);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code, message: expect.any(String) });
  });

  it('takes an agent id of 200 characters, not 201, and instants with fractions or an offset', async () => {
    expect((await admin.list({ agent: 'a'.repeat(200) })).status).toBe(200);
    expect((await admin.list({ agent: 'a'.repeat(201) })).body).toMatchObject({ code: 'INVALID_AGENT' });
    expect((await admin.list({ startedBefore: '2030-01-15T11:30:00.123Z' })).status).toBe(200);
    expect((await admin.list({ stuckBefore: '2030-01-15T12:30-01:00' })).status).toBe(200);
  });
});

describe('identity and tenants', () => {
  it('answers 401 without a known user and 403 for an unknown tenant', async () => {
    const none = await fetch(new URL('sessions', sim.apiUrl));
    expect(none.status).toBe(401);
    expect(await none.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    const stranger = await caller(sim.apiUrl, 'acme', 'mallory').list();
    expect(stranger.status).toBe(401);
    const prototypeName = await caller(sim.apiUrl, 'acme', 'constructor').list();
    expect(prototypeName.status).toBe(401);
    const tenant = await caller(sim.apiUrl, 'initech', 'admin').list();
    expect(tenant.status).toBe(403);
    expect(tenant.body).toMatchObject({ code: 'UNKNOWN_TENANT' });
    const noTenant = await fetch(new URL('sessions', sim.apiUrl), { headers: { 'X-User-Id': 'admin' } });
    expect(noTenant.status).toBe(403);
  });

  it('lets the agent user read sessions and audit trails', async () => {
    const agent = caller(sim.apiUrl, 'acme', 'agent');
    const page = await agent.list({ limit: 1 });
    expect(page.status).toBe(200);
    const id = page.body.items[0]?.id ?? '';
    expect((await agent.audit(id)).status).toBe(200);
    expect((await agent.get(`sessions/${id}`)).status).toBe(200);
  });

  it('keeps tenants apart: different data, and one tenant’s ids are 404 for another', async () => {
    const acme = await admin.listAll({ limit: 200 });
    const globexCaller = caller(sim.apiUrl, 'globex', 'admin');
    const globex = await globexCaller.listAll({ limit: 200 });
    const globexIds = new Set(ids(globex));
    expect(acme.some((s) => globexIds.has(s.id))).toBe(false);
    const id = acme.find((s) => s.state === 'WITH_AGENT' && s.agent)?.id ?? '';
    expect((await globexCaller.get(`sessions/${id}`)).status).toBe(404);
    expect((await globexCaller.audit(id)).status).toBe(404);
    expect((await globexCaller.release(id)).body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await admin.get(`sessions/${id}`)).status).toBe(200);
  });
});

describe('GET sessions/{id}', () => {
  it('returns any session, terminal ones included, and 404 for an unknown id', async () => {
    const seeded = generateTenantData({ tenant: 'acme', seed: 1, sessions: 300, now: NOW });
    const resolved = seeded.find((s) => s.session.state === 'RESOLVED');
    if (!resolved) throw new Error('no resolved session');
    const { status, body } = await admin.get<Session>(`sessions/${resolved.session.id}`);
    expect(status).toBe(200);
    expect(body).toEqual(resolved.session);
    const trail = await admin.audit(resolved.session.id);
    expect(trail.body.items.at(-1)?.toState).toBe('RESOLVED');
    expect((await admin.get('sessions/ses_nosuchthing')).body).toMatchObject({ code: 'NOT_FOUND' });
    expect((await admin.audit('ses_nosuchthing')).status).toBe(404);
  });
});
