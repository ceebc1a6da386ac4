// What a release attempt came to, and what the administrator is told. Pure, so every answer of
// the dispatcher is covered by unit tests.
import { toFailure } from './api';
import type { SessionRow } from './model';

export type ReleaseResult =
  /** Released; `row` is the dispatcher's updated session when its answer could be read. */
  | { kind: 'released'; row: SessionRow | null }
  /** 409: no longer with an agent, or already released by someone else. Refresh the list. */
  | { kind: 'conflict'; message: string }
  /** 404: the session ended or is gone. Refresh the list. */
  | { kind: 'gone'; message: string }
  /** The dispatcher refused the request (400, 403, other 4xx): nothing was released. A new attempt is a new request. */
  | { kind: 'refused'; message: string }
  /** 5xx or no answer: it may or may not have happened. A retry must send the same key and the same notes. */
  | { kind: 'uncertain'; message: string }
  /** 422 for a reused key: an earlier request with this key is on record; the list shows the session as it is. */
  | { kind: 'reused'; message: string };

/** Outcomes after which the session's release is over: the dialog closes and the list shows the rest. */
export type FinalResult = Extract<ReleaseResult, { kind: 'released' | 'conflict' | 'gone' | 'reused' }>;

export const isFinal = (result: ReleaseResult): result is FinalResult =>
  result.kind !== 'refused' && result.kind !== 'uncertain';

const RETRY_IS_SAFE =
  'Retry sends the same request again, with the same notes: it cannot release the session twice.';

export function classifyReleaseFailure(error: unknown): ReleaseResult {
  const failure = toFailure(error);
  if (failure.kind === 'timeout' || failure.kind === 'network' || failure.kind === 'aborted') {
    return {
      kind: 'uncertain',
      message: `No answer from the dispatcher, so the session may or may not have been released. ${RETRY_IS_SAFE}`,
    };
  }
  if (failure.kind === 'format') {
    return { kind: 'released', row: null };
  }
  const status = failure.status ?? 0;
  if (status === 409) {
    return {
      kind: 'conflict',
      message:
        failure.code === 'ALREADY_UNASSIGNED'
          ? 'This session was already released by someone else: it is waiting in the Handoff Inbox as Unassigned. The row now shows its current data.'
          : 'This session is no longer with an agent, so there is nothing to release. The row now shows its current data.',
    };
  }
  if (status === 404) {
    return {
      kind: 'gone',
      message: 'This session has ended or no longer exists, so it was not released. It has left the list.',
    };
  }
  if (status === 422 && failure.code === 'IDEMPOTENCY_KEY_REUSED') {
    return {
      kind: 'reused',
      message:
        'The dispatcher already has an earlier release request for this session on record, so it may already be released. The list has been reloaded to show it as it is now.',
    };
  }
  if (status === 403) {
    return {
      kind: 'refused',
      message:
        'Nothing was released: you are not allowed to release sessions (the permission communications.access is missing).',
    };
  }
  if (status >= 400 && status < 500) {
    return {
      kind: 'refused',
      message: `Nothing was released: the dispatcher refused the request as invalid (HTTP ${status}).`,
    };
  }
  return {
    kind: 'uncertain',
    message: `The dispatcher reported an error (HTTP ${status}), so it is not known whether the session was released. ${RETRY_IS_SAFE}`,
  };
}
