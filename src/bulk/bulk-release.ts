// The sending queue of a bulk release: one POST per session (the dispatcher has no bulk endpoint),
// each under its own Idempotency-Key for the queue's whole life, oldest session first, a few at a
// time. A store (src/store), so React can read it, and so it can keep running in a registry outside
// React while the page is unmounted.
import { RELEASE_NOTES_MAX, type ReleaseRequest } from '../contract/dispatcher-api';
import type { SessionsApi } from '../dispatcher/api';
import { toFailure } from '../dispatcher/failure';
import type { SessionRow } from '../session/row';
import { releaseFailureKind } from '../release/outcome';
import { Store } from '../store/store';
import { BULK_RELEASE_MAX } from './limits';

export { BULK_RELEASE_MAX };

/** Releases in flight at once by default: enough to be quick, few enough not to crowd the dispatcher. */
export const BULK_RELEASE_IN_FLIGHT = 4;

/** What became of one session's release. */
export type BulkOutcome =
  /** Released: it waits in the Handoff Inbox as Unassigned. */
  | 'released'
  /** 409: already unassigned (someone released it) or no longer with an agent. Never retried. */
  | 'conflict'
  /** 404: the session ended or no longer exists. Never retried. */
  | 'gone'
  /** 403: the user may not release sessions. Never retried; no more are sent after it. */
  | 'forbidden'
  /** Refused by the dispatcher (5xx or another HTTP error): not released; Retry failed sends it again. */
  | 'failed'
  /** No answer, or no way to tell: it may or may not have been released. */
  | 'unknown';

/** Where one session stands: waiting, on its way, never sent (stopped first), or its outcome. */
export type BulkItemStatus = 'queued' | 'sending' | 'not-sent' | BulkOutcome;

/** The detail of an outcome, for the message that explains it. */
export type BulkReason =
  /** 409 ALREADY_UNASSIGNED: someone else released it. */
  | 'already-unassigned'
  /** 409 otherwise: it left WITH_AGENT (resolved, expired, moved on). */
  | 'moved-on'
  /** The request got no answer (timeout, network, cancelled). */
  | 'no-answer'
  /**
   * 422 IDEMPOTENCY_KEY_REUSED: the dispatcher had the key already and did nothing this time, so an
   * earlier request may have released it. Not retried: the same key would be refused again.
   */
  | 'key-reused';

export interface BulkItem {
  /** The session as it was chosen. */
  readonly session: SessionRow;
  /** Its Idempotency-Key, made once and sent with every attempt. */
  readonly key: string;
  readonly status: BulkItemStatus;
  readonly reason: BulkReason | null;
  /** The dispatcher's updated session when it answered a release with one it could read. */
  readonly row: SessionRow | null;
  /** HTTP status and error code of the last answer that was an error. */
  readonly httpStatus: number | null;
  readonly code: string | null;
  /** Requests sent for this session so far. */
  readonly attempts: number;
}

export type BulkCounts = Record<BulkItemStatus, number>;

export interface BulkSnapshot {
  /** Every chosen session, oldest first: the order they are sent in. */
  readonly items: readonly BulkItem[];
  readonly counts: BulkCounts;
  readonly total: number;
  /** The one note sent with every release ('' for none). */
  readonly notes: string;
  /** Why sending ended early: Stop was pressed, or the dispatcher answered 403. */
  readonly stopped: 'user' | 'forbidden' | null;
  /** Nothing is queued or in flight. */
  readonly done: boolean;
  /** How many sessions Retry failed would send again. */
  readonly retryable: number;
}

/** Why a bulk release was refused before anything was sent. */
export type BulkRefusal =
  | { kind: 'empty' }
  | { kind: 'too-many'; count: number; max: number }
  | { kind: 'notes-too-long'; length: number; max: number };

/** Thrown at creation: nothing was sent. `refusal` says why (bulkRefusalMessage words it). */
export class BulkReleaseRefused extends Error {
  override name = 'BulkReleaseRefused';
  constructor(readonly refusal: BulkRefusal) {
    super(`Bulk release refused: ${refusal.kind}`);
  }
}

export interface BulkReleaseOptions {
  sessions: readonly SessionRow[];
  /** One optional note for all of them, at most RELEASE_NOTES_MAX code points. */
  notes?: string;
  /** Sends one release, e.g. `(id, request, key) => api.release(id, request, key)`; called unbound. */
  release: SessionsApi['release'];
  /** Makes a fresh Idempotency-Key (see idempotency-key.ts). */
  newKey: () => string;
  /** Default BULK_RELEASE_IN_FLIGHT. */
  maxInFlight?: number;
}

