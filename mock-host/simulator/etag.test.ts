// Conditional answers of `GET sessions` and `GET sessions/agents`: a tag that stays while nothing
// changes (time passing included, until a session crosses the stuck threshold), changes with every
// kind of change, and a 304 without a body for a client that has the current answer.
import type { Session } from '../../src/contract/dispatcher-api';
import { assignSession, openSession, removeSession, reset, setSessionState, setSettings } from './control';
import { TenantStore } from './store';
import { caller, clockedSimulatorPerFile, heldSince } from './testing';

const START = Date.parse('2030-01-15T12:00:00.000Z');
const MINUTE = 60_000;
const simulator = clockedSimulatorPerFile(START);

type Params = Record<string, string | number>;
const PAGE: Params = {
  state: 'WITH_AGENT',
  sort: 'heldSince',
  order: 'asc',
  limit: 50,
  stuckAfterMinutes: 30,
};

async function tagOf(params: Params = PAGE, path = 'sessions'): Promise<string> {
  const response = await simulator.admin.fetch(path, params);
  expect(response.status).toBe(200);
  await response.arrayBuffer();
  return response.headers.get('etag') ?? 'none';
}

async function conditional(tag: string, params: Params = PAGE, path = 'sessions') {
  const response = await simulator.admin.fetch(path, params, { 'If-None-Match': tag });
  return {
    status: response.status,
    tag: response.headers.get('etag'),
    body: await response.text(),
    response,
  };
}

/** When the next held session becomes stuck under `minutes`: not at that instant, one ms later. */
function nextCrossing(all: readonly Session[], now: number, minutes: number): number {
  const pending = all
    .filter((s) => s.state === 'WITH_AGENT' && s.agent && heldSince(s) >= now - minutes * MINUTE)
    .map((s) => heldSince(s) + minutes * MINUTE);
  return Math.min(...pending);
}

