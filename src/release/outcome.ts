// What a release attempt came to, and what the administrator is told. Pure, so every answer of
// the dispatcher is covered by unit tests.
import type { I18n } from '../i18n/translate';
import { type DispatcherFailure, toFailure } from '../dispatcher/failure';
import { failureDetail } from '../dispatcher/failure-text';
import type { SessionRow } from '../session/row';

export type ReleaseResult =
  /** Released; `row` is the dispatcher's updated session when its answer could be read. */
  | { kind: 'released'; row: SessionRow | null }
  /** 409: no longer with an agent, or already released by someone else. Refresh the list. */
  | ({ kind: 'conflict' } & Told)
  /** 404: the session ended or is gone. Refresh the list. */
  | ({ kind: 'gone' } & Told)
  /** The dispatcher refused the request (400, 403, other 4xx): nothing was released. A new attempt is a new request. */
  | ({ kind: 'refused' } & Told)
  /** 5xx or no answer: it may or may not have happened. A retry must send the same key and the same notes. */
  | ({ kind: 'uncertain' } & Told)
  /** 422 for a reused key: an earlier request with this key is on record; the list shows the session as it is. */
  | ({ kind: 'reused' } & Told);

/** What the administrator is told: what happened and what to do, and the technical detail apart. */
interface Told {
  message: string;
  detail: string;
}

/** Outcomes after which the session's release is over: the dialog closes and the list shows the rest. */
export type FinalResult = Extract<ReleaseResult, { kind: 'released' | 'conflict' | 'gone' | 'reused' }>;

export const isFinal = (result: ReleaseResult): result is FinalResult =>
  result.kind !== 'refused' && result.kind !== 'uncertain';

/** What a failed release comes to, before any words: the rules the single and the bulk release share. */
export function releaseFailureKind(failure: DispatcherFailure): ReleaseResult['kind'] {
  // The dispatcher said yes with an answer that is not a session: released, the row unknown.
  if (failure.kind === 'format') return 'released';
  // No status (timeout, network, cancelled) falls through to 'uncertain' with the 5xx.
  const status = failure.status ?? 0;
  if (status === 409) return 'conflict';
  if (status === 404) return 'gone';
  if (status === 422 && failure.code === 'IDEMPOTENCY_KEY_REUSED') return 'reused';
  if (status >= 400 && status < 500) return 'refused';
  // 5xx or no answer: it may or may not have happened.
  return 'uncertain';
}

export function classifyReleaseFailure(error: unknown, t: I18n['t']): ReleaseResult {
  const failure = toFailure(error);
  const detail = failureDetail(failure, t);
  switch (releaseFailureKind(failure)) {
    case 'released':
      return { kind: 'released', row: null };
    case 'conflict':
      return {
        kind: 'conflict',
        message: t(failure.code === 'ALREADY_UNASSIGNED' ? 'releasedBySomeoneElse' : 'noLongerWithAgent'),
        detail,
      };
    case 'gone':
      return { kind: 'gone', message: t('sessionGone'), detail };
    case 'reused':
      return { kind: 'reused', message: t('releaseKeyReused'), detail };
    case 'refused':
      return {
        kind: 'refused',
        message: t(failure.status === 403 ? 'notAllowedToRelease' : 'releaseInvalid'),
        detail,
      };
    case 'uncertain':
      return {
        kind: 'uncertain',
        message:
          failure.kind === 'http'
            ? t('releaseNotConfirmed', { what: t('notResponding') })
            : t('releaseUnknown'),
        detail,
      };
  }
}