const STATUSES: readonly BulkItemStatus[] = [
  'queued',
  'sending',
  'not-sent',
  'released',
  'conflict',
  'gone',
  'forbidden',
  'failed',
  'unknown',
];

/** Whether Retry failed sends this one again: only when nothing says it cannot succeed. */
const isRetryable = (item: BulkItem): boolean =>
  item.status === 'failed' || (item.status === 'unknown' && item.reason !== 'key-reused');

/** Checks the input; null when it may be sent. */
export function checkBulkRelease(sessions: readonly SessionRow[], notes: string): BulkRefusal | null {
  const count = new Set(sessions.map((session) => session.id)).size;
  if (count === 0) return { kind: 'empty' };
  if (count > BULK_RELEASE_MAX) return { kind: 'too-many', count, max: BULK_RELEASE_MAX };
  const length = [...notes].length;
  if (length > RELEASE_NOTES_MAX) return { kind: 'notes-too-long', length, max: RELEASE_NOTES_MAX };
  return null;
}

type Settled = Pick<BulkItem, 'status' | 'reason' | 'row' | 'httpStatus' | 'code'>;

/** What a failed release attempt comes to, by the same rules as a single release. */
function settleFailure(error: unknown): Settled {
  const failure = toFailure(error);
  const base = { row: null, httpStatus: failure.status ?? null, code: failure.code ?? null };
  switch (releaseFailureKind(failure)) {
    case 'released':
      // The dispatcher said yes with an answer that is not a session: released, row unknown.
      return { ...base, status: 'released', reason: null };
    case 'conflict':
      return {
        ...base,
        status: 'conflict',
        reason: failure.code === 'ALREADY_UNASSIGNED' ? 'already-unassigned' : 'moved-on',
      };
    case 'gone':
      return { ...base, status: 'gone', reason: null };
    case 'uncertain':
      // An error answer (5xx) is a failure to retry; no answer at all leaves the outcome unknown.
      return failure.kind === 'http'
        ? { ...base, status: 'failed', reason: null }
        : { ...base, status: 'unknown', reason: 'no-answer' };
    case 'reused':
      // The dispatcher had the key already and did nothing this time: an earlier request may have done it.
      return { ...base, status: 'unknown', reason: 'key-reused' };
    case 'refused':
      return { ...base, status: failure.status === 403 ? 'forbidden' : 'failed', reason: null };
  }
}

/** What a run shows of `items`: counts by status, done once none is queued or on its way. */
function snapshotOf(items: BulkItem[], notes: string, stopped: BulkSnapshot['stopped']): BulkSnapshot {
  const counts = Object.fromEntries(STATUSES.map((status) => [status, 0])) as BulkCounts;
  for (const item of items) counts[item.status]++;
  return {
    items,
    counts,
    total: items.length,
    notes,
    stopped,
    done: counts.queued === 0 && counts.sending === 0,
    retryable: items.filter(isRetryable).length,
  };
}

/** The sessions, each once (ids are unique then), oldest first; those started together by id. */
const oldestFirst = (sessions: readonly SessionRow[]): SessionRow[] =>
  [...new Map(sessions.map((session) => [session.id, session])).values()].sort(
    // Stryker disable next-line EqualityOperator: equivalent, ids are unique here, so `<=` is `<`
    (a, b) => a.startedAtMs - b.startedAtMs || (a.id < b.id ? -1 : 1),
  );

export class BulkRelease extends Store<BulkSnapshot> {
  private items: BulkItem[];
  private readonly queue: number[] = [];
  /** What a re-queued item was before Retry failed, so a Stop can put it back. */
  private readonly before = new Map<number, BulkItem>();
  private readonly waiters: Array<(snapshot: BulkSnapshot) => void> = [];
  private readonly request: ReleaseRequest;
  private readonly release: SessionsApi['release'];
  private readonly maxInFlight: number;
  private inFlight = 0;
  private started = false;
  private stopped: BulkSnapshot['stopped'] = null;

