// A failed call to the dispatcher, in terms the page can explain. axios is the host's, not a
// dependency of the bundle: its errors are read by shape, not by class.
import { ContractError } from './answers';

/** What went wrong with a call, in terms the page can explain. */
export type FailureKind = 'timeout' | 'network' | 'http' | 'format' | 'aborted';

/**
 * A failed call: `status` and `code` come from the dispatcher's answer when there was one. The message
 * is for developers (errors, logs); what the page tells the user, in the user's language, is made
 * from `kind`, `status` and `code` by failure-text.ts.
 */
export class DispatcherFailure extends Error {
  override name = 'DispatcherFailure';
  constructor(
    readonly kind: FailureKind,
    message: string,
    readonly status?: number,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface AxiosLikeError {
  code?: string;
  response?: { status: number; data?: unknown };
}

/**
 * Any error of a call as a DispatcherFailure, whose message is what the page shows. axios is the
 * host's, not a dependency of the bundle: its errors are read by shape, not by class.
 */
export function toFailure(error: unknown): DispatcherFailure {
  if (error instanceof DispatcherFailure) return error;
  if (error instanceof ContractError) return new DispatcherFailure('format', error.message);
  const e = (error ?? {}) as AxiosLikeError;
  if (
    e.code === 'ERR_CANCELED' ||
    (error as Error)?.name === 'AbortError' ||
    (error as Error)?.name === 'CanceledError'
  ) {
    return new DispatcherFailure('aborted', 'The request was cancelled.');
  }
  if (e.response) {
    const body = e.response.data as { code?: unknown; message?: unknown } | undefined;
    const code = typeof body?.code === 'string' ? body.code : undefined;
    return new DispatcherFailure(
      'http',
      `The dispatcher failed (HTTP ${e.response.status}).`,
      e.response.status,
      code,
    );
  }
  if (e.code === 'ECONNABORTED' || e.code === 'ETIMEDOUT') {
    return new DispatcherFailure('timeout', 'The dispatcher did not answer in time.');
  }
  return new DispatcherFailure('network', 'The dispatcher could not be reached.');
}
