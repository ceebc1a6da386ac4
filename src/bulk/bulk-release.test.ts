import { RELEASE_NOTES_MAX, type ReleaseRequest } from '../contract/dispatcher-api';
import { i18nFor, loadReleaseMessages } from '../i18n/languages';
import type { I18n } from '../i18n/translate';
import { ContractError } from '../dispatcher/answers';
import { DispatcherFailure } from '../dispatcher/failure';
import type { SessionRow } from '../session/row';
import {
  bulkItemText,
  bulkOutcomeSummary,
  bulkProgressText,
  bulkRefusalMessage,
  bulkStatusText,
} from './bulk-messages';
import {
  BULK_RELEASE_MAX,
  type BulkItem,
  BulkRelease,
  BulkReleaseRefused,
  type BulkSnapshot,
  startBulkRelease,
} from './bulk-release';

const { t } = i18nFor({ language: 'en' }) as I18n;
// The words of releasing come with the release code.
beforeAll(() => loadReleaseMessages('en'));

// The queue keeps no timers of its own; fake timers make sure no test waits on real time.
beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

const BASE_MS = Date.parse('2030-01-15T12:00:00.000Z');

/** Sessions a minute apart: `s001` is the youngest, each next id a minute older. */
function sessions(count: number): SessionRow[] {
  const rows = Array.from({ length: count }, (_, i): SessionRow => {
    const startedAtMs = BASE_MS - (i + 1) * 60_000;
    return {
      id: `s${String(i + 1).padStart(3, '0')}`,
      channel: 'WHATSAPP',
      state: 'WITH_AGENT',
      startedAt: new Date(startedAtMs).toISOString(),
      startedAtMs,
      phone: `+44 7700 900${String(i).padStart(3, '0')}`,
      businessPartner: null,
      agent: { id: 'agt-4', name: 'Tom Becker' },
      stateSinceMs: null,
      assignedAtMs: null,
    };
  });
  // Chosen in no particular order: the queue must sort them.
  return rows.sort((a, b) => (a.id.charCodeAt(3) % 3) - (b.id.charCodeAt(3) % 3) || (a.id < b.id ? 1 : -1));
}

const oldestFirst = (rows: readonly SessionRow[]) =>
  [...rows].sort((a, b) => a.startedAtMs - b.startedAtMs).map((row) => row.id);

type Answer =
  | { released: SessionRow | null }
  | { status: number; code?: string }
  | { noAnswer: 'timeout' | 'network' };

interface Call {
  id: string;
  request: ReleaseRequest;
  key: string;
  settled: boolean;
  answer(answer: Answer): void;
}

/** A release function whose answers the test gives one by one, counting calls in flight. */
function fakeDispatcher(auto?: (id: string, attempt: number) => Answer | undefined) {
  const calls: Call[] = [];
  const state = { inFlight: 0, maxInFlight: 0 };
  const release = (id: string, request: ReleaseRequest, key: string): Promise<SessionRow | null> =>
    new Promise((resolve, reject) => {
      state.inFlight++;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      const call: Call = {
        id,
        request,
        key,
        settled: false,
        answer(answer) {
          if (call.settled) throw new Error(`${id} answered twice`);
          call.settled = true;
          state.inFlight--;
          if ('released' in answer) resolve(answer.released);
          else if ('status' in answer) {
            reject(new DispatcherFailure('http', `HTTP ${answer.status}`, answer.status, answer.code));
          } else reject(new DispatcherFailure(answer.noAnswer, 'no answer'));
        },
      };
      calls.push(call);
      const attempt = calls.filter((c) => c.id === id).length;
      const automatic = auto?.(id, attempt);
      // A promise job rather than queueMicrotask, which fake timers hold back.
      if (automatic) void Promise.resolve().then(() => call.answer(automatic));
    });
  const pending = () => calls.filter((call) => !call.settled);
  return {
    calls,
    state,
    release,
    pending,
    /** Answers the oldest pending call of that session. */
    answer(id: string, answer: Answer) {
      const call = pending().find((c) => c.id === id);
      if (!call) throw new Error(`no pending call for ${id}`);
      call.answer(answer);
    },
  };
}

