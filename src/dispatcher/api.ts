// The only code that talks to the host's dispatcher client. Components reach it through hooks.
import type { AxiosInstance } from 'axios';
import { IDEMPOTENCY_HEADER, type ReleaseRequest, type SessionListQuery } from '../contract/dispatcher-api';
import {
  type CheckedPage,
  ContractError,
  checkReleasedSession,
  checkSessionPage,
  type SessionRow,
} from '../session/model';
import { onePer } from '../store/one-per';

/** Used only when the host's client has no timeout of its own, so a hung request cannot hang the page. */
export const FALLBACK_TIMEOUT_MS = 15_000;

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

/** The page's view of the dispatcher API. */
export interface SessionsApi {
  list(query: SessionListQuery, signal?: AbortSignal): Promise<CheckedPage>;
  /** Returns the released session, or null when the answer could not be read as one. */
  release(
    id: string,
    request: ReleaseRequest,
    idempotencyKey: string,
    signal?: AbortSignal,
  ): Promise<SessionRow | null>;
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

/** The one SessionsApi of a host client, so the mount lifecycle and the page share it. */
export const sessionsApiFor = onePer((client: AxiosInstance) => new DispatcherSessionsClient(client));

/** SessionsApi on the host's axios instance. */
export class DispatcherSessionsClient implements SessionsApi {
  constructor(private readonly client: AxiosInstance) {}

  private timeout(): { timeout?: number } {
    return this.client.defaults?.timeout ? {} : { timeout: FALLBACK_TIMEOUT_MS };
  }

  async list(query: SessionListQuery, signal?: AbortSignal): Promise<CheckedPage> {
    const params: Record<string, string> = {};
    if (query.state?.length) params.state = query.state.join(',');
    if (query.sort) params.sort = query.sort;
    if (query.order) params.order = query.order;
    if (query.limit) params.limit = String(query.limit);
    if (query.cursor) params.cursor = query.cursor;
    if (query.q) params.q = query.q;
    if (query.startedBefore) params.startedBefore = query.startedBefore;
    if (query.stuckBefore) params.stuckBefore = query.stuckBefore;
    if (query.agent) params.agent = query.agent;
    try {
      const answer = await this.client.get('sessions', { params, signal, ...this.timeout() });
      return checkSessionPage(answer.data, Date.now());
    } catch (error) {
      throw toFailure(error);
    }
  }

  async release(
    id: string,
    request: ReleaseRequest,
    idempotencyKey: string,
    signal?: AbortSignal,
  ): Promise<SessionRow | null> {
    try {
      const answer = await this.client.post(`sessions/${encodeURIComponent(id)}/release`, request, {
        headers: { [IDEMPOTENCY_HEADER]: idempotencyKey },
        signal,
        ...this.timeout(),
      });
      return checkReleasedSession(answer.data);
    } catch (error) {
      throw toFailure(error);
    }
  }
}
