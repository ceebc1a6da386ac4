// `GET events`: one `sessions-changed` event per change of the caller's tenant, a heartbeat comment
// while idle, identity in headers or the query, and a clean end when the server closes.
import type { Session } from '../../src/contract/dispatcher-api';
import { assignSession, openSession, removeSession, reset, setSessionState } from './control';
import { type EventReader, openEvents, type StreamBlock } from './event-reader';
import { startSimulator } from './server';
import { caller, clockedSimulatorPerFile } from './testing';

const START = Date.parse('2030-01-15T12:00:00.000Z');
const simulator = clockedSimulatorPerFile(START);
const readers: EventReader[] = [];
afterEach(() => {
  for (const reader of readers.splice(0)) reader.close();
});

/** An open stream, past its first comment: from then on no change of the tenant is missed. */
async function connect(
  query = 'tenant=acme&user=admin',
  headers: Record<string, string> = {},
): Promise<EventReader> {
  const reader = await openEvents(new URL(`events?${query}`, simulator.sim.apiUrl), headers);
  readers.push(reader);
  expect(reader.status).toBe(200);
  expect(await reader.next()).toEqual({ comments: ['connected'] });
  return reader;
}

function dataOf(block: StreamBlock | null): { type: string; version: number; ids?: string[] } {
  expect(block?.event).toBe('sessions-changed');
  return JSON.parse(block?.data ?? 'null');
}

describe('GET events', () => {
  it('sends one event per change, naming the session, with the version counting up', async () => {
    const reader = await connect();
    expect(reader.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(reader.headers['cache-control']).toBe('no-store');
    const all = await simulator.admin.listAll({ limit: 200 });
    const withAgent = all.filter((s) => s.state === 'WITH_AGENT' && s.agent);
    const active = all.filter((s) => s.state === 'ACTIVE');
    const url = simulator.sim.url;
    const changes: Array<() => Promise<string>> = [
      async () => (await simulator.admin.release((withAgent[0] as Session).id)).body.id,
      async () =>
        (await setSessionState(url, 'acme', (active[0] as Session).id, 'WITH_AGENT', 'acme-agt-1')).id,
      async () => (await assignSession(url, 'acme', (withAgent[1] as Session).id, 'agent')).id,
      async () => (await setSessionState(url, 'acme', (withAgent[2] as Session).id, 'EXPIRED')).id,
      async () => (await openSession(url, 'acme')).id,
      async () => (await removeSession(url, 'acme', (active[1] as Session).id)).removed,
    ];
    const versions: number[] = [];
    for (const change of changes) {
      const id = await change();
      const data = dataOf(await reader.next());
      expect(data).toEqual({ type: 'sessions-changed', version: expect.any(Number), ids: [id] });
      versions.push(data.version);
    }
    // One version further for each change.
    expect(versions).toEqual(versions.map((_, i) => (versions[0] as number) + i));
  });

  it("sends only the caller's tenant's changes, and a reset as a change of everything", async () => {
    const reader = await connect('tenant=acme&user=agent');
    const globex = await caller(simulator.sim.apiUrl, 'globex').listAll({ state: 'OPEN' });
    await setSessionState(simulator.sim.url, 'globex', (globex[0] as Session).id, 'RESOLVED');
    await openSession(simulator.sim.url, 'globex');
    const opened = await openSession(simulator.sim.url, 'acme');
    expect(dataOf(await reader.next()).ids).toEqual([opened.id]);
    await reset(simulator.sim.url);
    const everything = dataOf(await reader.next());
    expect(everything).toEqual({ type: 'sessions-changed', version: expect.any(Number) });
  });

  it('takes the identity from the headers too, and refuses an unknown user or tenant', async () => {
    const reader = await connect('', { 'X-Tenant-Id': 'acme', 'X-User-Id': 'admin' });
    const opened = await openSession(simulator.sim.url, 'acme');
    expect(dataOf(await reader.next()).ids).toEqual([opened.id]);
    for (const [query, status] of [
      ['tenant=acme', 401],
      ['tenant=acme&user=nobody', 401],
      ['tenant=initech&user=admin', 403],
    ] as const) {
      const refused = await fetch(new URL(`events?${query}`, simulator.sim.apiUrl));
      expect(refused.status).toBe(status);
      await refused.arrayBuffer();
    }
    // The query identifies on this route alone.
    expect((await fetch(new URL('sessions?tenant=acme&user=admin', simulator.sim.apiUrl))).status).toBe(401);
  });

  it('sends a comment every 30 s while nothing changes', async () => {
    jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    try {
      const reader = await connect();
      await jest.advanceTimersByTimeAsync(30_000);
      expect(await reader.next()).toEqual({ comments: ['heartbeat'] });
      await jest.advanceTimersByTimeAsync(30_000);
      expect(await reader.next()).toEqual({ comments: ['heartbeat'] });
    } finally {
      jest.useRealTimers();
    }
  });

  it('ends the stream cleanly when the server closes', async () => {
    const own = await startSimulator({ port: 0, sessionsPerTenant: 20 });
    const reader = await openEvents(new URL('events?tenant=globex&user=admin', own.apiUrl));
    expect(await reader.next()).toEqual({ comments: ['connected'] });
    await own.close();
    expect(await reader.finished).toBe('end');
    expect(await reader.next()).toBeNull();
  });
});