describe('ETag and If-None-Match', () => {
  it('answers 304 without a body to the current tag, keeping the tag; 200 to another', async () => {
    const tag = await tagOf();
    expect(tag).toMatch(/^W\/".+"$/);
    const same = await conditional(tag);
    expect(same).toMatchObject({ status: 304, tag, body: '' });
    expect(same.response.headers.get('content-type')).toBeNull();
    expect(same.response.headers.get('access-control-expose-headers')).toMatch(/ETag/);
    expect(await conditional(`"other", ${tag.slice(2)}`)).toMatchObject({ status: 304 });
    expect(await conditional('*')).toMatchObject({ status: 304 });
    const stale = await conditional('W/"stale"');
    expect(stale.status).toBe(200);
    expect(JSON.parse(stale.body)).toMatchObject({ stuckRule: 'held' });
  });

  it('does not read the sessions to answer 304', async () => {
    const tag = await tagOf();
    const lists = jest.spyOn(TenantStore.prototype, 'list');
    try {
      expect((await conditional(tag)).status).toBe(304);
      expect(lists).not.toHaveBeenCalled();
    } finally {
      lists.mockRestore();
    }
  });

  it('stays while time passes; the stuck count moves on in its header, on a 304 too', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    const first = await simulator.admin.fetch('sessions', PAGE);
    const tag = first.headers.get('etag') ?? '';
    const stuckBefore = ((await first.json()) as { stuck: number }).stuck;
    expect(first.headers.get('stuck-count')).toBe(String(stuckBefore));
    expect(first.headers.get('access-control-expose-headers')).toMatch(/Stuck-Count/);
    const crossing = nextCrossing(all, START, 30);
    expect(crossing - START).toBeGreaterThan(1);
    simulator.clock.set(crossing);
    expect((await conditional(tag)).response.headers.get('stuck-count')).toBe(String(stuckBefore));
    simulator.clock.set(crossing + 1);
    const after = await conditional(tag);
    expect(after).toMatchObject({ status: 304, body: '' });
    expect(after.response.headers.get('stuck-count')).toBe(String(stuckBefore + 1));
    // Without the held rule, no count and no header.
    const absolute = { state: 'WITH_AGENT', stuckBefore: new Date(START).toISOString() };
    const oldTag = await tagOf(absolute);
    simulator.clock.advance(24 * 60 * MINUTE);
    const old = await conditional(oldTag, absolute);
    expect(old).toMatchObject({ status: 304 });
    expect(old.response.headers.get('stuck-count')).toBeNull();
  });

  it('in the Stuck view, whose items time changes, the tag changes when a session crosses the threshold', async () => {
    const stuckView = { ...PAGE, stuckOnly: 'true' };
    const all = await simulator.admin.listAll({ limit: 200 });
    const now = simulator.clock.now();
    const tag = await tagOf(stuckView);
    const crossing = nextCrossing(all, now, 30);
    simulator.clock.set(crossing);
    expect(await conditional(tag, stuckView)).toMatchObject({ status: 304 });
    simulator.clock.set(crossing + 1);
    const after = await conditional(tag, stuckView);
    expect(after.status).toBe(200);
    expect(await conditional(after.tag ?? '', stuckView)).toMatchObject({ status: 304 });
  });

  it('changes with every kind of change of the tenant, and then stays', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    const withAgent = all.filter((s) => s.state === 'WITH_AGENT' && s.agent);
    const active = all.filter((s) => s.state === 'ACTIVE');
    const url = simulator.sim.url;
    const changes: Array<[string, () => Promise<unknown>]> = [
      ['release', () => simulator.admin.release((withAgent[0] as Session).id)],
      ['state change', () => setSessionState(url, 'acme', (active[0] as Session).id, 'PROCESSING')],
      ['hand-off', () => setSessionState(url, 'acme', (active[1] as Session).id, 'WITH_AGENT', 'acme-agt-3')],
      [
        'reassignment',
        () => assignSession(url, 'acme', (withAgent[1] as Session).id, { id: 'n', name: 'New' }),
      ],
      ['new session', () => openSession(url, 'acme')],
      ['session ended', () => setSessionState(url, 'acme', (withAgent[2] as Session).id, 'RESOLVED')],
      ['session removed', () => removeSession(url, 'acme', (active[2] as Session).id)],
      ['data reset', () => reset(url)],
    ];
    const seen = new Set<string>();
    for (const params of [PAGE, { limit: 1 }]) {
      await reset(url);
      let tag = await tagOf(params);
      seen.add(tag);
      for (const [name, change] of changes) {
        await change();
        const next = await tagOf(params);
        expect({ name, changed: next !== tag }).toEqual({ name, changed: true });
        expect(seen.has(next)).toBe(false);
        seen.add(next);
        expect(await conditional(next, params)).toMatchObject({ status: 304 });
        tag = next;
      }
    }
    // Refused and replayed releases change nothing.
    const tag = await tagOf();
    const target = (await simulator.admin.listAll({ state: 'WITH_AGENT', limit: 200 })).find((s) => !s.agent);
    expect((await simulator.admin.release((target as Session).id)).status).toBe(409);
    expect(await conditional(tag)).toMatchObject({ status: 304 });
  });

  it('follows the query as applied: same for the same answer, different for a different one', async () => {
    const tag = await tagOf();
    const ignored = {
      startedBefore: new Date(START - MINUTE).toISOString(),
      stuckBefore: new Date(START).toISOString(),
    };
    expect(await conditional(tag, { ...PAGE, ...ignored })).toMatchObject({ status: 304 });
    expect(
      await conditional(tag, { ...PAGE, channel: 'EMAIL,WHATSAPP', stuckAfterMinutes: '30.0' }),
    ).toMatchObject({
      status: 304,
    });
    const first = await simulator.admin.list(PAGE);
    const variants: Params[] = [
      { ...PAGE, limit: 49 },
      { ...PAGE, order: 'desc' },
      { ...PAGE, sort: 'startedAt' },
      { ...PAGE, stuckAfterMinutes: 31 },
      { ...PAGE, stuckOnly: 'true' },
      { ...PAGE, channel: 'EMAIL' },
      { ...PAGE, q: 'example' },
      { ...PAGE, agent: 'acme-agt-4' },
      { ...PAGE, state: 'WITH_AGENT,OPEN' },
      { ...PAGE, cursor: first.body.nextCursor ?? '' },
    ];
    for (const params of variants) expect(await conditional(tag, params)).toMatchObject({ status: 200 });
    // Without the held rule the absolute instants are part of the query.
    const absolute = { stuckBefore: new Date(START).toISOString() };
    const oldTag = await tagOf(absolute);
    expect(await conditional(oldTag, { stuckBefore: new Date(START + 1).toISOString() })).toMatchObject({
      status: 200,
    });
    // The same query of another tenant, and the same tenant with a skewed clock, are other answers.
    const globex = await caller(simulator.sim.apiUrl, 'globex').fetch('sessions', PAGE, {
      'If-None-Match': tag,
    });
    expect(globex.status).toBe(200);
    await setSettings(simulator.sim.url, { clockOffsetMs: 1 });
    expect(await conditional(tag)).toMatchObject({ status: 200 });
  });

  it('tags the agents workload the same way', async () => {
    const params = { stuckAfterMinutes: 30 };
    const tag = await tagOf(params, 'sessions/agents');
    expect(await conditional(tag, params, 'sessions/agents')).toMatchObject({ status: 304, body: '' });
    expect(
      await conditional(tag, { stuckAfterMinutes: 30, channel: 'EMAIL' }, 'sessions/agents'),
    ).toMatchObject({
      status: 200,
    });
    const target = (await simulator.admin.listAll({ state: 'WITH_AGENT', limit: 200 })).find((s) => s.agent);
    await simulator.admin.release((target as Session).id);
    expect(await conditional(tag, params, 'sessions/agents')).toMatchObject({ status: 200 });
  });

  it('lets a page on another origin send If-None-Match and read the ETag and the stuck count', async () => {
    const preflight = await fetch(new URL('sessions', simulator.sim.apiUrl), {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:4200',
        'Access-Control-Request-Method': 'GET',
        'Access-Control-Request-Headers': 'if-none-match,x-tenant-id,x-user-id',
      },
    });
    expect((preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase()).toContain(
      'if-none-match',
    );
    const answer = await simulator.admin.fetch('sessions', PAGE, { Origin: 'http://localhost:4200' });
    expect(answer.headers.get('access-control-expose-headers')).toBe('ETag, Stuck-Count');
  });

  it('answers a check with a 304 that carries no preflight headers, so an idle tab moves few bytes', async () => {
    const first = await simulator.admin.fetch('sessions', PAGE, { Origin: 'http://localhost:4200' });
    const check = await simulator.admin.fetch('sessions', PAGE, {
      Origin: 'http://localhost:4200',
      'If-None-Match': first.headers.get('etag') ?? '',
    });
    expect(check.status).toBe(304);
    const names = [...check.headers.keys()];
    expect(names).toEqual(expect.arrayContaining(['etag', 'stuck-count', 'access-control-expose-headers']));
    for (const preflightOnly of [
      'access-control-allow-methods',
      'access-control-allow-headers',
      'access-control-max-age',
    ]) {
      expect(names).not.toContain(preflightOnly);
    }
  });
});
