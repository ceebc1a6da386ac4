import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { DispatcherSessionsClient, type ListRead, type SessionsApi } from '../dispatcher/api';
import type { Session } from '../contract/dispatcher-api';
import { AUTO_REFRESH_MS, BACKOFF_MS, SessionListLoader } from './list-loader';
import { type CheckedPage, checkSessionPage } from '../dispatcher/answers';
import type { ListQuery } from './query';

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
    expect(fake.allListCalls()).toHaveLength(1);
    jest.advanceTimersByTime(AUTO_REFRESH_MS - 1);
    expect(fake.allListCalls()).toHaveLength(1);
    jest.advanceTimersByTime(1);
    await flush();
    expect(fake.allListCalls()).toHaveLength(2);
    loader.stop();
  });

  it('never has two list requests in flight, even with a slow API and a refresh click', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ hang: true }, { hang: true });
    loader.setQuery({});
    loader.refresh();
    await flush();
    expect(fake.maxInFlight).toBe(1);
    expect(fake.allListCalls()[0]?.signal?.aborted).toBe(true);
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
    expect(fake.allListCalls()).toHaveLength(2);
    jest.advanceTimersByTime(1);
    await flush();
    expect(fake.allListCalls()).toHaveLength(3);
    // The second failure waits longer: no hammering.
    jest.advanceTimersByTime(BACKOFF_MS[0]);
    expect(fake.allListCalls()).toHaveLength(3);
    jest.advanceTimersByTime(BACKOFF_MS[1] - BACKOFF_MS[0]);
    await flush();
    expect(fake.allListCalls()).toHaveLength(4);
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
    expect(fake.allListCalls()).toHaveLength(2);
    loader.refresh();
    await flush();
    expect(fake.allListCalls()[2]?.params.cursor).toBe('2');
    expect(loader.getSnapshot().pageIndex).toBe(1);
    loader.setQuery({ limit: 2 }, 0);
    await flush();
    expect(fake.allListCalls()[3]?.params.cursor).toBeUndefined();
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
    expect(fake.allListCalls().map((call) => call.params.cursor)).toEqual([undefined, '2', '4', '2']);
    loader.stop();
  });

  it('shows the first page for a page whose cursor it never had (a reloaded link to page 3)', async () => {
    const { fake, loader } = setup(5);
    loader.setQuery({ limit: 2 }, 2);
    await flush();
    expect(loader.getSnapshot().pageIndex).toBe(0);
    expect(fake.allListCalls()).toHaveLength(1);
    expect(fake.allListCalls()[0]?.params.cursor).toBeUndefined();
    loader.stop();
  });

  it('keeps the row objects of rows a refresh did not change, so nothing renders again for them', async () => {
    const { fake, loader } = setup(3);
    loader.setQuery({});
    await flush();
    const before = loader.getSnapshot().page?.rows ?? [];
    const changed = fake.sessions[1];
    if (!changed) throw new Error('three sessions were made');
    changed.agent = null;
    loader.refresh();
    await flush();
    const after = loader.getSnapshot().page?.rows ?? [];
    expect(after).toHaveLength(3);
    const same = after.map((row, i) => row === before[i]);
    expect(same.filter(Boolean)).toHaveLength(2);
    expect(after.find((row) => row.id === changed.id)?.agent).toBeNull();
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
    expect(fake.allListCalls()[0]?.signal?.aborted).toBe(true);
    expect(fake.allListCalls()[1]?.params.q).toBe('new');
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
    expect(fake.allListCalls()).toHaveLength(1);
  });

  it('leaves no auto-refresh timer behind when stopped after a load', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    expect(loader.getSnapshot().nextLoadAtMs).not.toBeNull();
    expect(jest.getTimerCount()).toBe(1);
    loader.stop();
    expect(jest.getTimerCount()).toBe(0);
    expect(fake.allListCalls()).toHaveLength(1);
  });

  it('leaves no timer and no request behind when stopped', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    fake.script.list.push({ hang: true });
    loader.refresh();
    loader.stop();
    expect(fake.allListCalls()[1]?.signal?.aborted).toBe(true);
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
    expect(fake.allListCalls()).toHaveLength(2);
    expect(loader.getSnapshot()).toMatchObject({ loading: false, error: null });
    expect(loader.getSnapshot().page?.rows).toHaveLength(3);
    fake.script.list.push({ error: 'canceled' });
    loader.refresh();
    await flush();
    expect(loader.getSnapshot().error?.kind).toBe('aborted');
    loader.refresh();
    await flush();
    expect(fake.allListCalls()).toHaveLength(4);
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
    expect(fake.allListCalls()).toHaveLength(2);
    expect(fake.allListCalls()[0]?.signal?.aborted).toBe(true);
    expect(loader.getSnapshot().page?.rows).toHaveLength(3);
    // Stopped with rows shown and nothing in flight: starting plans the next refresh, sends nothing now.
    loader.stop();
    expect(jest.getTimerCount()).toBe(0);
    loader.start();
    expect(fake.allListCalls()).toHaveLength(2);
    jest.advanceTimersByTime(AUTO_REFRESH_MS);
    await flush();
    expect(fake.allListCalls()).toHaveLength(3);
    loader.stop();
  });

  it('loads nothing on its own while the tab is hidden, and catches up when shown with old rows', async () => {
    jest.setSystemTime(0);
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    loader.setVisible(false);
    jest.advanceTimersByTime(AUTO_REFRESH_MS * 4);
    expect(fake.allListCalls()).toHaveLength(1);
    expect(jest.getTimerCount()).toBe(0);
    loader.setVisible(true);
    await flush();
    expect(fake.allListCalls()).toHaveLength(2);
    loader.stop();
  });

  it('shown again with fresh rows, waits out the rest of the interval', async () => {
    jest.setSystemTime(1_000_000);
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    loader.setVisible(false);
    jest.advanceTimersByTime(2_000);
    loader.setVisible(true);
    expect(fake.allListCalls()).toHaveLength(1);
    jest.advanceTimersByTime(AUTO_REFRESH_MS - 2_000 - 1);
    expect(fake.allListCalls()).toHaveLength(1);
    jest.advanceTimersByTime(1);
    await flush();
    expect(fake.allListCalls()).toHaveLength(2);
    loader.stop();
  });
});

