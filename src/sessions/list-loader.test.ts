import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { DispatcherSessionsClient } from './api';
import { AUTO_REFRESH_MS, BACKOFF_MS, SessionListLoader } from './list-loader';

const flush = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};

function setup(count = 3) {
  const fake = new FakeDispatcherClient(Array.from({ length: count }, () => aSession()));
  const loader = new SessionListLoader(new DispatcherSessionsClient(fake.client));
  return { fake, loader };
}

describe('SessionListLoader', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('loads the first page of a query, then refreshes it every 30 seconds', async () => {
    const { fake, loader } = setup();
    loader.setQuery({ limit: 50 });
    await flush();
    expect(loader.getSnapshot().page?.rows).toHaveLength(3);
    expect(fake.listCalls()).toHaveLength(1);
    jest.advanceTimersByTime(AUTO_REFRESH_MS - 1);
    expect(fake.listCalls()).toHaveLength(1);
    jest.advanceTimersByTime(1);
    await flush();
    expect(fake.listCalls()).toHaveLength(2);
    loader.dispose();
  });

  it('never has two list requests in flight, even with a slow API and a refresh click', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ hang: true }, { hang: true });
    loader.setQuery({});
    loader.refresh();
    await flush();
    expect(fake.maxInFlight).toBe(1);
    expect(fake.listCalls()[0]?.signal?.aborted).toBe(true);
    loader.dispose();
  });

  it('keeps the last rows on failure, backs off, and recovers by itself', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    fake.script.list.push({ status: 503 }, { status: 500 });
    jest.advanceTimersByTime(AUTO_REFRESH_MS);
    await flush();
    expect(loader.getSnapshot()).toMatchObject({ error: { status: 503 }, page: { rows: expect.any(Array) } });
    expect(loader.getSnapshot().page?.rows).toHaveLength(3);
    jest.advanceTimersByTime(BACKOFF_MS[0] - 1);
    expect(fake.listCalls()).toHaveLength(2);
    jest.advanceTimersByTime(1);
    await flush();
    expect(fake.listCalls()).toHaveLength(3);
    // The second failure waits longer: no hammering.
    jest.advanceTimersByTime(BACKOFF_MS[0]);
    expect(fake.listCalls()).toHaveLength(3);
    jest.advanceTimersByTime(BACKOFF_MS[1] - BACKOFF_MS[0]);
    await flush();
    expect(fake.listCalls()).toHaveLength(4);
    expect(loader.getSnapshot().error).toBeNull();
    loader.dispose();
  });

  it('pauses automatic loads, and refreshes the page the user is on', async () => {
    const { fake, loader } = setup(5);
    loader.setQuery({ limit: 2 });
    await flush();
    loader.next();
    await flush();
    expect(loader.getSnapshot().pageIndex).toBe(1);
    loader.setAutoRefresh(false);
    jest.advanceTimersByTime(AUTO_REFRESH_MS * 3);
    expect(fake.listCalls()).toHaveLength(2);
    loader.refresh();
    await flush();
    expect(fake.listCalls()[2]?.params.cursor).toBe('2');
    expect(loader.getSnapshot().pageIndex).toBe(1);
    loader.previous();
    await flush();
    expect(fake.listCalls()[3]?.params.cursor).toBeUndefined();
    loader.dispose();
  });

  it('starts over on a new query and ignores the answer of the old one', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ hang: true });
    loader.setQuery({ q: 'old' });
    loader.setQuery({ q: 'new' });
    await flush();
    expect(fake.listCalls()[0]?.signal?.aborted).toBe(true);
    expect(fake.listCalls()[1]?.params.q).toBe('new');
    loader.dispose();
  });

  it('leaves no retry timer behind when disposed while backing off', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ status: 503 });
    loader.setQuery({});
    await flush();
    expect(loader.getSnapshot().error).not.toBeNull();
    expect(jest.getTimerCount()).toBe(1);
    loader.dispose();
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(BACKOFF_MS[0]);
    await flush();
    expect(fake.listCalls()).toHaveLength(1);
  });

  it('leaves no auto-refresh timer behind when disposed after a load', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    expect(loader.getSnapshot().nextLoadAtMs).not.toBeNull();
    expect(jest.getTimerCount()).toBe(1);
    loader.dispose();
    expect(jest.getTimerCount()).toBe(0);
    expect(fake.listCalls()).toHaveLength(1);
  });

  it('leaves no timer and no request behind when disposed', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    fake.script.list.push({ hang: true });
    loader.refresh();
    loader.dispose();
    expect(fake.listCalls()[1]?.signal?.aborted).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });
});