  /** Throws BulkReleaseRefused (nothing sent) for no sessions, more than 500, or notes too long. */
  constructor(options: BulkReleaseOptions) {
    const notes = options.notes ?? '';
    const refusal = checkBulkRelease(options.sessions, notes);
    if (refusal) throw new BulkReleaseRefused(refusal);
    const items = oldestFirst(options.sessions).map(
      (session): BulkItem => ({
        session,
        key: options.newKey(),
        status: 'queued',
        reason: null,
        row: null,
        httpStatus: null,
        code: null,
        attempts: 0,
      }),
    );
    super(snapshotOf(items, notes, null));
    this.items = items;
    this.queue.push(...items.map((_, index) => index));
    this.release = options.release;
    this.maxInFlight = Math.max(1, Math.floor(options.maxInFlight ?? BULK_RELEASE_IN_FLIGHT));
    // Blank notes are no notes, as in the single release; the text is sent as typed otherwise.
    this.request = notes.trim() ? { notes } : {};
  }

  /** Starts sending; later calls do nothing. */
  start(): void {
    if (this.started) return;
    this.started = true;
    this.pump();
    this.publish();
  }

  /** Sends nothing new; the releases in flight finish and are reported. The rest stay not sent. */
  stop(): void {
    this.halt('user');
  }

  /**
   * Sends the failed and unanswered ones again, oldest first, with their own keys and the same
   * notes, so none can be released twice. Ended (404) and moved-on (409) sessions are never sent again.
   */
  retryFailed(): void {
    this.sendAgain(isRetryable);
  }

  /**
   * Sends the ones a Stop, or leaving the page, kept from being sent: oldest first, with the keys
   * they were given and the same notes.
   */
  sendRest(): void {
    this.sendAgain((item) => item.status === 'not-sent');
  }

  private sendAgain(which: (item: BulkItem) => boolean): void {
    const again: number[] = [];
    this.items = this.items.map((item, index) => {
      if (!which(item)) return item;
      this.before.set(index, item);
      again.push(index);
      return { ...item, status: 'queued' };
    });
    if (again.length === 0) return;
    // A new round of sending: a Stop (or leaving) before it no longer holds.
    this.stopped = null;
    this.queue.push(...again);
    this.pump();
    this.publish();
  }

  /** Resolves once nothing is queued or in flight (at once when that is already so). */
  whenDone(): Promise<BulkSnapshot> {
    const snapshot = this.getSnapshot();
    if (snapshot.done) return Promise.resolve(snapshot);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private halt(reason: 'user' | 'forbidden'): void {
    this.stopped ??= reason;
    const left = new Set(this.queue.splice(0));
    this.items = this.items.map((item, index) =>
      left.has(index) ? (this.before.get(index) ?? { ...item, status: 'not-sent' }) : item,
    );
    this.before.clear();
    this.publish();
  }

  /** Sends from the queue up to the limit in flight; the caller publishes. */
  private pump(): void {
    if (!this.started) return;
    while (this.inFlight < this.maxInFlight && this.queue.length > 0) {
      const index = this.queue.shift() as number;
      this.before.delete(index);
      this.inFlight++;
      this.update(index, { status: 'sending', attempts: (this.items[index] as BulkItem).attempts + 1 });
      void this.send(index);
    }
  }

  private async send(index: number): Promise<void> {
    const item = this.items[index] as BulkItem;
    const { release } = this;
    let settled: Settled;
    try {
      const row = await release(item.session.id, this.request, item.key);
      settled = { status: 'released', reason: null, row, httpStatus: null, code: null };
    } catch (error) {
      settled = settleFailure(error);
    }
    this.inFlight--;
    this.update(index, settled);
    // Permission is the user's, not the session's: the next ones would be refused as well.
    if (settled.status === 'forbidden') this.halt('forbidden');
    this.pump();
    this.publish();
  }

  private update(index: number, patch: Partial<BulkItem>): void {
    this.items = this.items.map((item, i) => (i === index ? { ...item, ...patch } : item));
  }

  private publish(): void {
    const snapshot = snapshotOf(this.items, this.getSnapshot().notes, this.stopped);
    this.setState(snapshot);
    if (snapshot.done && this.started) {
      for (const resolve of this.waiters.splice(0)) resolve(snapshot);
    }
  }
}

/** Creates a bulk release and starts sending at once; throws BulkReleaseRefused before sending anything. */
export function startBulkRelease(options: BulkReleaseOptions): BulkRelease {
  const bulk = new BulkRelease(options);
  bulk.start();
  return bulk;
}
