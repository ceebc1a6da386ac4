// What a failed call means to an administrator: what happened and what to do, in their words, with the
// technical detail (status, code, kind of failure) apart, to be shown smaller. Pure.
import type { MessageKey } from '../i18n/en';
import type { I18n } from '../i18n/translate';
import type { DispatcherFailure } from './failure';

/** A failure as the page tells it. */
export interface Explained {
  /** What happened and what to do. */
  message: string;
  /** The technical detail: "HTTP 503", "no answer in time", … */
  detail: string;
}

type T = I18n['t'];

const DETAIL = { timeout: 'timeout', network: 'network', format: 'format', aborted: 'cancelled' } as const;
const WHAT = {
  timeout: 'noAnswerInTime',
  network: 'unreachable',
  format: 'unreadable',
  aborted: 'listCancelled',
} as const;

/** The technical side of a failure, for the "Details:" line. */
export function failureDetail(failure: DispatcherFailure, t: T): string {
  if (failure.kind !== 'http') return t(DETAIL[failure.kind]);
  const status = String(failure.status);
  return failure.code ? t('httpCode', { status, code: failure.code }) : t('http', { status });
}

/** What happened to a call for the list, in a few words: "The dispatcher is not responding properly". */
export function whatHappened(failure: DispatcherFailure): MessageKey {
  if (failure.kind !== 'http') return WHAT[failure.kind];
  if (failure.status === 403) return 'notAllowedToList';
  return (failure.status ?? 500) >= 500 ? 'notResponding' : 'listRefused';
}

/**
 * A failed load of the list. `stale`: rows of an earlier load are still shown. `retrying`: the loader
 * will try again by itself (auto-refresh on).
 */
export function explainListFailure(
  failure: DispatcherFailure,
  { stale, retrying }: { stale: boolean; retrying: boolean },
  t: T,
): Explained {
  const what = t(whatHappened(failure));
  const outcome = t(stale ? 'notRefreshed' : 'notLoaded', { what });
  const forbidden = failure.kind === 'http' && failure.status === 403;
  const next = t(forbidden ? 'askPermission' : retrying ? 'retrying' : 'pressRetry');
  return { message: `${outcome} ${next}`, detail: failureDetail(failure, t) };
}
