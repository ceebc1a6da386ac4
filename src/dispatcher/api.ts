// The only code that talks to the host's dispatcher client. Components reach it through hooks.
import type { AxiosInstance } from 'axios';
import {
  IDEMPOTENCY_HEADER,
  type ReleaseRequest,
  STUCK_COUNT_HEADER,
  type SessionListQuery,
} from '../contract/dispatcher-api';
import { listParams } from '../contract/list-params';
import type { SessionRow } from '../session/row';
import { type CheckedPage, checkReleasedSession, checkSessionPage } from './answers';
import { type DispatcherFailure, toFailure } from './failure';

/** Used only when the host's client has no timeout of its own, so a hung request cannot hang the page. */
export const FALLBACK_TIMEOUT_MS = 15_000;

/** A list read with the ETag of the answer the page has: a new page, or the word that nothing changed. */
export type ListRead =
  | { kind: 'page'; page: CheckedPage; etag: string | null }
  /** 304: the page has the current answer; only the stuck count, which time moves, may be newer. */
  | { kind: 'unchanged'; stuck: number | null };

/** The page's view of the dispatcher API. */
export interface SessionsApi {
  list(query: SessionListQuery, signal?: AbortSignal): Promise<CheckedPage>;
  /** The list, unless the answer tagged `etag` is still the current one (If-None-Match). */
  listIfChanged(query: SessionListQuery, etag: string | null, signal?: AbortSignal): Promise<ListRead>;
  /** Returns the released session, or null when the answer could not be read as one. */
  release(
    id: string,
    request: ReleaseRequest,
    idempotencyKey: string,
    signal?: AbortSignal,
  ): Promise<SessionRow | null>;
}

interface HeaderBag {
  get?: (name: string) => unknown;
  [name: string]: unknown;
}

/** A response header of the host's client, read by shape (axios's headers object, or a plain one). */
function headerOf(headers: HeaderBag | undefined, name: string): string | null {
  const value = typeof headers?.get === 'function' ? headers.get(name) : headers?.[name.toLowerCase()];
  return typeof value === 'string' && value !== '' ? value : null;
}

function countOf(text: string | null): number | null {
  const count = text === null ? Number.NaN : Number(text);
  return Number.isInteger(count) && count >= 0 ? count : null;
}

/** 304 is an answer here, not an error: it says the page's rows are still the dispatcher's. */
const acceptNotModified = (status: number) => (status >= 200 && status < 300) || status === 304;

/** A dispatcher that does not know the `heldSince` sort says so with a 400; the page sorts by start then. */
const refusesHeldSort = (failure: DispatcherFailure, query: SessionListQuery) =>
  query.sort === 'heldSince' && failure.status === 400 && failure.code === 'INVALID_SORT';

/** SessionsApi on the host's axios instance. */
export class DispatcherSessionsClient implements SessionsApi {
  /** The dispatcher refused `sort=heldSince` once: it has no such sort, the page asks by start. */
  private heldSortRefused = false;

  constructor(private readonly client: AxiosInstance) {}

  private timeout(): { timeout?: number } {
    return this.client.defaults?.timeout ? {} : { timeout: FALLBACK_TIMEOUT_MS };
  }

  async list(query: SessionListQuery, signal?: AbortSignal): Promise<CheckedPage> {
    // Without If-None-Match there is no 304: the host's client treats one as an error.
    const read = (await this.listIfChanged(query, null, signal)) as Extract<ListRead, { kind: 'page' }>;
    return read.page;
  }

  async listIfChanged(query: SessionListQuery, etag: string | null, signal?: AbortSignal): Promise<ListRead> {
    const sent =
      this.heldSortRefused && query.sort === 'heldSince' ? { ...query, sort: 'startedAt' as const } : query;
    try {
      const answer = await this.client.get('sessions', {
        params: listParams(sent),
        signal,
        ...(etag ? { headers: { 'If-None-Match': etag }, validateStatus: acceptNotModified } : {}),
        ...this.timeout(),
      });
      const headers = answer.headers as HeaderBag | undefined;
      const stuck = countOf(headerOf(headers, STUCK_COUNT_HEADER));
      if (answer.status === 304) return { kind: 'unchanged', stuck };
      const page = checkSessionPage(answer.data, Date.now());
      return {
        kind: 'page',
        page: stuck === null ? page : { ...page, stuck },
        etag: headerOf(headers, 'ETag'),
      };
    } catch (error) {
      const failure = toFailure(error);
      if (sent === query && refusesHeldSort(failure, query)) {
        this.heldSortRefused = true;
        return this.listIfChanged(query, null, signal);
      }
      throw failure;
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
