// What a release attempt came to, and what the administrator is told. Pure, so every answer of
// the dispatcher is covered by unit tests.
import type { I18n } from '../i18n/translate';
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

export function classifyReleaseFailure(error: unknown, t: I18n['t']): ReleaseResult {
  const failure = toFailure(error);
  const detail = failureDetail(failure, t);
  if (failure.kind === 'timeout' || failure.kind === 'network' || failure.kind === 'aborted') {
    return { kind: 'unknown', message: t('releaseUnknown'), detail };
  }
  if (failure.kind === 'format') {
    return { kind: 'released', row: null };
  }
  switch (failure.status) {
    case 409:
      return {
        kind: 'conflict',
        message: t(failure.code === 'ALREADY_UNASSIGNED' ? 'releasedBySomeoneElse' : 'noLongerWithAgent'),
        detail,
      };
    case 404:
      return { kind: 'gone', message: t('sessionGone'), detail };
    case 403:
      return { kind: 'failed', message: t('notAllowedToRelease'), detail };
    case 400:
    case 422:
      return { kind: 'failed', message: t('releaseInvalid'), detail };
    default:
      return {
        kind: 'failed',
        message: t('releaseNotConfirmed', {
          what: t((failure.status ?? 500) >= 500 ? 'notResponding' : 'requestRefused'),
        }),
        detail,
      };
  }
}