/** Lets every promise reaction run; the queue waits on nothing else. */
async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}

let keyCount = 0;
const newKey = jest.fn(() => `key-${++keyCount}`);
beforeEach(() => {
  keyCount = 0;
  newKey.mockClear();
});

const released = (row: SessionRow): SessionRow => ({ ...row, agent: null });
const byId = (snapshot: BulkSnapshot) => new Map(snapshot.items.map((item) => [item.session.id, item]));
const item = (snapshot: BulkSnapshot, id: string) => byId(snapshot).get(id) as BulkItem;

describe('sending', () => {
  it('sends one release per session, oldest first, each under its own key, all with the one note', async () => {
    const chosen = sessions(12);
    expect(chosen.map((row) => row.id)).not.toEqual(oldestFirst(chosen));
    const dispatcher = fakeDispatcher((id) => ({
      released: released(chosen.find((s) => s.id === id) as SessionRow),
    }));
    const bulk = startBulkRelease({
      sessions: chosen,
      notes: 'Agent went off shift',
      release: dispatcher.release,
      newKey,
      maxInFlight: 1,
    });
    const done = await bulk.whenDone();
    expect(dispatcher.calls.map((call) => call.id)).toEqual(oldestFirst(chosen));
    expect(done.items.map((i) => i.session.id)).toEqual(oldestFirst(chosen));
    expect(new Set(dispatcher.calls.map((call) => call.key)).size).toBe(12);
    expect(newKey).toHaveBeenCalledTimes(12);
    expect(dispatcher.calls.every((call) => call.request.notes === 'Agent went off shift')).toBe(true);
    expect(
      done.items.every(
        (i) => i.attempts === 1 && i.key === dispatcher.calls.find((c) => c.id === i.session.id)?.key,
      ),
    ).toBe(true);
  });

  it('keeps at most 4 releases in flight, and sends the next as soon as one is answered', async () => {
    const chosen = sessions(23);
    const dispatcher = fakeDispatcher();
    const bulk = startBulkRelease({ sessions: chosen, release: dispatcher.release, newKey });
    await settle();
    expect(dispatcher.pending().map((c) => c.id)).toEqual(oldestFirst(chosen).slice(0, 4));
    expect(bulk.getSnapshot().counts).toMatchObject({ sending: 4, queued: 19, released: 0 });
    // Answer out of order, a varying number at a time.
    let round = 0;
    while (dispatcher.pending().length > 0) {
      const open = dispatcher.pending();
      const take = open.filter((_, i) => (i + round) % 2 === 0 || open.length === 1);
      for (const call of take) call.answer(round % 3 === 0 ? { status: 503 } : { released: null });
      await settle();
      expect(dispatcher.state.inFlight).toBeLessThanOrEqual(4);
      expect(dispatcher.pending().length === 4 || bulk.getSnapshot().counts.queued === 0).toBe(true);
      round++;
    }
    expect(dispatcher.state.maxInFlight).toBe(4);
    expect(dispatcher.calls.map((c) => c.id)).toEqual(oldestFirst(chosen));
    expect(bulk.getSnapshot()).toMatchObject({ done: true, total: 23 });
  });

  it('honours a smaller limit in flight', async () => {
    const dispatcher = fakeDispatcher((_id) => ({ released: null }));
    await startBulkRelease({
      sessions: sessions(9),
      release: dispatcher.release,
      newKey,
      maxInFlight: 2,
    }).whenDone();
    expect(dispatcher.state.maxInFlight).toBe(2);
  });

  it('sends nothing before start, and keeps running with nobody subscribed', async () => {
    const dispatcher = fakeDispatcher();
    const bulk = new BulkRelease({ sessions: sessions(6), release: dispatcher.release, newKey });
    await settle();
    expect(dispatcher.calls).toHaveLength(0);
    expect(bulk.getSnapshot()).toMatchObject({ done: false, counts: { queued: 6, sending: 0 } });
    let notified = 0;
    const unsubscribe = bulk.subscribe(() => notified++);
    bulk.start();
    // A second start changes nothing: no new snapshot, nothing more sent.
    const started = bulk.getSnapshot();
    bulk.start();
    expect(bulk.getSnapshot()).toBe(started);
    await settle();
    expect(dispatcher.pending()).toHaveLength(4);
    // The page unmounts: nobody listens while the rest are answered and sent.
    unsubscribe();
    const seen = notified;
    while (dispatcher.pending().length > 0) {
      for (const call of dispatcher.pending()) call.answer({ released: null });
      await settle();
    }
    expect(notified).toBe(seen);
    expect(dispatcher.calls).toHaveLength(6);
    expect((await bulk.whenDone()).counts.released).toBe(6);
  });
});

