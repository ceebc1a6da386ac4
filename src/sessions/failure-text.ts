// What a failed call means to an administrator: what happened and what to do, in their words, with the
// technical detail (status, code, kind of failure) apart, to be shown smaller. Pure.
import type { DispatcherFailure } from './api';

/** A failure as the page tells it. */
export interface Explained {
  /** What happened and what to do. */
  message: string;
  /** The technical detail: "HTTP 503", "no answer in time", … */
  detail: string;
}

/** The technical side of a failure, for the "Details:" line. */
export function failureDetail(failure: DispatcherFailure): string {
  switch (failure.kind) {
    case 'http':
      return failure.code ? `HTTP ${failure.status}, ${failure.code}` : `HTTP ${failure.status}`;
    case 'timeout':
      return 'no answer in time (timeout)';
    case 'network':
      return 'no connection (network error)';
    case 'format':
      return 'the answer is not in the expected format';
    case 'aborted':
      return 'the request was cancelled';
  }
}

function whatHappened(failure: DispatcherFailure): string {
  switch (failure.kind) {
    case 'http':
      if (failure.status === 403) return 'You are not allowed to list sessions';
      return failure.status !== undefined && failure.status >= 500
        ? 'The dispatcher is not responding properly'
        : 'The dispatcher refused the request for the list';
    case 'timeout':
      return 'The dispatcher did not answer in time';
    case 'network':
      return 'The dispatcher could not be reached';
    case 'format':
      return 'The dispatcher sent an answer the page cannot read';
    case 'aborted':
      return 'The request for the list was cancelled';
  }
}

/**
 * A failed load of the list. `stale`: rows of an earlier load are still shown. `retrying`: the loader
 * will try again by itself (auto-refresh on).
 */
export function explainListFailure(
  failure: DispatcherFailure,
  { stale, retrying }: { stale: boolean; retrying: boolean },
): Explained {
  const outcome = stale
    ? ', so the list could not be refreshed. The rows below are from the last successful load and may be out of date.'
    : ', so no sessions could be loaded.';
  const forbidden = failure.kind === 'http' && failure.status === 403;
  const next = forbidden
    ? ' Ask a tenant administrator for the permission communications.access.'
    : retrying
      ? ' It is tried again automatically; you can also press Retry.'
      : ' Press Retry to try again.';
  return { message: `${whatHappened(failure)}${outcome}${next}`, detail: failureDetail(failure) };
}
