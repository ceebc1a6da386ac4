import { aSession, deferred, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { blobBytes, csvObjects, utf8 } from '../../test/read-csv';
import type { Session } from '../contract/dispatcher-api';
import { DispatcherSessionsClient } from '../dispatcher/api';
import { ViewExport, type ViewExportOptions } from './view-export';

const sessions = (count: number): Session[] =>
  Array.from({ length: count }, (_, i) =>
    aSession({
      id: `s-${String(i).padStart(4, '0')}`,
      startedAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }),
  );

function exporting(fake: FakeDispatcherClient, options: Partial<ViewExportOptions> = {}) {
  const files: Blob[] = [];
  let pauses = 0;
  const run = new ViewExport({
    api: new DispatcherSessionsClient(fake.client),
    query: { sort: 'startedAt', order: 'asc' },
    columns: [
      { name: 'id', value: (row) => row.id },
      { name: 'phone', value: (row) => row.phone ?? '' },
    ],
    onFile: (file) => files.push(file),
    pause: async () => {
      pauses += 1;
    },
    ...options,
  });
  return { run, files, pauses: () => pauses };
}

const rowsOf = async (file: Blob | undefined) =>
  csvObjects(utf8(await blobBytes(file as Blob))).map((row) => row.id);
const ids = (list: Session[]) => list.map((session) => session.id);
const listCalls = (fake: FakeDispatcherClient) => fake.calls.filter((call) => call.url === 'sessions');

describe('exporting a view', () => {
  it('reads every page of the view in pages of 200, gives the browser its turn between them, and writes each session once', async () => {
    const all = sessions(450);
    const fake = new FakeDispatcherClient(all);
    const { run, files, pauses } = exporting(fake);
    await run.start();
    expect(listCalls(fake).map((call) => [call.params.limit, call.params.cursor])).toEqual([
      ['200', undefined],
      ['200', '200'],
      ['200', '400'],
    ]);
    expect(pauses()).toBe(2);
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', done: 450, matching: 450, total: 450 });
    expect(files).toHaveLength(1);
    expect(await rowsOf(files[0])).toEqual(ids(all));
  });

  it('takes at most its maximum, and says how many the view holds', async () => {
    const all = sessions(450);
    const fake = new FakeDispatcherClient(all);
    const { run, files } = exporting(fake, { max: 250 });
    await run.start();
    expect(listCalls(fake)).toHaveLength(2);
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', done: 250, matching: 450, total: 250 });
    expect(await rowsOf(files[0])).toEqual(ids(all.slice(0, 250)));
  });

  it('Cancel aborts the request on its way, asks for no more pages and downloads nothing', async () => {
    const fake = new FakeDispatcherClient(sessions(450));
    const held = deferred();
    fake.script.list = [{ until: Promise.resolve() }, { until: held.promise }];
    const { run, files } = exporting(fake);
    const ended = run.start();
    await until(() => listCalls(fake).length === 2);
    expect(run.getSnapshot()).toMatchObject({ phase: 'running', done: 200, total: 450 });
    const inFlight = listCalls(fake)[1]?.signal;
    expect(inFlight?.aborted).toBe(false);
    run.cancel();
    expect(inFlight?.aborted).toBe(true);
    held.resolve();
    await ended;
    expect(run.getSnapshot().phase).toBe('cancelled');
    expect(listCalls(fake)).toHaveLength(2);
    expect(files).toEqual([]);
  });

  it('a failure part-way downloads nothing; Retry goes on from the page that failed', async () => {
    const all = sessions(450);
    const fake = new FakeDispatcherClient(all);
    fake.script.list = [{ until: Promise.resolve() }, { status: 503 }];
    const { run, files } = exporting(fake);
    await run.start();
    expect(run.getSnapshot()).toMatchObject({ phase: 'failed', done: 200 });
    expect(run.getSnapshot().failure?.status).toBe(503);
    expect(files).toEqual([]);
    await run.retry();
    expect(listCalls(fake).map((call) => call.params.cursor)).toEqual([undefined, '200', '200', '400']);
    expect(run.getSnapshot()).toMatchObject({ phase: 'done', done: 450 });
    expect(await rowsOf(files[0])).toEqual(ids(all));
  });

  it('writes a session that moved to a later page while the pages were read once', async () => {
    const all = sessions(300);
    const fake = new FakeDispatcherClient([...all]);
    const second = deferred();
    fake.script.list = [{ until: Promise.resolve() }, { until: second.promise }];
    const { run, files } = exporting(fake);
    const ended = run.start();
    await until(() => listCalls(fake).length === 2);
    // A session of the first page started again, later: the second page holds it once more.
    fake.sessions.push({ ...(all[0] as Session), startedAt: new Date(Date.UTC(2027, 0, 1)).toISOString() });
    second.resolve();
    await ended;
    expect(await rowsOf(files[0])).toEqual(ids(all));
  });
});

/** Waits for a condition, a task of the event loop at a time (no fake timers here). */
async function until(check: () => boolean): Promise<void> {
  for (let turn = 0; !check(); turn += 1) {
    if (turn > 1000) throw new Error('the condition never held');
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}
