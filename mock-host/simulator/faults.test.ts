import { CORS_ALLOWED_HEADERS } from './http';
import {
  ControlError,
  clearFaults,
  getSettings,
  getStats,
  releaseHeld,
  reset,
  resetStats,
  setFault,
  setReleaseFault,
  setSettings,
} from './control';
import { until } from '../../test/until';
import { freshKey, simulatorPerFile } from './testing';

const simulator = simulatorPerFile();

const listUrl = () => new URL('sessions', simulator.sim.apiUrl);
const headers = { 'X-Tenant-Id': 'acme', 'X-User-Id': 'admin' };

async function assignedId(): Promise<string> {
  const page = await simulator.admin.list({ state: 'WITH_AGENT', limit: 200 });
  const found = page.body.items.find((s) => s.agent);
  if (!found) throw new Error('no assigned session');
  return found.id;
}

const inFlightLists = async () => (await getStats(simulator.sim.url)).inFlight.list;

/**
 * Runs `run` with the simulator's timers faked (it runs in this process), so a delay is counted
 * exactly rather than measured on a busy machine. Sockets and fetch keep their own real timers.
 */
async function withFakeTimers(run: () => Promise<void>): Promise<void> {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
  try {
    await run();
  } finally {
    jest.useRealTimers();
  }
}

/** A list call that records when its answer came. */
function pendingList() {
  const call = { answered: false, status: 0 };
  const done = simulator.admin.list({ limit: 1 }).then((reply) => {
    call.answered = true;
    call.status = reply.status;
  });
  return Object.assign(call, { done });
}

/** The answer waits on a timer of exactly `ms`: not there one millisecond before, there at `ms`. */
async function expectHeldFor(ms: number) {
  const call = pendingList();
  await until('the list request is waiting at the simulator', async () => (await inFlightLists()) === 1);
  await jest.advanceTimersByTimeAsync(ms - 1);
  expect(await inFlightLists()).toBe(1);
  expect(call.answered).toBe(false);
  await jest.advanceTimersByTimeAsync(1);
  await call.done;
  expect(call.status).toBe(200);
}

