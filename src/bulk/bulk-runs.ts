// A bulk release outlives the page that started it. Leaving the page sends nothing new (the releases
// already on their way finish), and the outcome waits here to be told when the page shows again. One
// registry per host client, so another tenant or user never sees the previous one's run.
import type { SessionsApi } from '../dispatcher/api';
import { newIdempotencyKey } from '../release/idempotency-key';
import type { SessionRow } from '../session/row';
import { Store } from '../store/store';
import { type BulkRelease, startBulkRelease } from './bulk-release';

/** The run the page shows: the one sending now, or the last one until its outcome has been told. */
export interface BulkRunState {
  readonly run: BulkRelease | null;
  /** The page was left while it was sending: it was stopped then. */
  readonly left: boolean;
}

export class BulkRuns extends Store<BulkRunState> {
  constructor(
    private readonly api: SessionsApi,
    private readonly newKey: () => string = newIdempotencyKey,
  ) {
    super({ run: null, left: false });
  }

  /**
   * Starts releasing `sessions` with one note. Throws BulkReleaseRefused (nothing sent) for bad input,
   * and refuses to start while another run is still sending: one run at a time.
   */
  start(sessions: readonly SessionRow[], notes: string): BulkRelease {
    const { run: current } = this.getSnapshot();
    if (current && !current.getSnapshot().done) {
      throw new Error('A bulk release is still running.');
    }
    const run = startBulkRelease({
      sessions,
      notes,
      release: (id, request, key) => this.api.release(id, request, key),
      newKey: this.newKey,
    });
    this.setState({ run, left: false });
    return run;
  }

  /** The page is left: the run sends nothing new, and what is in flight finishes. */
  leave(): void {
    const run = this.getSnapshot().run;
    if (!run || run.getSnapshot().done) return;
    run.stop();
    this.setState({ run, left: true });
  }

  /** The outcome of a finished run has been told: it is forgotten. */
  dismiss(): void {
    if (this.getSnapshot().run?.getSnapshot().done) this.setState({ run: null, left: false });
  }
}

/** Makes the bulk-release registry of a host client (once per client: ClientServices.once). */
export const makeBulkRuns = (api: SessionsApi): BulkRuns => new BulkRuns(api);
