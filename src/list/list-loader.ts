// Loads the list page by page on the host's client: one request at a time, live while the page is
// visible (a conditional request every few seconds, or on the host's change events), calm (rows that
// would come, go or move wait behind a notice while the administrator works on the list), and a
// backoff after failures so a struggling API is not hammered. A store (src/store), so React reads it
// and unmount disposes it.
import type { SessionsChangedEvent } from '../contract/dispatcher-api';
import type { ListRead, SessionsApi } from '../dispatcher/api';
import type { CheckedPage } from '../dispatcher/answers';
import { type DispatcherFailure, toFailure } from '../dispatcher/failure';
import type { SessionRow } from '../session/row';
import { Store } from '../store/store';
import { inPlace, reshapes, rowChanges, takeIn } from './changes';
import { type ListQuery, resolveListQuery } from './query';

/** How often a visible page asks whether its list changed, without a feed of changes from the host. */
export const AUTO_REFRESH_MS = 5_000;
/** How often it asks anyway when the host's feed tells it of changes: in case the feed misses one. */
export const FEED_FALLBACK_MS = 60_000;
/** How many recent queries keep their page cursors for Back and Forward. */
const REMEMBERED_QUERIES = 30;
/** Waits before retrying after 1, 2, 3… failures in a row; the last one repeats. */
export const BACKOFF_MS = [2_000, 5_000, 10_000, 20_000, 40_000, 60_000] as const;

/** Subscribes to the host's change events; returns the unsubscribe (the `subscribe` prop). */
export type ChangeFeed = (listener: (event: SessionsChangedEvent) => void) => () => void;

/** An answer that would add, remove or move rows, waiting until the administrator takes it in. */
export interface WaitingChanges {
  page: CheckedPage;
  added: number;
  left: number;
  moved: boolean;
}

export interface ListSnapshot {
  page: CheckedPage | null;
  pageIndex: number;
  loading: boolean;
  /** The last load failed; `page` (if any) is from an earlier, successful load. */
  error: DispatcherFailure | null;
  /** When the shown rows were last confirmed current (client clock). */
  updatedAtMs: number | null;
  /**
   * When an answer last brought something new (a 200, or a new stuck count on a 304; client clock):
   * the cue for what reads the same data (the agents' workload) to read again, so that an unchanged
   * tenant costs it nothing.
   */
  changedAtMs: number | null;
  autoRefresh: boolean;
  /** When the next automatic load happens, if one is planned (client clock). */
  nextLoadAtMs: number | null;
  /** Rows a refresh would add, remove or move, held back while the list is being worked on. */
  waiting: WaitingChanges | null;
  /** Rows the last refresh changed or brought, to be marked for a moment; a new set each time. */
  changed: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

const INITIAL: ListSnapshot = {
  page: null,
  pageIndex: 0,
  loading: false,
  error: null,
  updatedAtMs: null,
  changedAtMs: null,
  autoRefresh: true,
  nextLoadAtMs: null,
  waiting: null,
  changed: NONE,
};

interface ShownQuery {
  query: ListQuery;
  /** The query as JSON: the same view, the same key. */
  key: string;
  /** cursors[i] starts page i; page 0 has none. */
  cursors: Array<string | null>;
}

/** Who asked for a load: the administrator (it shows what it brings) or time and the host's feed (calm). */
type Reason = 'user' | 'background';

export class SessionListLoader extends Store<ListSnapshot> {
  /** The query shown (null until the first), by its key, with its page cursors. */
  private current: ShownQuery | null = null;
  /** The dispatcher's clock minus this one, from the latest answer: relative instants use its time. */
  private clockOffsetMs = 0;
  /** The cursors of recent queries, so Back to page 3 of an earlier search finds page 3 again. */
  private readonly seenCursors = new Map<string, Array<string | null>>();
  /** The ETag of the answer shown, with the query and cursor it answered: sent back to ask what changed. */
  private tag: { key: string; cursor: string | null; value: string } | null = null;
  private inFlight: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  /** Stopped loaders send nothing and plan nothing until started again. */
  private stopped = false;
  /** A load was cut short by stop(): start() sends it again. */
  // Stryker disable next-line BooleanLiteral: equivalent, it only counts once rows are shown, and the load that brought them cleared it
  private interrupted = false;
  /** The browser tab is hidden: nothing is loaded automatically. */
  private hidden = false;
  /** The host tells of changes: poll only as a fallback. */
  private feeds = 0;
  /** A change was told while a load was under way, or while nothing could be loaded: load again. */
  private told = false;
  /** Whether the administrator is working on the list now (pointer, focus, a choice, a dialog). */
  private busy: () => boolean = () => false;

  constructor(
    readonly api: SessionsApi,
    private readonly now: () => number = Date.now,
  ) {
    super(INITIAL);
  }