describe('faults', () => {
  it('answers a set status the given number of times, then clears itself', async () => {
    await setFault(simulator.sim.url, 'list', { mode: 'status', status: 503, times: 2 });
    const first = await fetch(listUrl(), { headers });
    expect(first.status).toBe(503);
    expect(first.headers.get('content-type')).toBe('application/json');
    expect(await first.json()).toMatchObject({ code: 'SIMULATED_FAULT' });
    expect((await simulator.admin.list()).status).toBe(503);
    expect((await simulator.admin.list()).status).toBe(200);
    expect((await getSettings(simulator.sim.url)).faults.list).toBeUndefined();
    expect((await getStats(simulator.sim.url)).faultsApplied).toBe(2);
  });

  it('answers 200 with an HTML page for not-json', async () => {
    await setFault(simulator.sim.url, 'list', { mode: 'not-json', times: 1 });
    const response = await fetch(listUrl(), { headers });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    await expect(response.clone().json()).rejects.toThrow();
    expect(await response.text()).toMatch(/^<!doctype html>/);
  });

  it('drops the connection without an answer', async () => {
    await setFault(simulator.sim.url, 'audit', { mode: 'drop', times: 1 });
    const id = await assignedId();
    await expect(fetch(new URL(`sessions/${id}/audit`, simulator.sim.apiUrl), { headers })).rejects.toThrow();
    expect((await simulator.admin.audit(id)).status).toBe(200);
  });

  it('holds a hanging request until reset', async () => {
    await setFault(simulator.sim.url, 'list', { mode: 'hang' });
    const pending = fetch(listUrl(), { headers }).then(
      (r) => r.status,
      () => 'dropped',
    );
    await until('the list request hangs at the simulator', async () => (await inFlightLists()) === 1);
    await reset(simulator.sim.url);
    expect(await pending).toBe('dropped');
    expect((await simulator.admin.list()).status).toBe(200);
  });

  it('holds requests until they are let go, then answers them normally; a reset drops them', async () => {
    await setFault(simulator.sim.url, 'list', { mode: 'hold', times: 2 });
    const first = pendingList();
    await until('the first request waits', async () => (await inFlightLists()) === 1);
    expect(await releaseHeld(simulator.sim.url)).toEqual({ released: 1 });
    await first.done;
    expect(first.status).toBe(200);
    const second = fetch(listUrl(), { headers }).then(
      (r) => r.status,
      () => 'dropped',
    );
    await until('the second request waits', async () => (await inFlightLists()) === 1);
    await reset(simulator.sim.url);
    expect(await second).toBe('dropped');
    expect(await releaseHeld(simulator.sim.url)).toEqual({ released: 0 });
    expect((await simulator.admin.list()).status).toBe(200);
  });

  it('act-then-drop releases once; a replay with the same key gets the first answer', async () => {
    const id = await assignedId();
    await setFault(simulator.sim.url, 'release', { mode: 'act-then-drop', times: 1 });
    const key = freshKey();
    await expect(simulator.admin.release(id, { notes: 'lost answer' }, key)).rejects.toThrow();
    const trail = (await simulator.admin.audit(id)).body.items.filter((e) => e.action === 'RELEASED');
    expect(trail).toHaveLength(1);
    const replay = await simulator.admin.release(id, { notes: 'lost answer' }, key);
    expect(replay.status).toBe(200);
    expect(replay.body).toMatchObject({ id, state: 'WITH_AGENT', agent: null });
    expect((await simulator.admin.audit(id)).body.items.filter((e) => e.action === 'RELEASED')).toHaveLength(
      1,
    );
    expect(await getStats(simulator.sim.url)).toMatchObject({ releasesPerformed: 1, idempotentReplays: 1 });
  });

  it('delays answers by latencyMs and by a delay fault', async () => {
    await withFakeTimers(async () => {
      await setSettings(simulator.sim.url, { latencyMs: 80 });
      await expectHeldFor(80);
      await setSettings(simulator.sim.url, {
        latencyMs: 0,
        faults: { list: { mode: 'delay', ms: 120, times: 1 } },
      });
      await expectHeldFor(120);
      // The fault was for one request: the next answers without waiting on any timer.
      const call = pendingList();
      await call.done;
      expect(call.status).toBe(200);
    });
  });

  it('shifts serverTime by clockOffsetMs', async () => {
    await setSettings(simulator.sim.url, { clockOffsetMs: -3_600_000 });
    const before = Date.now();
    const { body } = await simulator.admin.list({ limit: 1 });
    const after = Date.now();
    const serverTime = Date.parse(body.serverTime);
    expect(serverTime).toBeGreaterThanOrEqual(before - 3_600_000);
    expect(serverTime).toBeLessThanOrEqual(after - 3_600_000);
  });

  it('refuses invalid settings and leaves the current ones', async () => {
    await setSettings(simulator.sim.url, { latencyMs: 5 });
    await expect(setSettings(simulator.sim.url, { latencyMs: -1 })).rejects.toBeInstanceOf(ControlError);
    await expect(
      setSettings(simulator.sim.url, { faults: { list: { mode: 'explode' } as never } }),
    ).rejects.toMatchObject({ status: 400 });
    expect((await getSettings(simulator.sim.url)).latencyMs).toBe(5);
  });
});

