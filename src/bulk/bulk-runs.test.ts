import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { DispatcherSessionsClient } from '../dispatcher/api';
import { checkSession } from '../dispatcher/answers';
import type { SessionRow } from '../session/row';
import { BulkReleaseRefused } from './bulk-release';
import { servicesFor } from '../dispatcher/client-services';
import { BulkRuns, makeBulkRuns } from './bulk-runs';
import { releasableMatching } from './select-matching';

const flush = async () => {
  for (let i = 0; i < 30; i += 1) await Promise.resolve();
};

function rowsOf(fake: FakeDispatcherClient): SessionRow[] {
  return fake.sessions.flatMap((session) => {
    const checked = checkSession(session);
    return checked.kind === 'row' ? [checked.row] : [];
  });
}

describe('bulk runs', () => {
  it('keep one run per host client, which goes on with nobody watching and is forgotten once told', async () => {
    const fake = new FakeDispatcherClient([aSession(), aSession()]);
    const api = new DispatcherSessionsClient(fake.client);
    const services = servicesFor(fake.client);
    expect(services.once(makeBulkRuns)).toBe(servicesFor(fake.client).once(makeBulkRuns));
    expect(servicesFor(new FakeDispatcherClient().client).once(makeBulkRuns)).not.toBe(
      services.once(makeBulkRuns),
    );
    const runs = new BulkRuns(api);
    const run = runs.start(rowsOf(fake), 'off-shift');
    expect(runs.getSnapshot().run).toBe(run);
    runs.dismiss();
    expect(runs.getSnapshot().run).toBe(run);
    await flush();
    expect(run.getSnapshot()).toMatchObject({ done: true, counts: { released: 2 } });
    expect(fake.releaseCalls().map((call) => call.body)).toEqual([
      { notes: 'off-shift' },
      { notes: 'off-shift' },
    ]);
    runs.dismiss();
    expect(runs.getSnapshot().run).toBeNull();
  });

  it('start no second run while one is sending, and refuse bad input before sending anything', async () => {
    const fake = new FakeDispatcherClient([aSession(), aSession()]);
    fake.script.release.push({ hang: true }, { hang: true });
    const runs = new BulkRuns(new DispatcherSessionsClient(fake.client));
    expect(() => runs.start([], '')).toThrow(BulkReleaseRefused);
    expect(() => runs.start(rowsOf(fake), 'x'.repeat(1001))).toThrow(/notes-too-long/);
    runs.start(rowsOf(fake), '');
    expect(() => runs.start(rowsOf(fake), '')).toThrow(/still running/);
    expect(fake.releaseCalls()).toHaveLength(2);
  });

  it('send nothing new once the page is left, and let the releases in flight finish', async () => {
    const fake = new FakeDispatcherClient(Array.from({ length: 6 }, () => aSession()));
    let answer: () => void = () => undefined;
    const until = new Promise<void>((resolve) => {
      answer = resolve;
    });
    fake.script.release.push({ until }, { until }, { until }, { until });
    const runs = new BulkRuns(new DispatcherSessionsClient(fake.client));
    const run = runs.start(rowsOf(fake), '');
    expect(fake.releaseCalls()).toHaveLength(4);
    runs.leave();
    answer();
    await flush();
    expect(fake.releaseCalls()).toHaveLength(4);
    expect(run.getSnapshot()).toMatchObject({ done: true, counts: { released: 4, 'not-sent': 2 } });
  });
});

describe('select all matching', () => {
  it('reads every page of the filter in pages of 200 and keeps only sessions that can be released', async () => {
    const fake = new FakeDispatcherClient([
      ...Array.from({ length: 230 }, () => aSession()),
      ...Array.from({ length: 5 }, () => aSession({ agent: null })),
      aSession({ state: 'OPEN', agent: null }),
    ]);
    const api = new DispatcherSessionsClient(fake.client);
    const rows = await releasableMatching(
      api,
      { state: ['WITH_AGENT'], sort: 'startedAt', order: 'asc', limit: 25 },
      Date.now(),
    );
    expect(rows).toHaveLength(230);
    expect(new Set(rows.map((row) => row.id)).size).toBe(230);
    expect(fake.listCalls().map((call) => [call.params.limit, call.params.cursor])).toEqual([
      ['200', undefined],
      ['200', '200'],
    ]);
  });

  it('stops at the most one bulk release takes', async () => {
    const fake = new FakeDispatcherClient(Array.from({ length: 30 }, () => aSession()));
    const rows = await releasableMatching(
      new DispatcherSessionsClient(fake.client),
      {},
      Date.now(),
      undefined,
      10,
    );
    expect(rows).toHaveLength(10);
  });
});