describe('before it starts', () => {
  it('sends nothing, whatever it is asked, until it is started', async () => {
    const dispatcher = fakeDispatcher(() => ({ released: null }));
    const bulk = new BulkRelease({ sessions: sessions(3), release: dispatcher.release, newKey });
    bulk.stop();
    bulk.sendRest();
    bulk.retryFailed();
    await settle();
    expect(dispatcher.calls).toHaveLength(0);
    bulk.start();
    expect((await bulk.whenDone()).counts.released).toBe(3);
  });
});

describe('outcomes', () => {
  it('all released: every row from the answer, done, and the progress told', async () => {
    const chosen = sessions(12);
    const dispatcher = fakeDispatcher();
    const bulk = startBulkRelease({ sessions: chosen, release: dispatcher.release, newKey });
    const texts: string[] = [];
    bulk.subscribe(() => texts.push(bulkProgressText(bulk.getSnapshot(), t)));
    for (const id of oldestFirst(chosen)) {
      await settle();
      dispatcher.answer(id, { released: released(chosen.find((s) => s.id === id) as SessionRow) });
    }
    const done = await bulk.whenDone();
    expect(texts).toContain('7 of 12 released');
    expect(done.counts).toMatchObject({ released: 12, queued: 0, sending: 0, failed: 0 });
    expect(done.items.every((i) => i.status === 'released' && i.row?.agent === null)).toBe(true);
    expect(done.retryable).toBe(0);
    expect(bulkStatusText(done, t)).toBe('12 of 12 released.');
  });

  it('some 409 and 404: already unassigned, moved on and ended are told apart and never retried', async () => {
    const chosen = sessions(6);
    const [a, b, c, d] = oldestFirst(chosen);
    const answers: Record<string, Answer> = {
      [a as string]: { status: 409, code: 'ALREADY_UNASSIGNED' },
      [b as string]: { status: 409, code: 'NOT_WITH_AGENT' },
      [c as string]: { status: 404, code: 'NOT_FOUND' },
      [d as string]: { status: 409 },
    };
    const dispatcher = fakeDispatcher((id) => answers[id] ?? { released: null });
    const bulk = startBulkRelease({ sessions: chosen, release: dispatcher.release, newKey });
    const done = await bulk.whenDone();
    expect(
      [a, b, c, d].map((id) => [item(done, id as string).status, item(done, id as string).reason]),
    ).toEqual([
      ['conflict', 'already-unassigned'],
      ['conflict', 'moved-on'],
      ['gone', null],
      ['conflict', 'moved-on'],
    ]);
    expect(done.counts).toMatchObject({ released: 2, conflict: 3, gone: 1 });
    expect(done.retryable).toBe(0);
    bulk.retryFailed();
    await settle();
    expect(dispatcher.calls).toHaveLength(6);
    expect(bulkStatusText(done, t)).toBe(
      '2 of 6 released: 1 already unassigned by someone else, 2 no longer with an agent, 1 ended.',
    );
    expect(bulkItemText(item(done, a as string), t)).toMatch(/someone else released it/);
  });

  it('a 403: not allowed, the ones in flight finish, no more are sent, and none is retried', async () => {
    const chosen = sessions(10);
    const order = oldestFirst(chosen);
    const dispatcher = fakeDispatcher();
    const bulk = startBulkRelease({ sessions: chosen, release: dispatcher.release, newKey });
    await settle();
    dispatcher.answer(order[0] as string, { released: null });
    await settle();
    dispatcher.answer(order[1] as string, { status: 403, code: 'FORBIDDEN' });
    await settle();
    // Sessions 3–5 were already on their way; nothing new went out.
    expect(dispatcher.calls.map((c) => c.id)).toEqual(order.slice(0, 5));
    expect(bulk.getSnapshot()).toMatchObject({ stopped: 'forbidden', done: false });
    for (const id of order.slice(2, 5)) dispatcher.answer(id, { status: 403, code: 'FORBIDDEN' });
    const done = await bulk.whenDone();
    expect(done.counts).toMatchObject({ released: 1, forbidden: 4, 'not-sent': 5, queued: 0 });
    const settled = bulk.getSnapshot();
    bulk.retryFailed();
    await settle();
    expect(dispatcher.calls).toHaveLength(5);
    // Nothing to send again: the run stays as it was, still stopped for the permission.
    expect(bulk.getSnapshot()).toBe(settled);
    expect(bulkStatusText(done, t)).toBe(
      '1 of 10 released: 4 not allowed, 5 not sent. You are not allowed to release sessions (the permission communications.access is missing), so no more were sent.',
    );
  });

  it('failures, then Retry failed: only those again, with their same keys and the same note', async () => {
    const chosen = sessions(8);
    const order = oldestFirst(chosen);
    const firstTime: Record<string, Answer> = {
      [order[1] as string]: { status: 500 },
      [order[4] as string]: { status: 503 },
      [order[6] as string]: { noAnswer: 'timeout' },
      [order[7] as string]: { noAnswer: 'network' },
    };
    const dispatcher = fakeDispatcher((id, attempt) =>
      attempt === 1 ? (firstTime[id] ?? { released: null }) : { released: null },
    );
    const bulk = startBulkRelease({
      sessions: chosen,
      notes: '  off shift  ',
      release: dispatcher.release,
      newKey,
    });
    const first = await bulk.whenDone();
    expect(first.counts).toMatchObject({ released: 4, failed: 2, unknown: 2 });
    expect(first.retryable).toBe(4);
    expect(item(first, order[1] as string)).toMatchObject({ status: 'failed', httpStatus: 500 });
    expect(item(first, order[6] as string)).toMatchObject({ status: 'unknown', reason: 'no-answer' });
    expect(bulkStatusText(first, t)).toBe(
      '4 of 8 released: 2 failed, 2 without an answer (may or may not be released). Retry failed sends those 4 again with the same requests: none can be released twice.',
    );

    bulk.retryFailed();
    expect(bulk.getSnapshot().done).toBe(false);
    const second = await bulk.whenDone();
    const retried = dispatcher.calls.slice(8);
    expect(retried.map((c) => c.id)).toEqual([order[1], order[4], order[6], order[7]]);
    for (const call of retried) {
      const firstCall = dispatcher.calls.find((c) => c.id === call.id);
      expect(call.key).toBe(firstCall?.key);
      expect(call.request).toEqual({ notes: '  off shift  ' });
    }
    expect(newKey).toHaveBeenCalledTimes(8);
    expect(second.counts).toMatchObject({ released: 8, failed: 0, unknown: 0 });
    expect(item(second, order[1] as string).attempts).toBe(2);
    bulk.retryFailed();
    await settle();
    expect(dispatcher.calls).toHaveLength(12);
  });

  it('a session that ends during the run is reported as ended and not retried again', async () => {
    const chosen = sessions(3);
    const [ends] = oldestFirst(chosen);
    const dispatcher = fakeDispatcher((id, attempt) => {
      if (id !== ends) return { released: null };
      return attempt === 1 ? { status: 502 } : { status: 404, code: 'NOT_FOUND' };
    });
    const bulk = startBulkRelease({ sessions: chosen, release: dispatcher.release, newKey });
    expect(item(await bulk.whenDone(), ends as string).status).toBe('failed');
    bulk.retryFailed();
    const done = await bulk.whenDone();
    expect(item(done, ends as string)).toMatchObject({ status: 'gone', attempts: 2 });
    expect(bulkStatusText(done, t)).toBe('2 of 3 released: 1 ended.');
    bulk.retryFailed();
    await settle();
    expect(dispatcher.calls.filter((c) => c.id === ends)).toHaveLength(2);
  });

  it('422 IDEMPOTENCY_KEY_REUSED is told as possibly released, never as not released, and not retried', async () => {
    const chosen = sessions(2);
    const [reused] = oldestFirst(chosen);
    const dispatcher = fakeDispatcher((id) =>
      id === reused ? { status: 422, code: 'IDEMPOTENCY_KEY_REUSED' } : { released: null },
    );
    const bulk = startBulkRelease({ sessions: chosen, release: dispatcher.release, newKey });
    const done = await bulk.whenDone();
    const outcome = item(done, reused as string);
    expect(outcome).toMatchObject({ status: 'unknown', reason: 'key-reused', httpStatus: 422 });
    for (const text of [bulkItemText(outcome, t), bulkStatusText(done, t)]) {
      expect(text).toMatch(/may have been released/);
      expect(text).not.toMatch(/not released|nothing was released/i);
    }
    expect(done.retryable).toBe(0);
    bulk.retryFailed();
    await settle();
    expect(dispatcher.calls).toHaveLength(2);
  });

  it('a 422 for anything but a reused key is a failure to retry, told as not released', async () => {
    const chosen = sessions(2);
    const [invalid] = oldestFirst(chosen);
    const dispatcher = fakeDispatcher((id, attempt) =>
      id === invalid && attempt === 1 ? { status: 422, code: 'VALIDATION' } : { released: null },
    );
    const bulk = startBulkRelease({ sessions: chosen, release: dispatcher.release, newKey });
    const done = await bulk.whenDone();
    expect(item(done, invalid as string)).toMatchObject({ status: 'failed', reason: null, httpStatus: 422 });
    expect(bulkItemText(item(done, invalid as string), t)).not.toMatch(/may have been released/);
    expect(done.retryable).toBe(1);
    bulk.retryFailed();
    expect(item(await bulk.whenDone(), invalid as string)).toMatchObject({ status: 'released', attempts: 2 });
  });

  it('an answer that is not a session still counts as released, without a row', async () => {
    const dispatcher = fakeDispatcher(() => ({ released: null }));
    const done = await startBulkRelease({
      sessions: sessions(1),
      release: dispatcher.release,
      newKey,
    }).whenDone();
    expect(done.items[0]).toMatchObject({ status: 'released', row: null });
  });

  it('an answer that could not be read as a session counts as released, as for a single release', async () => {
    const done = await startBulkRelease({
      sessions: sessions(1),
      release: () => Promise.reject(new ContractError('not a session')),
      newKey,
    }).whenDone();
    expect(done.items[0]).toMatchObject({ status: 'released', row: null, reason: null });
  });

  it('without notes sends none, and says none', async () => {
    const dispatcher = fakeDispatcher(() => ({ released: null }));
    const done = await startBulkRelease({
      sessions: sessions(2),
      release: dispatcher.release,
      newKey,
    }).whenDone();
    expect(done.notes).toBe('');
    expect(dispatcher.calls.map((call) => call.request)).toEqual([{}, {}]);
  });

  it('sends sessions that started at the same moment in the order of their ids, whatever order they were chosen in', async () => {
    const [a, b, c] = sessions(3)
      .map((row) => ({ ...row, startedAtMs: BASE_MS }))
      .sort((x, y) => (x.id < y.id ? -1 : 1));
    const dispatcher = fakeDispatcher(() => ({ released: null }));
    await startBulkRelease({
      sessions: [b, c, a] as SessionRow[],
      release: dispatcher.release,
      newKey,
      maxInFlight: 1,
    }).whenDone();
    expect(dispatcher.calls.map((call) => call.id)).toEqual([a?.id, b?.id, c?.id]);
  });
});

