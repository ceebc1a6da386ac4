// A confirmed release belongs to the administrator, not to the dialog or the page that sent it: it
// goes on when the dialog closes, when another view is shown or the page is left, and its outcome is
// told when the page shows again. One tracker per host client, so another tenant or user never sees
// the releases of the previous one. A store (src/store), read by React.
import type { I18n } from '../i18n/translate';
import type { SessionsApi } from '../dispatcher/api';
import { newIdempotencyKey } from './idempotency-key';
import { Store } from '../store/store';
import { contactLabel } from '../session/display';
import type { SessionRow } from '../session/row';
import { classifyReleaseFailure, isFinal, type ReleaseResult } from './outcome';

/** One session's release, from the first confirmation until its final outcome has been told. */
export interface ReleaseAttempt {
  readonly sessionId: string;
  /** The contact the page names the session by, for an outcome told after the page came back. */
  readonly contact: string;
  readonly key: string;
  readonly notes: string;
  readonly sending: boolean;
  /** The outcome of the last request; none while the first one is on its way. */
  readonly result: ReleaseResult | null;
  /**
   * A request may have been applied (no answer, 5xx): the key and the notes now go together, and
   * every retry repeats both. After a refusal nothing was done, and a new attempt is a new request.
   */
  readonly locked: boolean;
  /** The outcome of the last request has been told to the user. */
  readonly told: boolean;
}

export type ReleaseAttempts = ReadonlyMap<string, ReleaseAttempt>;

export class ReleaseTracker extends Store<ReleaseAttempts> {
  constructor(
    private readonly api: SessionsApi,
    private readonly newKey: () => string = newIdempotencyKey,
  ) {
    super(new Map());
  }

  /**
   * Releases `row` with `notes`; `t` words the outcome. While a request for the session is on its way, nothing more is sent;
   * once one may have been applied, the same key and the same notes are sent whatever `notes` says.
   */
  send(row: SessionRow, notes: string, t: I18n['t']): void {
    const current = this.getSnapshot().get(row.id);
    // A click that lands after the final outcome, before the dialog has gone, sends nothing.
    if (current?.sending || (current?.result && isFinal(current.result))) return;
    const locked = current?.locked === true;
    const attempt: ReleaseAttempt = {
      sessionId: row.id,
      contact: contactLabel(row),
      key: locked ? current.key : this.newKey(),
      notes: locked ? current.notes : notes,
      sending: true,
      result: current?.result ?? null,
      locked,
      // Stryker disable next-line BooleanLiteral: equivalent, an attempt on its way is passed over by told() and by the page, and its answer sets told to false
      told: true,
    };
    this.put(attempt);
    // No abort signal: leaving the page must not abandon a release the administrator confirmed.
    const body = attempt.notes.trim() ? { notes: attempt.notes } : {};
    void this.api
      .release(row.id, body, attempt.key)
      .then(
        (released): ReleaseResult => ({ kind: 'released', row: released }),
        // In the language of the page that sent it: the outcome is told in the words it was asked in.
        (error: unknown) => classifyReleaseFailure(error, t),
      )
      .then((result) =>
        this.put({
          ...attempt,
          sending: false,
          result,
          locked: attempt.locked || result.kind === 'uncertain',
          told: false,
        }),
      );
  }

  /** The last outcome has been told; a final one ends the attempt. */
  told(sessionId: string): void {
    const attempt = this.getSnapshot().get(sessionId);
    if (!attempt?.result || attempt.sending) return;
    if (isFinal(attempt.result)) this.remove(sessionId);
    else if (!attempt.told) this.put({ ...attempt, told: true });
  }

  private put(attempt: ReleaseAttempt): void {
    this.setState(new Map(this.getSnapshot()).set(attempt.sessionId, attempt));
  }

  private remove(sessionId: string): void {
    const next = new Map(this.getSnapshot());
    next.delete(sessionId);
    this.setState(next);
  }
}

/** The one tracker of a host client's API, so a page that comes back finds the releases it left. */
export const makeReleaseTracker = (api: SessionsApi): ReleaseTracker => new ReleaseTracker(api);