  /**
   * Shows page `pageIndex` of `query`: the view the user chose, or the one Back or Forward brought back.
   * A new query starts over from its first page; a page whose cursor is not known (a reloaded link to a
   * later page) falls back to the first page. Whatever changed, one request; nothing changed, none.
   */
  setQuery(query: ListQuery, pageIndex = 0): void {
    const key = JSON.stringify(query);
    let current = this.current;
    let newQuery = false;
    if (current?.key !== key) {
      current = { query, key, cursors: this.seenCursors.get(key) ?? [null] };
      this.current = current;
      this.failures = 0;
      newQuery = true;
    }
    const target = pageIndex < current.cursors.length ? Math.max(pageIndex, 0) : 0;
    if (!newQuery && target === this.getSnapshot().pageIndex) return;
    this.patchState(
      newQuery
        ? { page: null, pageIndex: target, error: null, updatedAtMs: null, waiting: null, changed: NONE }
        : { pageIndex: target, error: null, waiting: null, changed: NONE },
    );
    this.load('user');
  }

  /** Reloads the page the user is on (the Refresh and Retry buttons): what it brings is shown. */
  refresh(): void {
    this.load('user');
  }

  /** Whether page `pageIndex` can be shown: the first page, or one whose cursor an earlier page gave. */
  hasPage(pageIndex: number): boolean {
    return pageIndex === 0 || Boolean(this.current?.cursors[pageIndex]);
  }

  setAutoRefresh(on: boolean): void {
    this.patchState({ autoRefresh: on });
    if (!this.getSnapshot().loading) this.schedule();
  }

  /** Tells the loader how to see that the administrator is working on the list (changes then wait). */
  setBusy(busy: () => boolean): void {
    this.busy = busy;
  }

  /** Takes the waiting changes in: rows come, go and move now. */
  showWaiting(): void {
    const { page, waiting } = this.getSnapshot();
    if (!waiting || !page) return;
    const changes = rowChanges(page.rows, waiting.page.rows);
    this.patchState({
      page: takeIn(page, waiting.page),
      waiting: null,
      changed: new Set([...changes.added, ...changes.changed]),
    });
  }

  /**
   * Replaces one row with fresher data (a release's answer) without reloading the page; `stuckDelta`
   * corrects the stuck count at once (a released session is no longer stuck).
   */
  patchRow(row: SessionRow, stuckDelta = 0): void {
    const page = this.getSnapshot().page;
    if (!page) return;
    const stuck = page.stuck === null ? null : Math.max(0, page.stuck + stuckDelta);
    this.patchState({ page: { ...page, stuck, rows: page.rows.map((r) => (r.id === row.id ? row : r)) } });
  }

  /** Takes a row that has ended off the page at once, before the refresh confirms it. */
  dropRow(id: string): void {
    const page = this.getSnapshot().page;
    if (!page) return;
    this.patchState({ page: { ...page, rows: page.rows.filter((r) => r.id !== id) } });
  }

  /**
   * Listens to the host's change events: each brings a refresh (events that come together, one; one
   * already under way, one more after it), and time-based refreshes become a slow fallback.
   */
  attachFeed(subscribe: ChangeFeed): () => void {
    this.feeds += 1;
    if (!this.getSnapshot().loading) this.schedule();
    let attached = true;
    const unsubscribe = subscribe(() => attached && this.changeTold());
    return () => {
      if (!attached) return;
      attached = false;
      unsubscribe();
      this.feeds -= 1;
      if (!this.getSnapshot().loading) this.schedule();
    };
  }

  /**
   * The browser tab is hidden or shown again. Hidden, nothing is loaded automatically; shown again,
   * rows older than the refresh interval, a change told meanwhile or a failed load are loaded at once.
   */
  setVisible(visible: boolean): void {
    if (this.hidden === !visible) return;
    this.hidden = !visible;
    const { loading, updatedAtMs, autoRefresh, error } = this.getSnapshot();
    // A load under way plans the next one when it ends; a stopped loader neither loads nor plans.
    if (loading) return;
    if (this.hidden) {
      this.schedule();
      return;
    }
    const interval = this.interval();
    const age = updatedAtMs === null ? Infinity : this.now() - updatedAtMs;
    if (autoRefresh && (error || this.told || age >= interval)) this.load('background');
    else this.schedule(interval - age);
  }

  /**
   * Cancels the request in flight and every planned load. The owner may start it again: React runs an
   * effect's cleanup and the effect once more whenever it replays effects (StrictMode, a remount).
   */
  stop(): void {
    // A second stop finds nothing to cancel: nothing is sent or planned while stopped.
    this.stopped = true;
    if (this.inFlight) {
      this.inFlight.abort();
      this.inFlight = null;
      this.interrupted = true;
      this.patchState({ loading: false });
    }
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Resumes after stop(): the interrupted load is sent again, or the next one is planned. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (this.interrupted || !this.getSnapshot().page) this.load('background');
    else this.schedule();
  }

  private interval(): number {
    return this.feeds > 0 ? FEED_FALLBACK_MS : AUTO_REFRESH_MS;
  }