describe('Stop', () => {
  it('sends nothing new, lets those in flight finish, and leaves the rest not sent', async () => {
    const chosen = sessions(12);
    const order = oldestFirst(chosen);
    const dispatcher = fakeDispatcher();
    const bulk = startBulkRelease({ sessions: chosen, release: dispatcher.release, newKey });
    await settle();
    dispatcher.answer(order[0] as string, { released: null });
    await settle();
    bulk.stop();
    expect(bulk.getSnapshot()).toMatchObject({ stopped: 'user', done: false });
    expect(bulkStatusText(bulk.getSnapshot(), t)).toBe('Stopping: 4 still on their way. 1 of 12 released.');
    dispatcher.answer(order[1] as string, { released: null });
    dispatcher.answer(order[2] as string, { status: 500 });
    dispatcher.answer(order[3] as string, { noAnswer: 'timeout' });
    dispatcher.answer(order[4] as string, { released: null });
    const done = await bulk.whenDone();
    expect(dispatcher.calls.map((c) => c.id)).toEqual(order.slice(0, 5));
    expect(done.counts).toMatchObject({ released: 3, failed: 1, unknown: 1, 'not-sent': 7 });
    expect(bulkOutcomeSummary(done, t)).toBe(
      '3 released, 1 failed, 1 without an answer (may or may not be released), 7 not sent',
    );

    // Retry failed sends only the failed and unanswered ones, never the ones Stop held back.
    bulk.retryFailed();
    await settle();
    expect(dispatcher.pending().map((c) => c.id)).toEqual([order[2], order[3]]);
    // A new round: it no longer reads as stopping, and can be stopped again.
    expect(bulk.getSnapshot().stopped).toBeNull();
    expect(bulkStatusText(bulk.getSnapshot(), t)).toBe('Releasing… 3 of 12 released.');
    for (const call of dispatcher.pending()) call.answer({ released: null });
    expect((await bulk.whenDone()).counts).toMatchObject({ released: 5, 'not-sent': 7 });
    expect(dispatcher.calls).toHaveLength(7);
  });

  it('Send the rest sends the ones Stop held back, oldest first, with the keys made for them and the note', async () => {
    const chosen = sessions(6);
    const order = oldestFirst(chosen);
    const dispatcher = fakeDispatcher();
    const bulk = startBulkRelease({
      sessions: chosen,
      notes: 'off-shift',
      release: dispatcher.release,
      newKey,
    });
    await settle();
    bulk.stop();
    for (const call of dispatcher.pending()) call.answer({ released: null });
    const stopped = await bulk.whenDone();
    expect(stopped.counts).toMatchObject({ released: 4, 'not-sent': 2 });
    const keys = new Map(stopped.items.map((entry) => [entry.session.id, entry.key]));
    bulk.sendRest();
    await settle();
    expect(dispatcher.pending().map((c) => [c.id, c.key, c.request])).toEqual(
      order.slice(4).map((id) => [id, keys.get(id), { notes: 'off-shift' }]),
    );
    expect(bulk.getSnapshot().stopped).toBeNull();
    for (const call of dispatcher.pending()) call.answer({ released: null });
    expect((await bulk.whenDone()).counts).toMatchObject({ released: 6, 'not-sent': 0 });
    // Nothing is left to send: a second Send the rest sends nothing, and no key was made for it.
    bulk.sendRest();
    await settle();
    expect(dispatcher.calls).toHaveLength(6);
    expect(newKey).toHaveBeenCalledTimes(6);
  });

  it('during Retry failed puts the ones not yet resent back as they were', async () => {
    const chosen = sessions(7);
    const dispatcher = fakeDispatcher((_id, attempt) => (attempt === 1 ? { status: 503 } : undefined));
    const bulk = startBulkRelease({ sessions: chosen, release: dispatcher.release, newKey });
    expect((await bulk.whenDone()).counts.failed).toBe(7);
    bulk.retryFailed();
    await settle();
    expect(dispatcher.pending()).toHaveLength(4);
    bulk.stop();
    for (const call of dispatcher.pending()) call.answer({ released: null });
    const done = await bulk.whenDone();
    expect(done.counts).toMatchObject({ released: 4, failed: 3, 'not-sent': 0, queued: 0 });
    expect(dispatcher.calls).toHaveLength(11);
  });
});

