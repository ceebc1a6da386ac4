// What a release attempt came to, and what the administrator is told. Pure, so every answer of
// the dispatcher is covered by unit tests.
import { toFailure } from './api';
import { failureDetail } from './failure-text';
import type { SessionRow } from './model';

export type ReleaseResult =
  /** Released; `row` is the dispatcher's updated session when its answer could be read. */
  | { kind: 'released'; row: SessionRow | null }
  /** 409: no longer with an agent, or already released by someone else. Refresh the list. */
  | ({ kind: 'conflict' } & Told)
  /** 404: the session ended or is gone. Refresh the list. */
  | ({ kind: 'gone' } & Told)
  /** Not released; the same request may be retried (403, 5xx, other answers). */
  | ({ kind: 'failed' } & Told)
  /** No answer: it may or may not have happened. A retry must reuse the same Idempotency-Key. */
  | ({ kind: 'unknown' } & Told);

/** What the administrator is told: what happened and what to do, and the technical detail apart. */
interface Told {
  message: string;
  detail: string;
}

export function classifyReleaseFailure(error: unknown): ReleaseResult {
  const failure = toFailure(error);
  const detail = failureDetail(failure);
  if (failure.kind === 'timeout' || failure.kind === 'network' || failure.kind === 'aborted') {
    return {
      kind: 'unknown',
      message:
        'No answer from the dispatcher, so the session may or may not have been released. ' +
        'Retry sends the same request again: it cannot release the session twice.',
      detail,
    };
  }
  if (failure.kind === 'format') {
    return { kind: 'released', row: null };
  }
  switch (failure.status) {
    case 409:
      return {
        kind: 'conflict',
        message:
          failure.code === 'ALREADY_UNASSIGNED'
            ? 'This session was already released by someone else: it is waiting in the Handoff Inbox as Unassigned. The row now shows its current data.'
            : 'This session is no longer with an agent, so there is nothing to release. The row now shows its current data.',
        detail,
      };
    case 404:
      return {
        kind: 'gone',
        message: 'This session has ended or no longer exists, so it was not released. It has left the list.',
        detail,
      };
    case 403:
      return {
        kind: 'failed',
        message:
          'You are not allowed to release sessions: the permission communications.access is missing. ' +
          'Ask a tenant administrator to grant it.',
        detail,
      };
    case 400:
    case 422:
      return {
        kind: 'failed',
        message: 'The dispatcher refused the request as invalid. Nothing was released.',
        detail,
      };
    default:
      return {
        kind: 'failed',
        message:
          `${(failure.status ?? 500) >= 500 ? 'The dispatcher is not responding properly' : 'The dispatcher refused the request'} and did not confirm the release. ` +
          'Try again: the retry repeats the same request, so the session cannot be released twice.',
        detail,
      };
  }
}