  /** The host told of a change: a refresh now, or after the one under way, or once the tab shows. */
  private changeTold(): void {
    this.told = true;
    if (this.stopped || this.hidden || !this.getSnapshot().autoRefresh || this.inFlight) return;
    // Events told together (in one task) bring one request.
    void Promise.resolve().then(() => {
      if (this.told && !this.inFlight && !this.stopped && !this.hidden) this.load('background');
    });
  }

  private load(reason: Reason): void {
    const current = this.current;
    if (this.stopped || !current) return;
    this.interrupted = false;
    this.told = false;
    // A newer load replaces an older one, so at most one list request is ever in flight.
    this.inFlight?.abort();
    clearTimeout(this.timer);
    const controller = new AbortController();
    this.inFlight = controller;
    const cursor = current.cursors[this.getSnapshot().pageIndex] ?? null;
    const etag =
      this.tag && this.tag.key === current.key && this.tag.cursor === cursor && this.getSnapshot().page
        ? this.tag.value
        : null;
    this.patchState({ loading: true, nextLoadAtMs: null });
    const request = resolveListQuery(current.query, this.now() + this.clockOffsetMs);
    this.api.listIfChanged({ ...request, ...(cursor ? { cursor } : {}) }, etag, controller.signal).then(
      // Every newer load, a new query's included, and every stop abort this one first.
      (read) => {
        if (controller.signal.aborted) return;
        this.inFlight = null;
        this.failures = 0;
        this.arrived(read, current, cursor, reason);
        if (this.told) this.load('background');
        else this.schedule();
      },
      (error: unknown) => {
        if (controller.signal.aborted) return;
        this.inFlight = null;
        // Not cancelled by this loader (that was checked above), so by the host's client: an
        // interceptor or a signal of its own. The load has ended all the same, and is retried.
        const failure = toFailure(error);
        this.failures += 1;
        this.patchState({ loading: false, error: failure });
        this.schedule();
      },
    );
  }

  /** Shows what a load brought: nothing new, the answer whole, or rows changed in place with the rest waiting. */
  private arrived(read: ListRead, current: ShownQuery, cursor: string | null, reason: Reason): void {
    const now = this.now();
    const done = { loading: false, error: null, updatedAtMs: now };
    if (read.kind === 'unchanged') {
      // Only time moved: the stuck count, and nothing of the rows. Asked for by the administrator,
      // the answer that was waiting is the current one: it is shown.
      if (reason === 'user') this.showWaiting();
      const current = this.getSnapshot().page;
      const stuck = read.stuck ?? current?.stuck ?? null;
      this.patchState({
        ...done,
        ...(current && stuck !== current.stuck
          ? { page: { ...current, stuck }, changedAtMs: done.updatedAtMs }
          : {}),
      });
      return;
    }
    const shown = this.getSnapshot().page;
    const page = read.page;
    const brought = { ...done, changedAtMs: now };
    this.tag = read.etag ? { key: current.key, cursor, value: read.etag } : null;
    this.clockOffsetMs = page.clockOffsetMs;
    // The next page's cursor; pages after it may have moved, so their cursors are forgotten.
    const index = this.getSnapshot().pageIndex;
    current.cursors = [...current.cursors.slice(0, index + 1), ...(page.nextCursor ? [page.nextCursor] : [])];
    this.rememberCursors(current);
    if (!shown || reason === 'user') {
      this.patchState({ ...brought, page: takeIn(shown, page), waiting: null, changed: NONE });
      return;
    }
    const changes = rowChanges(shown.rows, page.rows);
    if (reshapes(changes) && this.busy()) {
      const waiting = { page, added: changes.added.length, left: changes.left.length, moved: changes.moved };
      this.patchState({ ...brought, page: inPlace(shown, page), waiting, changed: marks(changes.changed) });
    } else {
      const changed = marks([...changes.added, ...changes.changed]);
      this.patchState({ ...brought, page: takeIn(shown, page), waiting: null, changed });
    }
  }

  private rememberCursors({ key, cursors }: ShownQuery): void {
    this.seenCursors.delete(key);
    this.seenCursors.set(key, cursors);
    // The oldest query goes first; a few dozen views back is more than anyone presses Back for.
    if (this.seenCursors.size > REMEMBERED_QUERIES) {
      const oldest = this.seenCursors.keys().next().value;
      if (oldest !== undefined) this.seenCursors.delete(oldest);
    }
  }

  private schedule(delayMs?: number): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped || this.hidden || !this.getSnapshot().autoRefresh) {
      this.patchState({ nextLoadAtMs: null });
      return;
    }
    const delay =
      delayMs ??
      (this.failures === 0
        ? this.interval()
        : (BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length) - 1] as number));
    this.timer = setTimeout(() => this.load('background'), delay);
    this.patchState({ nextLoadAtMs: this.now() + delay });
  }
}

/** The rows to mark as changed: none keeps the same set, so nothing renders for it. */
const marks = (ids: readonly string[]): ReadonlySet<string> => (ids.length ? new Set(ids) : NONE);
