// The list under a failing API, on fake timers: every kind of failure keeps the last rows, retries on
// the BACKOFF_MS schedule (never faster), and the first success ends the backoff by itself.
import { aSession, FakeDispatcherClient, type Scripted } from '../../test/fake-dispatcher-client';
import { DispatcherSessionsClient } from '../dispatcher/api';
import { AUTO_REFRESH_MS, BACKOFF_MS, SessionListLoader } from './list-loader';

const flush = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};

/** Moves the clock in small steps, letting each answer settle, as a real clock would. */
async function advance(ms: number, step = 250) {
  for (let passed = 0; passed < ms; passed += step) {
    jest.advanceTimersByTime(Math.min(step, ms - passed));
    await flush();
  }
}

function setup() {
  const fake = new FakeDispatcherClient([aSession(), aSession(), aSession()]);
  const callTimes: number[] = [];
  const get = fake.get;
  fake.get = (url, config) => {
    callTimes.push(Date.now());
    return get(url, config);
  };
  const loader = new SessionListLoader(new DispatcherSessionsClient(fake.client));
  return { fake, loader, callTimes };
}

/** Delays between the list requests that a run of `n` failures in a row must produce. */
const schedule = (n: number) =>
  Array.from({ length: n }, (_, i) => BACKOFF_MS[Math.min(i, BACKOFF_MS.length - 1)] as number);

const gaps = (times: number[]) => times.slice(1).map((time, i) => time - (times[i] as number));

const FAILURES: Array<[string, () => Scripted]> = [
  ['HTTP 500', () => ({ status: 500 })],
  ['HTTP 503', () => ({ status: 503, data: { code: 'SIMULATED_FAULT' } })],
  ['a timeout', () => ({ error: 'timeout' })],
  ['a dropped connection', () => ({ error: 'network' })],
  ['a body that is not JSON', () => ({ body: '<!doctype html><title>Sign in</title>' })],
];

describe('the list under a failing API', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2026-03-01T09:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it.each(FAILURES)(
    'on %s backs off on the BACKOFF_MS schedule and recovers by itself',
    async (_label, fail) => {
      const { fake, loader, callTimes } = setup();
      loader.setQuery({});
      await flush();
      expect(loader.getSnapshot().page?.rows).toHaveLength(3);

      // Ten minutes of a broken API, starting with the next auto-refresh.
      const failures = 12;
      fake.script.list.push(...Array.from({ length: failures }, fail));
      await advance(AUTO_REFRESH_MS);
      expect(callTimes).toHaveLength(2);
      const total = schedule(failures).reduce((sum, ms) => sum + ms, 0);
      await advance(total - 1);
      const snapshot = loader.getSnapshot();
      expect(snapshot.error).not.toBeNull();
      // The last good rows stay, to be shown as possibly out of date.
      expect(snapshot.page?.rows).toHaveLength(3);
      expect(snapshot.nextLoadAtMs).not.toBeNull();
      // Exactly the schedule: 2 s, 5 s, 10 s, 20 s, 40 s, then every 60 s; never faster.
      expect(gaps(callTimes.slice(1))).toEqual(schedule(failures - 1));
      expect(callTimes).toHaveLength(failures + 1);
      expect(fake.maxInFlight).toBe(1);

      // The API is back: the next scheduled retry succeeds and ends the backoff.
      await advance(1);
      expect(callTimes).toHaveLength(failures + 2);
      expect(loader.getSnapshot()).toMatchObject({ error: null, loading: false });
      expect(loader.getSnapshot().page?.rows).toHaveLength(3);
      expect(loader.getSnapshot().nextLoadAtMs).toBe(Date.now() + AUTO_REFRESH_MS);

      // A later failure starts the schedule from the beginning again.
      fake.script.list.push(fail());
      await advance(AUTO_REFRESH_MS);
      expect(loader.getSnapshot().error).not.toBeNull();
      await advance(BACKOFF_MS[0]);
      expect(gaps(callTimes).slice(-2)).toEqual([AUTO_REFRESH_MS, BACKOFF_MS[0]]);
      expect(loader.getSnapshot().error).toBeNull();
      loader.stop();
    },
  );

  it('makes no more requests than the schedule allows in ten minutes of failures', async () => {
    const { fake, loader, callTimes } = setup();
    fake.script.list.push(...Array.from({ length: 100 }, (): Scripted => ({ status: 503 })));
    loader.setQuery({});
    await flush();
    await advance(10 * 60_000, 1_000);
    // 1 + retries at 2, 7, 17, 37, 77, 137, 197, …, 557 s: 14 in all; a fixed 2 s retry would be 300.
    let at = 0;
    let expected = 1;
    for (const delay of schedule(100)) {
      at += delay;
      if (at > 10 * 60_000) break;
      expected += 1;
    }
    expect(callTimes).toHaveLength(expected);
    expect(expected).toBeLessThan(20);
    loader.stop();
  });

  it('a manual Retry during the backoff sends one request and keeps backing off', async () => {
    const { fake, loader, callTimes } = setup();
    fake.script.list.push({ status: 500 }, { status: 500 }, { status: 500 });
    loader.setQuery({});
    await flush();
    expect(callTimes).toHaveLength(1);
    loader.refresh();
    loader.refresh();
    await flush();
    // The second click replaced the first request: one in flight at any time, and the replaced one
    // counts for nothing. Two failures in a row now: the next automatic try waits the second step.
    expect(fake.maxInFlight).toBe(1);
    expect(callTimes).toHaveLength(3);
    expect(fake.allListCalls()[1]?.signal?.aborted).toBe(true);
    await advance(BACKOFF_MS[1] - 1);
    expect(callTimes).toHaveLength(3);
    await advance(1);
    expect(callTimes).toHaveLength(4);
    expect(loader.getSnapshot().error).toBeNull();
    loader.stop();
  });

  it('with auto-refresh paused, a failure is not retried until asked', async () => {
    const { fake, loader, callTimes } = setup();
    loader.setQuery({});
    await flush();
    loader.setAutoRefresh(false);
    fake.script.list.push({ status: 503 });
    loader.refresh();
    await flush();
    expect(loader.getSnapshot()).toMatchObject({ error: { status: 503 }, nextLoadAtMs: null });
    await advance(5 * 60_000, 5_000);
    expect(callTimes).toHaveLength(2);
    loader.refresh();
    await flush();
    expect(loader.getSnapshot().error).toBeNull();
    loader.stop();
  });
});
