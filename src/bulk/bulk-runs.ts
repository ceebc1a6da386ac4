// A bulk release outlives the page that started it. Leaving the page sends nothing new (the releases
// already on their way finish), and the outcome waits here to be told when the page shows again. One
// registry per host client, so another tenant or user never sees the previous one's run.
import type { SessionsApi } from '../dispatcher/api';
import { newIdempotencyKey } from '../release/idempotency-key';
import type { SessionRow } from '../session/row';
import { onePer } from '../store/one-per';
import { type BulkRelease, startBulkRelease } from './bulk-release';

/** The run the page shows: the one sending now, or the last one until its outcome has been told. */
export interface BulkRunState {
  readonly run: BulkRelease | null;
  /** The page was left while it was sending: it was stopped then. */
  readonly left: boolean;
}

export class BulkRuns {
  private state: BulkRunState = { run: null, left: false };
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly api: SessionsApi,
    private readonly newKey: () => string = newIdempotencyKey,
  ) {}

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): BulkRunState => this.state;

  /**
   * Starts releasing `sessions` with one note. Throws BulkReleaseRefused (nothing sent) for bad input,
   * and refuses to start while another run is still sending: one run at a time.
   */
  start(sessions: readonly SessionRow[], notes: string): BulkRelease {
    if (this.state.run && !this.state.run.getSnapshot().done) {
      throw new Error('A bulk release is still running.');
    }
    const run = startBulkRelease({
      sessions,
      notes,
      release: (id, request, key) => this.api.release(id, request, key),
      newKey: this.newKey,
    });
    this.set({ run, left: false });
    return run;
  }

  /** The page is left: the run sends nothing new, and what is in flight finishes. */
  leave(): void {
    const run = this.state.run;
    if (!run || run.getSnapshot().done) return;
    run.stop();
    this.set({ run, left: true });
  }

  /** The outcome of a finished run has been told: it is forgotten. */
  dismiss(): void {
    if (this.state.run?.getSnapshot().done) this.set({ run: null, left: false });
  }

  private set(state: BulkRunState): void {
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}

/** The one bulk-release registry of a host client's API. */
export const bulkRunsFor = onePer((api: SessionsApi) => new BulkRuns(api));
