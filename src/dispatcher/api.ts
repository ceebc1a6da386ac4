// The only code that talks to the host's dispatcher client. Components reach it through hooks.
import type { AxiosInstance } from 'axios';
import { IDEMPOTENCY_HEADER, type ReleaseRequest, type SessionListQuery } from '../contract/dispatcher-api';
import { listParams } from '../contract/list-params';
import { type CheckedPage, checkReleasedSession, checkSessionPage } from './answers';
import { toFailure } from './failure';
import type { SessionRow } from '../session/row';

/** Used only when the host's client has no timeout of its own, so a hung request cannot hang the page. */
export const FALLBACK_TIMEOUT_MS = 15_000;

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

/** SessionsApi on the host's axios instance. */
export class DispatcherSessionsClient implements SessionsApi {
  constructor(private readonly client: AxiosInstance) {}

  private timeout(): { timeout?: number } {
    return this.client.defaults?.timeout ? {} : { timeout: FALLBACK_TIMEOUT_MS };
  }

  async list(query: SessionListQuery, signal?: AbortSignal): Promise<CheckedPage> {
    try {
      const answer = await this.client.get('sessions', {
        params: listParams(query),
        signal,
        ...this.timeout(),
      });
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
