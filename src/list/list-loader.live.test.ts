import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import type { Session, SessionsChangedEvent } from '../contract/dispatcher-api';
import { DispatcherSessionsClient } from '../dispatcher/api';
import { AUTO_REFRESH_MS, FEED_FALLBACK_MS, SessionListLoader } from './list-loader';

const flush = async () => {
  for (let i = 0; i < 30; i += 1) await Promise.resolve();
};

function setup(sessions: Session[] = [aSession(), aSession(), aSession()]) {
  const fake = new FakeDispatcherClient(sessions);
  const loader = new SessionListLoader(new DispatcherSessionsClient(fake.client));
  return { fake, loader };
}

const ids = (loader: SessionListLoader) => loader.getSnapshot().page?.rows.map((row) => row.id);

/** A feed a test tells changes through, as a host's event stream would. */
function feed() {
  const listeners = new Set<(event: SessionsChangedEvent) => void>();
  return {
    subscribe: (listener: (event: SessionsChangedEvent) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tell: () => {
      for (const listener of listeners) listener({ type: 'sessions-changed' });
    },
    listeners,
  };
}

describe('a live list', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2030-01-15T12:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('asks every 5 s whether the list changed; a 304 keeps the rows, their objects and the page', async () => {
    const { fake, loader } = setup();
    loader.setQuery({ stuckAfterMinutes: 30 });
    await flush();
    const page = loader.getSnapshot().page;
    jest.advanceTimersByTime(AUTO_REFRESH_MS - 1);
    expect(fake.allListCalls()).toHaveLength(1);
    jest.advanceTimersByTime(1);
    await flush();
    const check = fake.allListCalls()[1];
    expect(check?.headers['If-None-Match']).toMatch(/^W\//);
    expect(check?.status).toBe(304);
    expect(loader.getSnapshot().page).toBe(page);
    expect(loader.getSnapshot()).toMatchObject({ loading: false, error: null, updatedAtMs: Date.now() });
    loader.stop();
  });

  it('shows a change made elsewhere at the next check, and only sends the tag it got for this query and page', async () => {
    const sessions = [aSession(), aSession()];
    const { fake, loader } = setup(sessions);
    loader.setQuery({});
    await flush();
    const first = loader.getSnapshot().page?.rows;
    (sessions[1] as Session).agent = null;
    jest.advanceTimersByTime(AUTO_REFRESH_MS);
    await flush();
    expect(fake.allListCalls()[1]?.status).toBe(200);
    const rows = loader.getSnapshot().page?.rows;
    expect(rows?.[1]?.agent).toBeNull();
    // The other row did not change: the same object.
    expect(rows?.[0]).toBe(first?.[0]);
    expect(loader.getSnapshot().changed).toEqual(new Set([(sessions[1] as Session).id]));
    // Another query asks afresh, without a tag.
    loader.setQuery({ q: 'x' });
    await flush();
    expect(fake.allListCalls().at(-1)?.headers['If-None-Match']).toBeUndefined();
    loader.stop();
  });

  it('moves the stuck count on from the header of a 304, as time makes sessions stuck', async () => {
    const held = aSession({
      agent: { id: 'a', name: 'Sam', assignedAt: new Date(Date.now() - 29 * 60_000).toISOString() },
    });
    const { fake, loader } = setup([held]);
    loader.setQuery({ stuckAfterMinutes: 30 });
    await flush();
    expect(loader.getSnapshot().page?.stuck).toBe(0);
    const rows = loader.getSnapshot().page?.rows;
    jest.advanceTimersByTime(2 * 60_000);
    await flush();
    // The fake's answer carries the new count, as a dispatcher's header does on a 304.
    expect(fake.allListCalls().at(-1)?.status).toBe(200);
    expect(loader.getSnapshot().page?.stuck).toBe(1);
    expect(loader.getSnapshot().page?.rows[0]).toBe(rows?.[0]);
    loader.stop();
  });

  it('refreshes on the host’s change events: events told together bring one request, one told during a load one more after it', async () => {
    const { fake, loader } = setup();
    const changes = feed();
    const detach = loader.attachFeed(changes.subscribe);
    loader.setQuery({});
    await flush();
    expect(fake.allListCalls()).toHaveLength(1);
    changes.tell();
    changes.tell();
    changes.tell();
    await flush();
    expect(fake.allListCalls()).toHaveLength(2);
    // Told while a load is under way: one more once it is done, not one per event.
    fake.script.list.push({ until: new Promise((resolve) => setTimeout(resolve, 1_000)) });
    changes.tell();
    await flush();
    expect(fake.allListCalls()).toHaveLength(3);
    changes.tell();
    changes.tell();
    jest.advanceTimersByTime(1_000);
    await flush();
    expect(fake.allListCalls()).toHaveLength(4);
    await flush();
    expect(fake.allListCalls()).toHaveLength(4);
    detach();
    expect(changes.listeners.size).toBe(0);
    loader.stop();
  });

  it('with a feed, checks only every minute as a fallback; without one, every 5 s again', async () => {
    const { fake, loader } = setup();
    const detach = loader.attachFeed(feed().subscribe);
    loader.setQuery({});
    await flush();
    jest.advanceTimersByTime(FEED_FALLBACK_MS - 1);
    expect(fake.allListCalls()).toHaveLength(1);
    jest.advanceTimersByTime(1);
    await flush();
    expect(fake.allListCalls()).toHaveLength(2);
    detach();
    jest.advanceTimersByTime(AUTO_REFRESH_MS);
    await flush();
    expect(fake.allListCalls()).toHaveLength(3);
    loader.stop();
  });

  it('while the tab is hidden sends nothing for the events, and refreshes once when it shows', async () => {
    const { fake, loader } = setup();
    const changes = feed();
    loader.attachFeed(changes.subscribe);
    loader.setQuery({});
    await flush();
    loader.setVisible(false);
    changes.tell();
    changes.tell();
    jest.advanceTimersByTime(10 * FEED_FALLBACK_MS);
    await flush();
    expect(fake.allListCalls()).toHaveLength(1);
    loader.setVisible(true);
    await flush();
    expect(fake.allListCalls()).toHaveLength(2);
    loader.stop();
  });

  describe('calm', () => {
    function working() {
      const sessions = [aSession({ id: 'a' }), aSession({ id: 'b' }), aSession({ id: 'c' })];
      const { fake, loader } = setup(sessions);
      let busy = true;
      loader.setBusy(() => busy);
      return { fake, loader, sessions, setBusy: (on: boolean) => (busy = on) };
    }

    it('while the list is worked on, rows stay where they are and change in place; the rest waits to be shown', async () => {
      const { fake, loader } = working();
      loader.setQuery({});
      await flush();
      // Elsewhere: b is released, c ends, d is handed off.
      const [a, b] = fake.sessions as [Session, Session, Session];
      b.agent = null;
      fake.sessions = [a, b, aSession({ id: 'd' })];
      jest.advanceTimersByTime(AUTO_REFRESH_MS);
      await flush();
      const snapshot = loader.getSnapshot();
      expect(ids(loader)).toEqual(['a', 'b', 'c']);
      expect(snapshot.page?.rows[1]?.agent).toBeNull();
      expect(snapshot.page?.total).toBe(3);
      expect(snapshot.waiting).toMatchObject({ added: 1, left: 1, moved: false });
      expect(snapshot.changed).toEqual(new Set(['b']));
      loader.showWaiting();
      expect(ids(loader)).toEqual(['a', 'b', 'd']);
      expect(loader.getSnapshot().waiting).toBeNull();
      expect(loader.getSnapshot().changed).toEqual(new Set(['d']));
      loader.stop();
    });

    it('when nobody works on the list, takes a change in at once and marks the rows it brought', async () => {
      const { fake, loader, setBusy } = working();
      setBusy(false);
      loader.setQuery({});
      await flush();
      fake.sessions.push(aSession({ id: 'e' }));
      jest.advanceTimersByTime(AUTO_REFRESH_MS);
      await flush();
      expect(ids(loader)).toContain('e');
      expect(loader.getSnapshot().waiting).toBeNull();
      expect(loader.getSnapshot().changed).toEqual(new Set(['e']));
      loader.stop();
    });

    it('a refresh the administrator asks for shows everything, waiting or not', async () => {
      const { fake, loader } = working();
      loader.setQuery({});
      await flush();
      fake.sessions.push(aSession({ id: 'e' }));
      jest.advanceTimersByTime(AUTO_REFRESH_MS);
      await flush();
      expect(loader.getSnapshot().waiting).not.toBeNull();
      loader.refresh();
      await flush();
      expect(ids(loader)).toContain('e');
      expect(loader.getSnapshot().waiting).toBeNull();
      loader.stop();
    });
  });

  it('a release takes a stuck session out of the stuck count at once', async () => {
    const { loader } = setup([aSession({ startedAt: new Date(Date.now() - 90 * 60_000).toISOString() })]);
    loader.setQuery({ stuckAfterMinutes: 30 });
    await flush();
    const row = loader.getSnapshot().page?.rows[0];
    expect(loader.getSnapshot().page?.stuck).toBe(1);
    if (!row) throw new Error('no row');
    loader.patchRow({ ...row, agent: null }, -1);
    expect(loader.getSnapshot().page?.stuck).toBe(0);
    expect(loader.getSnapshot().page?.rows[0]?.agent).toBeNull();
    loader.stop();
  });
});