/** An API whose answers the test gives by hand, late ones included: it ignores the abort signal. */
class HandAnsweredApi implements SessionsApi {
  readonly pending: Array<{ resolve: (page: CheckedPage) => void; reject: (error: unknown) => void }> = [];
  list(): Promise<CheckedPage> {
    return new Promise((resolve, reject) => this.pending.push({ resolve, reject }));
  }
  listIfChanged(): Promise<ListRead> {
    return this.list().then((page) => ({ kind: 'page', page, etag: null }));
  }
  release(): Promise<null> {
    throw new Error('not used');
  }
}

/** How long until the loader's next automatic load. */
const plannedIn = (loader: SessionListLoader) =>
  (loader.getSnapshot().nextLoadAtMs ?? Number.NaN) - Date.now();

const pageOf = (phone: string) =>
  checkSessionPage({ items: [aSession({ contact: { phone, businessPartner: null } })] }, Date.now());

describe('SessionListLoader at its edges', () => {
  beforeEach(() => jest.useFakeTimers({ now: 1_000_000 }));
  afterEach(() => jest.useRealTimers());

  it('is idle before its first query: not loading, nothing planned, only a first page to show', () => {
    const { fake, loader } = setup();
    expect(loader.getSnapshot()).toMatchObject({ loading: false, nextLoadAtMs: null, page: null });
    expect(loader.hasPage(0)).toBe(true);
    expect(loader.hasPage(1)).toBe(false);
    loader.setAutoRefresh(true);
    jest.advanceTimersByTime(AUTO_REFRESH_MS);
    expect(fake.calls).toHaveLength(0);
  });

  it('always has a first page, and tells a listener that left nothing more', async () => {
    const { loader } = setup(5);
    const stays = jest.fn();
    const leaves = jest.fn();
    loader.subscribe(stays);
    const unsubscribe = loader.subscribe(leaves);
    loader.setQuery({ limit: 2 });
    await flush();
    const heard = leaves.mock.calls.length;
    unsubscribe();
    loader.refresh();
    await flush();
    expect(leaves).toHaveBeenCalledTimes(heard);
    expect(stays.mock.calls.length).toBeGreaterThan(heard);
    expect(loader.hasPage(0)).toBe(true);
    loader.stop();
  });

  it('ignores an answer that comes after its load was replaced, and a failure that comes after', async () => {
    const api = new HandAnsweredApi();
    const loader = new SessionListLoader(api);
    loader.setQuery({});
    loader.refresh();
    expect(api.pending).toHaveLength(2);
    api.pending[0]?.resolve(pageOf('+44 1 old'));
    await flush();
    expect(loader.getSnapshot()).toMatchObject({ loading: true, page: null, error: null });
    api.pending[0]?.reject(new Error('late failure'));
    await flush();
    expect(loader.getSnapshot()).toMatchObject({ loading: true, error: null });
    api.pending[1]?.resolve(pageOf('+44 2 new'));
    await flush();
    expect(loader.getSnapshot().page?.rows.map((row) => row.phone)).toEqual(['+44 2 new']);
    expect(loader.getSnapshot().loading).toBe(false);
    loader.stop();
  });

  it('a later answer of a replaced load does not end the load that replaced it with a failure', async () => {
    const api = new HandAnsweredApi();
    const loader = new SessionListLoader(api);
    loader.setQuery({});
    loader.refresh();
    api.pending[0]?.reject(Object.assign(new Error('canceled'), { code: 'ERR_CANCELED' }));
    await flush();
    expect(loader.getSnapshot()).toMatchObject({ loading: true, error: null });
    loader.stop();
  });

  it('keeps backing off across a page change; only a new query starts the backoff over', async () => {
    const { fake, loader } = setup(5);
    loader.setQuery({ limit: 2 });
    await flush();
    fake.script.list.push({ status: 503 }, { status: 503 }, { status: 503 });
    loader.setQuery({ limit: 2 }, 1);
    await flush();
    expect(plannedIn(loader)).toBe(BACKOFF_MS[0]);
    loader.setQuery({ limit: 2 }, 0);
    await flush();
    expect(plannedIn(loader)).toBe(BACKOFF_MS[1]);
    loader.setQuery({ limit: 2, q: 'acme' });
    await flush();
    expect(plannedIn(loader)).toBe(BACKOFF_MS[0]);
    loader.stop();
  });

  it('stays on the first page for a page one past those it knows, and asks nothing', async () => {
    const { fake, loader } = setup(5);
    loader.setQuery({ limit: 2 });
    await flush();
    expect(loader.hasPage(1)).toBe(true);
    loader.setQuery({ limit: 2 }, 2);
    await flush();
    expect(loader.getSnapshot().pageIndex).toBe(0);
    expect(fake.allListCalls()).toHaveLength(1);
    loader.stop();
  });

  it('a reload of an earlier page forgets the cursors of the pages after it, which may have moved', async () => {
    const { fake, loader } = setup(5);
    loader.setQuery({ limit: 2 });
    await flush();
    loader.setQuery({ limit: 2 }, 1);
    await flush();
    expect(loader.hasPage(2)).toBe(true);
    loader.setQuery({ limit: 2 }, 0);
    await flush();
    expect(fake.allListCalls()).toHaveLength(3);
    expect(loader.hasPage(1)).toBe(true);
    expect(loader.hasPage(2)).toBe(false);
    loader.stop();
  });

  it('puts a release’s answer in place of its row, and only that row', async () => {
    const { fake, loader } = setup(3);
    loader.setQuery({});
    await flush();
    const before = loader.getSnapshot().page?.rows ?? [];
    const [first, ...rest] = before;
    if (!first) throw new Error('no rows');
    loader.patchRow({ ...first, agent: null });
    const after = loader.getSnapshot().page?.rows ?? [];
    expect(after.find((row) => row.id === first.id)?.agent).toBeNull();
    expect(after.filter((row) => row.id !== first.id)).toEqual(rest);
    expect(fake.allListCalls()).toHaveLength(1);
    loader.stop();
  });

  it('auto-refresh turned on during a slow load waits for that load, and never cuts it short', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    loader.setAutoRefresh(false);
    fake.script.list.push({ hang: true });
    loader.refresh();
    loader.setAutoRefresh(true);
    jest.advanceTimersByTime(AUTO_REFRESH_MS * 2);
    expect(fake.allListCalls()).toHaveLength(2);
    expect(fake.allListCalls()[1]?.signal?.aborted).toBe(false);
    loader.stop();
  });

  it('told again that the tab is visible while backing off, does not retry before its time', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ status: 503 });
    loader.setQuery({});
    await flush();
    loader.setVisible(true);
    loader.setVisible(true);
    expect(fake.allListCalls()).toHaveLength(1);
    jest.advanceTimersByTime(BACKOFF_MS[0]);
    expect(fake.allListCalls()).toHaveLength(2);
    loader.stop();
  });

  it('takes an ended row off the page, and only that row', async () => {
    const { fake, loader } = setup(3);
    loader.setQuery({});
    await flush();
    const [gone, ...rest] = fake.sessions;
    loader.dropRow(gone?.id ?? '');
    expect(
      loader
        .getSnapshot()
        .page?.rows.map((row) => row.id)
        .sort(),
    ).toEqual(rest.map((s) => s.id).sort());
    loader.stop();
  });

  it('plans nothing with auto-refresh off, and says so', async () => {
    const { loader } = setup();
    loader.setQuery({});
    await flush();
    expect(loader.getSnapshot().nextLoadAtMs).toBe(Date.now() + AUTO_REFRESH_MS);
    loader.setAutoRefresh(false);
    expect(loader.getSnapshot().nextLoadAtMs).toBeNull();
    expect(jest.getTimerCount()).toBe(0);
    loader.stop();
  });

  it('hidden after a failure, retries nothing until shown, then retries at once', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ status: 503 });
    loader.setQuery({});
    await flush();
    expect(loader.getSnapshot().nextLoadAtMs).not.toBeNull();
    loader.setVisible(false);
    expect(loader.getSnapshot().nextLoadAtMs).toBeNull();
    jest.advanceTimersByTime(120_000);
    expect(fake.allListCalls()).toHaveLength(1);
    loader.setVisible(true);
    expect(fake.allListCalls()).toHaveLength(2);
    loader.stop();
  });

  it('shown again while a load is under way, sends no second one', async () => {
    const { fake, loader } = setup();
    fake.script.list.push({ hang: true });
    loader.setQuery({});
    loader.setVisible(false);
    loader.setVisible(true);
    await flush();
    expect(fake.allListCalls()).toHaveLength(1);
    expect(fake.allListCalls()[0]?.signal?.aborted).toBe(false);
    loader.stop();
  });

  it('shown again exactly when the rows reach the refresh interval, loads them at once', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    loader.setVisible(false);
    jest.advanceTimersByTime(AUTO_REFRESH_MS);
    loader.setVisible(true);
    expect(fake.allListCalls()).toHaveLength(2);
    loader.stop();
  });

  it('started again with rows shown and a refresh cut short, sends the refresh at once', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    fake.script.list.push({ hang: true });
    loader.refresh();
    loader.stop();
    loader.start();
    expect(fake.allListCalls()).toHaveLength(3);
    loader.stop();
  });

  it('given its query while stopped, loads it as soon as it is started', () => {
    const { fake, loader } = setup();
    loader.stop();
    loader.setQuery({});
    expect(fake.allListCalls()).toHaveLength(0);
    loader.start();
    expect(fake.allListCalls()).toHaveLength(1);
    loader.stop();
  });

  it('counts “older than” on the dispatcher’s clock, learned from its last answer', async () => {
    const { fake, loader } = setup();
    fake.serverTimeOffsetMs = 90_000;
    const query: ListQuery = { stuckOlderThanMs: 600_000, startedOlderThanMs: 600_000 };
    loader.setQuery(query);
    await flush();
    loader.refresh();
    const serverBefore = new Date(Date.now() + 90_000 - 600_000).toISOString();
    expect(fake.allListCalls()[1]?.params).toMatchObject({
      stuckBefore: serverBefore,
      startedBefore: serverBefore,
    });
    loader.stop();
  });

  it('keeps the page cursors of the last 30 queries for Back, and forgets the one before them', async () => {
    const { fake, loader } = setup(5);
    const first: ListQuery = { limit: 2 };
    loader.setQuery(first);
    await flush();
    loader.setQuery(first, 1);
    await flush();
    for (let i = 1; i < 30; i += 1) {
      loader.setQuery({ limit: 2, startedOlderThanMs: i });
      await flush();
    }
    loader.setQuery(first, 1);
    expect(fake.allListCalls().at(-1)?.params.cursor).toBe('2');
    await flush();
    for (let i = 1; i <= 30; i += 1) {
      loader.setQuery({ limit: 2, startedOlderThanMs: 100 + i });
      await flush();
    }
    loader.setQuery(first, 1);
    expect(loader.getSnapshot().pageIndex).toBe(0);
    expect(fake.allListCalls().at(-1)?.params.cursor).toBeUndefined();
    loader.stop();
  });
});
