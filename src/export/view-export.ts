// The export of a view: every page of its query, in the largest pages the dispatcher gives, one request
// at a time, each page written as CSV as soon as it is here, so the page never holds up the browser for
// long and the rows are not kept (only their text, as Blobs). Up to EXPORT_MAX sessions. Cancel aborts the request
// on its way and downloads nothing; a failure part-way downloads nothing either, and Retry goes on from
// the page that failed. A store (src/store), so React reads its progress.
import { LIST_LIMIT, type SessionListQuery } from '../contract/dispatcher-api';
import type { SessionsApi } from '../dispatcher/api';
import { type DispatcherFailure, toFailure } from '../dispatcher/failure';
import type { SessionRow } from '../session/row';
import { Store } from '../store/store';
import { type CsvColumn, csvBlob, csvHeader, csvRecords } from './csv';

/** Most sessions one export takes: a view with more exports its first ones, and says so. */
export const EXPORT_MAX = 10_000;

export type ExportPhase = 'running' | 'failed' | 'done' | 'cancelled';

export interface ExportSnapshot {
  readonly phase: ExportPhase;
  /** Sessions written so far. */
  readonly done: number;
  /** The sessions the view holds, as the dispatcher counted them with its first page; null until then or when it does not say. */
  readonly matching: number | null;
  /** The sessions the file will hold: the view's, at most EXPORT_MAX; null while not known. */
  readonly total: number | null;
  /** Sessions the dispatcher sent that break the contract, left out of the file. */
  readonly rejected: number;
  /** Why it stopped, when it failed. */
  readonly failure: DispatcherFailure | null;
}

export interface ViewExportOptions {
  api: SessionsApi;
  /** The view's query as sent now (instants resolved); its page size and cursor are the export's own. */
  query: SessionListQuery;
  columns: readonly CsvColumn<SessionRow>[];
  /** Takes the finished file; not called when the export is cancelled or fails. */
  onFile: (file: Blob) => void;
  /** Default EXPORT_MAX. */
  max?: number;
  /** Gives the browser its turn between pages (default: a new task). */
  pause?: () => Promise<void>;
}

/**
 * A new task: whatever the browser has waiting (input, a frame) runs before the next page is asked for.
 * scheduler.yield where the browser has it: a hidden tab throttles timers to one a second or less, and
 * it is not a timer.
 */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise<void>((resolve) => setTimeout(resolve, 0));
}

export class ViewExport extends Store<ExportSnapshot> {
  private readonly seen = new Set<string>();
  private readonly parts: Blob[] = [];
  private readonly max: number;
  /** The page to ask for next (null: the first). */
  private cursor: string | null = null;
  private controller: AbortController | null = null;

  constructor(private readonly options: ViewExportOptions) {
    super({ phase: 'running', done: 0, matching: null, total: null, rejected: 0, failure: null });
    this.max = options.max ?? EXPORT_MAX;
  }

  /** Starts fetching; resolves when the export is done, failed or cancelled. */
  start(): Promise<void> {
    return this.run();
  }

  /** Aborts the request on its way; nothing is downloaded. Nothing happens once the export is over. */
  cancel(): void {
    if (this.getSnapshot().phase !== 'running') return;
    this.patchState({ phase: 'cancelled', failure: null });
    this.controller?.abort();
  }

  /** After a failure: goes on from the page that failed. */
  retry(): Promise<void> {
    if (this.getSnapshot().phase !== 'failed') return Promise.resolve();
    this.patchState({ phase: 'running', failure: null });
    return this.run();
  }

  private async run(): Promise<void> {
    const { api, query, columns, pause = nextTask } = this.options;
    const controller = new AbortController();
    this.controller = controller;
    try {
      for (;;) {
        const page = await api.list(
          { ...query, limit: LIST_LIMIT.max, ...(this.cursor ? { cursor: this.cursor } : {}) },
          controller.signal,
        );
        if (controller.signal.aborted) return;
        // A session that moved between pages while they were read is written once.
        const fresh = page.rows.filter((row) => !this.seen.has(row.id)).slice(0, this.max - this.seen.size);
        for (const row of fresh) this.seen.add(row.id);
        // Each page's text becomes a Blob of its own at once: encoded a page at a time (the whole file
        // at the end would hold the main thread for as long as all of them), and held by the browser
        // rather than as text in the page's heap.
        this.parts.push(new Blob([csvRecords(columns, fresh)]));
        const current = this.getSnapshot();
        const matching = current.matching ?? page.total;
        this.cursor = page.nextCursor;
        this.patchState({
          done: this.seen.size,
          matching,
          total: matching === null ? null : Math.min(matching, this.max),
          rejected: current.rejected + page.rejected,
        });
        if (!this.cursor || this.seen.size >= this.max) break;
        await pause();
        if (controller.signal.aborted) return;
      }
      const file = csvBlob(csvHeader(columns), this.parts);
      this.parts.length = 0;
      this.patchState({ phase: 'done', total: this.seen.size });
      this.options.onFile(file);
    } catch (error) {
      if (controller.signal.aborted) return;
      this.patchState({ phase: 'failed', failure: toFailure(error) });
    }
  }
}