describe('release faults of chosen sessions', () => {
  async function assignedIds(count: number): Promise<string[]> {
    const page = await simulator.admin.list({ state: 'WITH_AGENT', limit: 200 });
    const found = page.body.items.filter((s) => s.agent).map((s) => s.id);
    if (found.length < count) throw new Error(`fewer than ${count} assigned sessions`);
    return found.slice(0, count);
  }
  const released = async (id: string) =>
    (await simulator.admin.audit(id)).body.items.filter((e) => e.action === 'RELEASED').length;

  it('fails the chosen sessions’ releases the given number of times, then lets the same key through', async () => {
    const [x, y, other] = await assignedIds(3);
    if (!x || !y || !other) throw new Error('need three sessions');
    await setReleaseFault(simulator.sim.url, x, { mode: 'status', status: 500, times: 1 });
    await setReleaseFault(simulator.sim.url, y, { mode: 'status', status: 503, times: 2 });
    const [keyX, keyY] = [freshKey(), freshKey()];

    expect(await simulator.admin.release(other, { notes: 'off shift' })).toMatchObject({ status: 200 });
    expect(await simulator.admin.release(x, { notes: 'off shift' }, keyX)).toMatchObject({
      status: 500,
      body: { code: 'SIMULATED_FAULT' },
    });
    expect((await simulator.admin.release(y, { notes: 'off shift' }, keyY)).status).toBe(503);
    expect((await simulator.admin.release(y, { notes: 'off shift' }, keyY)).status).toBe(503);
    expect(await released(x)).toBe(0);
    expect(await released(y)).toBe(0);

    expect((await simulator.admin.release(x, { notes: 'off shift' }, keyX)).status).toBe(200);
    expect((await simulator.admin.release(y, { notes: 'off shift' }, keyY)).status).toBe(200);
    expect([await released(x), await released(y), await released(other)]).toEqual([1, 1, 1]);
    expect((await getSettings(simulator.sim.url)).releaseFaults).toEqual({});
    expect((await getStats(simulator.sim.url)).faultsApplied).toBe(3);
  });

  it('wins over the route’s fault, leaves other routes of the session alone, and is cleared by clearFaults', async () => {
    const [x, other] = await assignedIds(2);
    if (!x || !other) throw new Error('need two sessions');
    await setFault(simulator.sim.url, 'release', { mode: 'status', status: 502 });
    await setReleaseFault(simulator.sim.url, x, { mode: 'status', status: 500 });
    expect((await simulator.admin.release(x)).status).toBe(500);
    expect((await simulator.admin.release(other)).status).toBe(502);
    expect((await simulator.admin.audit(x)).status).toBe(200);
    expect((await simulator.admin.get(`sessions/${x}`)).status).toBe(200);
    await setReleaseFault(simulator.sim.url, x, null);
    expect((await simulator.admin.release(x)).status).toBe(502);
    await setReleaseFault(simulator.sim.url, x, { mode: 'drop' });
    await clearFaults(simulator.sim.url);
    expect(await getSettings(simulator.sim.url)).toMatchObject({ faults: {}, releaseFaults: {} });
    expect((await simulator.admin.release(x)).status).toBe(200);
  });

  it('takes any session id as a plain key and refuses malformed entries', async () => {
    await setReleaseFault(simulator.sim.url, '__proto__', { mode: 'status', status: 500, times: 1 });
    await setReleaseFault(simulator.sim.url, 'constructor', { mode: 'hang' });
    expect(Object.keys((await getSettings(simulator.sim.url)).releaseFaults).sort()).toEqual([
      '__proto__',
      'constructor',
    ]);
    expect((await simulator.admin.release('__proto__')).status).toBe(500);
    expect((await simulator.admin.release('__proto__')).status).toBe(404);
    for (const patch of [
      { releaseFaults: { x: { mode: 'explode' } } },
      { releaseFaults: { '': { mode: 'drop' } } },
      { releaseFaults: { ['x'.repeat(201)]: { mode: 'drop' } } },
      { releaseFaults: [] },
    ]) {
      await expect(setSettings(simulator.sim.url, patch as never)).rejects.toMatchObject({ status: 400 });
    }
    await reset(simulator.sim.url);
    expect((await getSettings(simulator.sim.url)).releaseFaults).toEqual({});
  });
});

describe('stats', () => {
  it('counts requests per route and the most list requests in flight at once', async () => {
    await resetStats(simulator.sim.url);
    expect((await simulator.admin.list()).status).toBe(200);
    await until('the first list request is counted out', async () => (await inFlightLists()) === 0);
    // Three requests held at the simulator together, however long the machine takes to send them.
    await setFault(simulator.sim.url, 'list', { mode: 'hold', times: 3 });
    const held = [simulator.admin.list(), simulator.admin.list(), simulator.admin.list()];
    await until('three list requests are in flight', async () => (await inFlightLists()) === 3);
    const stats = await getStats(simulator.sim.url);
    expect(stats.requests.list).toBe(4);
    expect(stats.requests.release).toBe(0);
    expect(stats.maxInFlight.list).toBe(3);
    expect(await releaseHeld(simulator.sim.url)).toEqual({ released: 3 });
    expect((await Promise.all(held)).map((reply) => reply.status)).toEqual([200, 200, 200]);
    await until('the answered requests are counted out', async () => (await inFlightLists()) === 0);
  });
});

describe('CORS', () => {
  it('answers preflights and marks answers for the calling origin', async () => {
    const origin = 'http://localhost:4200';
    const preflight = await fetch(new URL('sessions/x/release', simulator.sim.apiUrl), {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'content-type,idempotency-key,x-tenant-id,x-user-id',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/POST/);
    const allowed = (preflight.headers.get('access-control-allow-headers') ?? '').toLowerCase();
    for (const name of CORS_ALLOWED_HEADERS.toLowerCase().split(', ')) expect(allowed).toContain(name);
    expect(allowed).toContain('idempotency-key');
    const get = await fetch(listUrl(), { headers: { ...headers, Origin: origin } });
    expect(get.headers.get('access-control-allow-origin')).toBe(origin);
    expect((await getStats(simulator.sim.url)).preflights).toBe(1);
  });
});