describe('limits', () => {
  it(`refuses more than ${BULK_RELEASE_MAX} sessions with a message, before making keys or sending`, async () => {
    const dispatcher = fakeDispatcher(() => ({ released: null }));
    const tooMany = sessions(BULK_RELEASE_MAX + 1);
    expect(() => startBulkRelease({ sessions: tooMany, release: dispatcher.release, newKey })).toThrow(
      new BulkReleaseRefused({ kind: 'too-many', count: 501, max: 500 }),
    );
    expect(bulkRefusalMessage({ kind: 'too-many', count: 501, max: 500 }, t)).toBe(
      '501 sessions are chosen, but one bulk release takes at most 500. Narrow the filter or choose fewer. Nothing was sent.',
    );
    expect(() => startBulkRelease({ sessions: [], release: dispatcher.release, newKey })).toThrow(
      new BulkReleaseRefused({ kind: 'empty' }),
    );
    expect(bulkRefusalMessage({ kind: 'empty' }, t)).toBe('Choose at least one session to release.');
    await settle();
    expect(dispatcher.calls).toHaveLength(0);
    expect(newKey).not.toHaveBeenCalled();

    const max = sessions(BULK_RELEASE_MAX);
    // The same session chosen twice is one session, sent once.
    const done = await startBulkRelease({
      sessions: [...max, ...max.slice(0, 3)],
      release: dispatcher.release,
      newKey,
    }).whenDone();
    expect(done.counts.released).toBe(BULK_RELEASE_MAX);
    expect(dispatcher.calls).toHaveLength(BULK_RELEASE_MAX);
    expect(dispatcher.state.maxInFlight).toBe(4);
  });

  it('refuses notes over 1,000 code points and takes exactly 1,000, emoji counted once each', async () => {
    const dispatcher = fakeDispatcher(() => ({ released: null }));
    const over = `${'🙂'.repeat(RELEASE_NOTES_MAX)}!`;
    let refused: unknown;
    try {
      startBulkRelease({ sessions: sessions(2), notes: over, release: dispatcher.release, newKey });
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BulkReleaseRefused);
    // Named for what it is wherever it is logged.
    expect((refused as Error).name).toBe('BulkReleaseRefused');
    expect((refused as BulkReleaseRefused).refusal).toEqual({
      kind: 'notes-too-long',
      length: 1001,
      max: 1000,
    });
    expect(bulkRefusalMessage((refused as BulkReleaseRefused).refusal, t)).toBe(
      'The notes are 1 character too long: they can have at most 1,000. Nothing was sent.',
    );
    await settle();
    expect(dispatcher.calls).toHaveLength(0);

    const exactly = '🙂'.repeat(RELEASE_NOTES_MAX);
    await startBulkRelease({
      sessions: sessions(2),
      notes: exactly,
      release: dispatcher.release,
      newKey,
    }).whenDone();
    expect(dispatcher.calls.map((c) => c.request)).toEqual([{ notes: exactly }, { notes: exactly }]);
  });

  it('sends no notes when the note is blank', async () => {
    const dispatcher = fakeDispatcher(() => ({ released: null }));
    await startBulkRelease({
      sessions: sessions(1),
      notes: '  \n ',
      release: dispatcher.release,
      newKey,
    }).whenDone();
    expect(dispatcher.calls[0]?.request).toEqual({});
  });
});
