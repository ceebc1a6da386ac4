import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { DispatcherSessionsClient } from './api';
import type { Session } from '../contract/dispatcher-api';
import { AUTO_REFRESH_MS, BACKOFF_MS, SessionListLoader } from './list-loader';
import { checkSessionPage } from './model';

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
    loader.stop();
  });

  it('never has two list requests in flight, even with a slow API and a refresh click', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ hang: true }, { hang: true });
    loader.setQuery({});
    loader.refresh();
    await flush();
    expect(fake.maxInFlight).toBe(1);
    expect(fake.listCalls()[0]?.signal?.aborted).toBe(true);
    loader.stop();
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
    loader.stop();
  });

  it('pauses automatic loads, and refreshes the page the user is on', async () => {
    const { fake, loader } = setup(5);
    loader.setQuery({ limit: 2 });
    await flush();
    expect(loader.hasPage(1)).toBe(true);
    loader.setQuery({ limit: 2 }, 1);
    await flush();
    expect(loader.getSnapshot().pageIndex).toBe(1);
    loader.setAutoRefresh(false);
    jest.advanceTimersByTime(AUTO_REFRESH_MS * 3);
    expect(fake.listCalls()).toHaveLength(2);
    loader.refresh();
    await flush();
    expect(fake.listCalls()[2]?.params.cursor).toBe('2');
    expect(loader.getSnapshot().pageIndex).toBe(1);
    loader.setQuery({ limit: 2 }, 0);
    await flush();
    expect(fake.listCalls()[3]?.params.cursor).toBeUndefined();
    loader.stop();
  });

  it('goes back and forth between pages it has seen with one request each, and nothing for the same page', async () => {
    const { fake, loader } = setup(5);
    loader.setQuery({ limit: 2 });
    await flush();
    loader.setQuery({ limit: 2 }, 1);
    await flush();
    loader.setQuery({ limit: 2 }, 2);
    await flush();
    expect(loader.getSnapshot().page?.rows).toHaveLength(1);
    expect(loader.hasPage(3)).toBe(false);
    loader.setQuery({ limit: 2 }, 1);
    loader.setQuery({ limit: 2 }, 1);
    await flush();
    expect(fake.listCalls().map((call) => call.params.cursor)).toEqual([undefined, '2', '4', '2']);
    loader.stop();
  });

  it('shows the first page for a page whose cursor it never had (a reloaded link to page 3)', async () => {
    const { fake, loader } = setup(5);
    loader.setQuery({ limit: 2 }, 2);
    await flush();
    expect(loader.getSnapshot().pageIndex).toBe(0);
    expect(fake.listCalls()).toHaveLength(1);
    expect(fake.listCalls()[0]?.params.cursor).toBeUndefined();
    loader.stop();
  });

  it('keeps the row objects of rows a refresh did not change, so nothing renders again for them', async () => {
    const { fake, loader } = setup(3);
    loader.setQuery({});
    await flush();
    const before = loader.getSnapshot().page?.rows ?? [];
    const changed = fake.sessions[1];
    if (changed) changed.agent = null;
    loader.refresh();
    await flush();
    const after = loader.getSnapshot().page?.rows ?? [];
    expect(after).toHaveLength(3);
    const same = after.map((row, i) => row === before[i]);
    expect(same.filter(Boolean)).toHaveLength(2);
    expect(after.find((row) => row.id === changed?.id)?.agent).toBeNull();
    loader.stop();
  });

  it.each<[string, (session: Session) => void]>([
    ['channel', (session) => Object.assign(session, { channel: 'EMAIL' })],
    ['state', (session) => Object.assign(session, { state: 'PROCESSING' })],
    ['start', (session) => Object.assign(session, { startedAt: '2026-01-02T03:04:05.000Z' })],
    ['phone', (session) => Object.assign(session.contact, { phone: '+44 7700 900999' })],
    ['email', (session) => Object.assign(session.contact, { email: 'new@example.com' })],
    ['Business Partner, now none', (session) => Object.assign(session.contact, { businessPartner: null })],
    [
      'Business Partner',
      (session) => Object.assign(session.contact, { businessPartner: { id: 'bp-2', name: 'Acme' } }),
    ],
    [
      'Business Partner’s name',
      (session) => Object.assign(session.contact, { businessPartner: { id: 'bp', name: 'Globex' } }),
    ],
    ['agent', (session) => Object.assign(session, { agent: { id: 'a-2', name: 'Kim' } })],
    ['agent’s name', (session) => Object.assign(session, { agent: { id: 'a-1', name: 'Sam Renamed' } })],
    ['agent, now none', (session) => Object.assign(session, { agent: null })],
  ])('shows a refresh’s new %s, never the row it had before', async (_field, change) => {
    const { fake, loader } = setup(2);
    const [session] = fake.sessions;
    if (!session) throw new Error('no session');
    session.contact.businessPartner = { id: 'bp', name: 'Acme' };
    loader.setQuery({});
    await flush();
    change(session);
    loader.refresh();
    await flush();
    const fresh = checkSessionPage({ items: [session] }, 0).rows[0];
    expect(loader.getSnapshot().page?.rows.find((row) => row.id === session.id)).toEqual(fresh);
    loader.stop();
  });

  it('starts over on a new query and ignores the answer of the old one', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ hang: true });
    loader.setQuery({ q: 'old' });
    loader.setQuery({ q: 'new' });
    await flush();
    expect(fake.listCalls()[0]?.signal?.aborted).toBe(true);
    expect(fake.listCalls()[1]?.params.q).toBe('new');
    loader.stop();
  });

  it('leaves no retry timer behind when stopped while backing off', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ status: 503 });
    loader.setQuery({});
    await flush();
    expect(loader.getSnapshot().error).not.toBeNull();
    expect(jest.getTimerCount()).toBe(1);
    loader.stop();
    expect(jest.getTimerCount()).toBe(0);
    jest.advanceTimersByTime(BACKOFF_MS[0]);
    await flush();
    expect(fake.listCalls()).toHaveLength(1);
  });

  it('leaves no auto-refresh timer behind when stopped after a load', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    expect(loader.getSnapshot().nextLoadAtMs).not.toBeNull();
    expect(jest.getTimerCount()).toBe(1);
    loader.stop();
    expect(jest.getTimerCount()).toBe(0);
    expect(fake.listCalls()).toHaveLength(1);
  });

  it('leaves no timer and no request behind when stopped', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    fake.script.list.push({ hang: true });
    loader.refresh();
    loader.stop();
    expect(fake.listCalls()[1]?.signal?.aborted).toBe(true);
    expect(jest.getTimerCount()).toBe(0);
  });

  it('ends a load the host’s client cancelled with an error, retries it, and lets Refresh through', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ error: 'canceled' });
    loader.setQuery({});
    await flush();
    expect(loader.getSnapshot()).toMatchObject({ loading: false, page: null, error: { kind: 'aborted' } });
    jest.advanceTimersByTime(BACKOFF_MS[0]);
    await flush();
    expect(fake.listCalls()).toHaveLength(2);
    expect(loader.getSnapshot()).toMatchObject({ loading: false, error: null });
    expect(loader.getSnapshot().page?.rows).toHaveLength(3);
    fake.script.list.push({ error: 'canceled' });
    loader.refresh();
    await flush();
    expect(loader.getSnapshot().error?.kind).toBe('aborted');
    loader.refresh();
    await flush();
    expect(fake.listCalls()).toHaveLength(4);
    expect(loader.getSnapshot().error).toBeNull();
    loader.stop();
  });

  it('starts again after a stop: the interrupted load is sent once more, as when React replays effects', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ hang: true });
    loader.setQuery({});
    loader.stop();
    expect(loader.getSnapshot().loading).toBe(false);
    loader.start();
    await flush();
    expect(fake.listCalls()).toHaveLength(2);
    expect(fake.listCalls()[0]?.signal?.aborted).toBe(true);
    expect(loader.getSnapshot().page?.rows).toHaveLength(3);
    // Stopped with rows shown and nothing in flight: starting plans the next refresh, sends nothing now.
    loader.stop();
    expect(jest.getTimerCount()).toBe(0);
    loader.start();
    expect(fake.listCalls()).toHaveLength(2);
    jest.advanceTimersByTime(AUTO_REFRESH_MS);
    await flush();
    expect(fake.listCalls()).toHaveLength(3);
    loader.stop();
  });

  it('loads nothing on its own while the tab is hidden, and catches up when shown with old rows', async () => {
    jest.setSystemTime(0);
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    loader.setVisible(false);
    jest.advanceTimersByTime(AUTO_REFRESH_MS * 4);
    expect(fake.listCalls()).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
    loader.setVisible(true);
    await flush();
    expect(fake.listCalls()).toHaveLength(2);
    loader.stop();
  });

  it('shown again with fresh rows, waits out the rest of the interval', async () => {
    jest.setSystemTime(0);
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    loader.setVisible(false);
    jest.advanceTimersByTime(10_000);
    loader.setVisible(true);
    expect(fake.listCalls()).toHaveLength(1);
    jest.advanceTimersByTime(AUTO_REFRESH_MS - 10_000 - 1);
    expect(fake.listCalls()).toHaveLength(1);
    jest.advanceTimersByTime(1);
    await flush();
    expect(fake.listCalls()).toHaveLength(2);
    loader.stop();
  });
});
