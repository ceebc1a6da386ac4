// The list with a host's change feed, where the mutation run found behaviour untested: when a change
// told while hidden is loaded, that a paused list stays paused, how feeds are counted, and the stuck
// count after a release.
import { aSession, deferred, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import type { SessionsChangedEvent } from '../contract/dispatcher-api';
import { DispatcherSessionsClient } from '../dispatcher/api';
import { AUTO_REFRESH_MS, FEED_FALLBACK_MS, SessionListLoader } from './list-loader';

const flush = async () => {
  for (let i = 0; i < 30; i += 1) await Promise.resolve();
};

function setup(sessions = [aSession(), aSession(), aSession()]) {
  const fake = new FakeDispatcherClient(sessions);
  const loader = new SessionListLoader(new DispatcherSessionsClient(fake.client));
  return { fake, loader };
}

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
  };
}

describe('a list with the host’s change feed', () => {
  beforeEach(() => jest.useFakeTimers({ now: Date.parse('2030-01-15T12:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('loads a change told while the tab was hidden as soon as it shows, though its rows are fresh', async () => {
    const { fake, loader } = setup();
    const changes = feed();
    loader.attachFeed(changes.subscribe);
    loader.setQuery({});
    await flush();
    loader.setVisible(false);
    changes.tell();
    await flush();
    loader.setVisible(true);
    await flush();
    expect(fake.allListCalls()).toHaveLength(2);
    loader.stop();
  });

  it('sends nothing for the host’s events while the administrator has paused the refresh', async () => {
    const { fake, loader } = setup();
    const changes = feed();
    loader.attachFeed(changes.subscribe);
    loader.setQuery({});
    await flush();
    loader.setAutoRefresh(false);
    changes.tell();
    await flush();
    jest.advanceTimersByTime(10 * FEED_FALLBACK_MS);
    await flush();
    expect(fake.allListCalls()).toHaveLength(1);
    loader.stop();
  });

  it('plans the next check at the slow fallback from the moment a feed is attached', async () => {
    const { fake, loader } = setup();
    loader.setQuery({});
    await flush();
    loader.attachFeed(feed().subscribe);
    jest.advanceTimersByTime(FEED_FALLBACK_MS - 1);
    await flush();
    expect(fake.allListCalls()).toHaveLength(1);
    loader.stop();
  });

  it('counts a feed once however often it is detached: another feed still attached keeps the slow fallback', async () => {
    const { fake, loader } = setup();
    const first = loader.attachFeed(feed().subscribe);
    loader.attachFeed(feed().subscribe);
    loader.setQuery({});
    await flush();
    first();
    first();
    jest.advanceTimersByTime(AUTO_REFRESH_MS);
    await flush();
    expect(fake.allListCalls()).toHaveLength(1);
    loader.stop();
  });

  it('detached during a load, lets that load finish and sends no second request meanwhile', async () => {
    const { fake, loader } = setup();
    const detach = loader.attachFeed(feed().subscribe);
    const held = deferred();
    fake.script.list = [{ until: held.promise }];
    loader.setQuery({});
    await flush();
    detach();
    jest.advanceTimersByTime(2 * AUTO_REFRESH_MS);
    await flush();
    expect(fake.allListCalls()).toHaveLength(1);
    held.resolve();
    await flush();
    expect(loader.getSnapshot().page?.rows).toHaveLength(3);
    loader.stop();
  });
});

describe('a release and the stuck count', () => {
  it('takes one released session out of several stuck ones', async () => {
    const old = () => aSession({ startedAt: new Date(Date.now() - 90 * 60_000).toISOString() });
    const { loader } = setup([old(), old(), old()]);
    loader.setQuery({ stuckAfterMinutes: 30 });
    await flush();
    const row = loader.getSnapshot().page?.rows[0];
    if (!row) throw new Error('no row');
    expect(loader.getSnapshot().page?.stuck).toBe(3);
    loader.patchRow({ ...row, agent: null }, -1);
    expect(loader.getSnapshot().page?.stuck).toBe(2);
    loader.stop();
  });
});
