// Loads the list page by page on the host's client: one request at a time, an auto-refresh that
// keeps the user's page, and a backoff after failures so a struggling API is not hammered.
// A store (src/store), so React reads it and unmount disposes it.
import { type DispatcherFailure, toFailure } from '../dispatcher/failure';
import type { SessionsApi } from '../dispatcher/api';
import type { CheckedPage } from '../dispatcher/answers';
import type { SessionRow } from '../session/row';
import { keepUnchanged } from '../store/equal';
import { Store } from '../store/store';
import { type ListQuery, resolveListQuery } from './query';

export const AUTO_REFRESH_MS = 30_000;
/** How many recent queries keep their page cursors for Back and Forward. */
const REMEMBERED_QUERIES = 30;
/** Waits before retrying after 1, 2, 3… failures in a row; the last one repeats. */
export const BACKOFF_MS = [2_000, 5_000, 10_000, 20_000, 40_000, 60_000] as const;

export interface ListSnapshot {
  page: CheckedPage | null;
  pageIndex: number;
  loading: boolean;
  /** The last load failed; `page` (if any) is from an earlier, successful load. */
  error: DispatcherFailure | null;
  /** When the shown rows were loaded (client clock). */
  updatedAtMs: number | null;
  autoRefresh: boolean;
  /** When the next automatic load happens, if one is planned (client clock). */
  nextLoadAtMs: number | null;
}

const INITIAL: ListSnapshot = {
  page: null,
  pageIndex: 0,
  loading: false,
  error: null,
  updatedAtMs: null,
  autoRefresh: true,
  nextLoadAtMs: null,
};

interface ShownQuery {
  query: ListQuery;
  /** The query as JSON: the same view, the same key. */
  key: string;
  /** cursors[i] starts page i; page 0 has none. */
  cursors: Array<string | null>;
}

export class SessionListLoader extends Store<ListSnapshot> {
  /** The query shown (null until the first), by its key, with its page cursors. */
  private current: ShownQuery | null = null;
  /** The dispatcher's clock minus this one, from the latest answer: relative instants use its time. */
  private clockOffsetMs = 0;
  /** The cursors of recent queries, so Back to page 3 of an earlier search finds page 3 again. */
  private readonly seenCursors = new Map<string, Array<string | null>>();
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
        ? { page: null, pageIndex: target, error: null, updatedAtMs: null }
        : { pageIndex: target, error: null },
    );
    this.load();
  }

  /** Reloads the page the user is on (the Refresh and Retry buttons). */
  refresh(): void {
    this.load();
  }

  /** Whether page `pageIndex` can be shown: the first page, or one whose cursor an earlier page gave. */
  hasPage(pageIndex: number): boolean {
    return pageIndex === 0 || Boolean(this.current?.cursors[pageIndex]);
  }

  setAutoRefresh(on: boolean): void {
    this.patchState({ autoRefresh: on });
    if (!this.getSnapshot().loading) this.schedule();
  }

  /** Replaces one row with fresher data (a release's answer) without reloading the page. */
  patchRow(row: SessionRow): void {
    const page = this.getSnapshot().page;
    if (!page) return;
    this.patchState({ page: { ...page, rows: page.rows.map((r) => (r.id === row.id ? row : r)) } });
  }

  /** Takes a row that has ended off the page at once, before the refresh confirms it. */
  dropRow(id: string): void {
    const page = this.getSnapshot().page;
    if (!page) return;
    this.patchState({ page: { ...page, rows: page.rows.filter((r) => r.id !== id) } });
  }

  /**
   * The browser tab is hidden or shown again. Hidden, nothing is loaded automatically; shown again,
   * rows older than the auto-refresh interval (or a failed load) are loaded at once.
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
    const age = updatedAtMs === null ? Infinity : this.now() - updatedAtMs;
    if (autoRefresh && (error || age >= AUTO_REFRESH_MS)) this.load();
    else this.schedule(AUTO_REFRESH_MS - age);
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
    if (this.interrupted || !this.getSnapshot().page) this.load();
    else this.schedule();
  }

  private load(): void {
    const current = this.current;
    if (this.stopped || !current) return;
    this.interrupted = false;
    // A newer load replaces an older one, so at most one list request is ever in flight.
    this.inFlight?.abort();
    clearTimeout(this.timer);
    const controller = new AbortController();
    this.inFlight = controller;
    const cursor = current.cursors[this.getSnapshot().pageIndex] ?? null;
    this.patchState({ loading: true, nextLoadAtMs: null });
    const request = resolveListQuery(current.query, this.now() + this.clockOffsetMs);
    this.api.list({ ...request, ...(cursor ? { cursor } : {}) }, controller.signal).then(
      // Every newer load, a new query's included, and every stop abort this one first.
      (page) => {
        if (controller.signal.aborted) return;
        this.inFlight = null;
        this.failures = 0;
        this.clockOffsetMs = page.clockOffsetMs;
        // The next page's cursor; pages after it may have moved, so their cursors are forgotten.
        const index = this.getSnapshot().pageIndex;
        current.cursors = [
          ...current.cursors.slice(0, index + 1),
          ...(page.nextCursor ? [page.nextCursor] : []),
        ];
        this.rememberCursors(current);
        this.patchState({
          page: withUnchangedRows(this.getSnapshot().page, page),
          loading: false,
          error: null,
          updatedAtMs: this.now(),
        });
        this.schedule();
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
        ? AUTO_REFRESH_MS
        : (BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length) - 1] as number));
    this.timer = setTimeout(() => this.load(), delay);
    this.patchState({ nextLoadAtMs: this.now() + delay });
  }
}

/**
 * The new page, with the previous answer's row objects wherever a row has not changed: a refresh that
 * changes nothing gives React nothing to render again (memoised rows compare objects).
 */
function withUnchangedRows(previous: CheckedPage | null, next: CheckedPage): CheckedPage {
  return previous ? { ...next, rows: keepUnchanged(previous.rows, next.rows) } : next;
}
