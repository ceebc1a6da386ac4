// Loads the list page by page on the host's client: one request at a time, an auto-refresh that
// keeps the user's page, and a backoff after failures so a struggling API is not hammered.
// Plain TypeScript with a subscribe/getSnapshot pair, so React reads it and unmount disposes it.
import type { SessionListQuery } from '../contract/dispatcher-api';
import { type DispatcherFailure, type SessionsApi, toFailure } from './api';
import type { CheckedPage, SessionRow } from './model';

export const AUTO_REFRESH_MS = 30_000;
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

export class SessionListLoader {
  private snapshot: ListSnapshot = INITIAL;
  private readonly listeners = new Set<() => void>();
  private query: SessionListQuery | null = null;
  private queryKey = '';
  /** cursors[i] starts page i; page 0 has none. */
  private cursors: Array<string | null> = [null];
  private inFlight: AbortController | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  /** Stopped loaders send nothing and plan nothing until started again. */
  private stopped = false;
  /** A load was cut short by stop(): start() sends it again. */
  private interrupted = false;

  constructor(
    readonly api: SessionsApi,
    private readonly now: () => number = Date.now,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): ListSnapshot => this.snapshot;

  /** Shows the first page of a new query; the same query again changes nothing. */
  setQuery(query: SessionListQuery): void {
    const key = JSON.stringify(query);
    if (key === this.queryKey) return;
    this.query = query;
    this.queryKey = key;
    this.cursors = [null];
    this.failures = 0;
    this.set({ page: null, pageIndex: 0, error: null, updatedAtMs: null });
    this.load();
  }

  /** Reloads the page the user is on (the Refresh and Retry buttons). */
  refresh(): void {
    this.load();
  }

  next(): void {
    const cursor = this.snapshot.page?.nextCursor;
    if (!cursor || this.snapshot.loading) return;
    this.cursors = [...this.cursors.slice(0, this.snapshot.pageIndex + 1), cursor];
    this.set({ pageIndex: this.snapshot.pageIndex + 1 });
    this.load();
  }

  previous(): void {
    if (this.snapshot.pageIndex === 0) return;
    this.set({ pageIndex: this.snapshot.pageIndex - 1 });
    this.load();
  }

  setAutoRefresh(on: boolean): void {
    this.set({ autoRefresh: on });
    if (!this.snapshot.loading) this.schedule();
  }

  /** Replaces one row with fresher data (a release's answer) without reloading the page. */
  patchRow(row: SessionRow): void {
    const page = this.snapshot.page;
    if (!page) return;
    this.set({ page: { ...page, rows: page.rows.map((r) => (r.id === row.id ? row : r)) } });
  }

  /** Takes a row that has ended off the page at once, before the refresh confirms it. */
  dropRow(id: string): void {
    const page = this.snapshot.page;
    if (!page) return;
    this.set({ page: { ...page, rows: page.rows.filter((r) => r.id !== id) } });
  }

  /**
   * Cancels the request in flight and every planned load. The owner may start it again: React runs an
   * effect's cleanup and the effect once more whenever it replays effects (StrictMode, a remount).
   */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.inFlight) {
      this.inFlight.abort();
      this.inFlight = null;
      this.interrupted = true;
      this.set({ loading: false });
    }
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Resumes after stop(): the interrupted load is sent again, or the next one is planned. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    if (this.interrupted || !this.snapshot.page) this.load();
    else this.schedule();
  }

  private set(patch: Partial<ListSnapshot>): void {
    this.snapshot = { ...this.snapshot, ...patch };
    for (const listener of this.listeners) listener();
  }

  private load(): void {
    if (this.stopped || !this.query) return;
    this.interrupted = false;
    // A newer load replaces an older one, so at most one list request is ever in flight.
    this.inFlight?.abort();
    clearTimeout(this.timer);
    const controller = new AbortController();
    this.inFlight = controller;
    const cursor = this.cursors[this.snapshot.pageIndex] ?? null;
    const key = this.queryKey;
    this.set({ loading: true, nextLoadAtMs: null });
    this.api.list({ ...this.query, ...(cursor ? { cursor } : {}) }, controller.signal).then(
      (page) => {
        if (controller.signal.aborted || key !== this.queryKey) return;
        this.inFlight = null;
        this.failures = 0;
        this.set({ page, loading: false, error: null, updatedAtMs: this.now() });
        this.schedule();
      },
      (error: unknown) => {
        if (controller.signal.aborted || key !== this.queryKey) return;
        this.inFlight = null;
        // Not cancelled by this loader (that was checked above), so by the host's client: an
        // interceptor or a signal of its own. The load has ended all the same, and is retried.
        const failure = toFailure(error);
        this.failures += 1;
        this.set({ loading: false, error: failure });
        this.schedule();
      },
    );
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.stopped || !this.snapshot.autoRefresh) {
      this.set({ nextLoadAtMs: null });
      return;
    }
    const delay =
      this.failures === 0 ? AUTO_REFRESH_MS : BACKOFF_MS[Math.min(this.failures, BACKOFF_MS.length) - 1];
    this.timer = setTimeout(() => this.load(), delay);
    this.set({ nextLoadAtMs: this.now() + (delay ?? AUTO_REFRESH_MS) });
  }
}
