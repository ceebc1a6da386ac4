// Small helpers for the simulator's own tests: calls over real HTTP as a given tenant and user.

import {
  ACTIVE_STATES,
  type AuditTrail,
  IDEMPOTENCY_HEADER,
  type Session,
  type SessionPage,
} from '../../src/contract/dispatcher-api';
import { identityHeaders, reset } from './control';
import { type RunningSimulator, type SimulatorOptions, startSimulator } from './server';

export interface Reply<T> {
  status: number;
  body: T;
  headers: Headers;
}

export interface ApiCaller {
  /** The raw answer, with extra request headers (e.g. If-None-Match): a 304 has no JSON to read. */
  fetch(
    path: string,
    params?: Record<string, string | number>,
    extra?: Record<string, string>,
  ): Promise<Response>;
  get<T = unknown>(path: string, params?: Record<string, string | number>): Promise<Reply<T>>;
  list(params?: Record<string, string | number>): Promise<Reply<SessionPage>>;
  /** Every page of a listing, following `nextCursor`; `between` runs after each page. */
  listAll(
    params?: Record<string, string | number>,
    between?: (page: number) => Promise<void>,
  ): Promise<Session[]>;
  audit(id: string): Promise<Reply<AuditTrail>>;
  release(id: string, body?: unknown, key?: string | null): Promise<Reply<Session & { code?: string }>>;
}

let keys = 0;
export const freshKey = (): string => `test-key-${process.pid}-${++keys}`;

export function caller(apiUrl: string, tenant = 'acme', user = 'admin'): ApiCaller {
  const headers = identityHeaders(tenant, user);
  const url = (path: string, params: Record<string, string | number> = {}) => {
    const target = new URL(path, apiUrl);
    for (const [name, value] of Object.entries(params)) target.searchParams.set(name, String(value));
    return target;
  };
  const read = async <T>(response: Response): Promise<Reply<T>> => ({
    status: response.status,
    body: (await response.json()) as T,
    headers: response.headers,
  });
  const api: ApiCaller = {
    fetch: (path, params, extra = {}) => fetch(url(path, params), { headers: { ...headers, ...extra } }),
    get: async (path, params) => read(await fetch(url(path, params), { headers })),
    list: (params) => api.get<SessionPage>('sessions', params),
    async listAll(params = {}, between) {
      const items: Session[] = [];
      let cursor: string | null = null;
      for (let page = 1; ; page++) {
        const reply: Reply<SessionPage> = await api.list(cursor ? { ...params, cursor } : params);
        if (reply.status !== 200)
          throw new Error(`page ${page}: ${reply.status} ${JSON.stringify(reply.body)}`);
        items.push(...reply.body.items);
        cursor = reply.body.nextCursor;
        if (!cursor) return items;
        if (between) await between(page);
      }
    },
    audit: (id) => api.get<AuditTrail>(`sessions/${encodeURIComponent(id)}/audit`),
    async release(id, body = {}, key = freshKey()) {
      const response = await fetch(url(`sessions/${encodeURIComponent(id)}/release`), {
        method: 'POST',
        headers: {
          ...headers,
          'Content-Type': 'application/json',
          ...(key === null ? {} : { [IDEMPOTENCY_HEADER]: key }),
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
      return read(response);
    },
  };
  return api;
}

export const stateRank = (state: string): number => (ACTIVE_STATES as readonly string[]).indexOf(state);

/**
 * The contract's heldSince, from a session's own fields: when its agent got it, else when it entered
 * its state, else its start. Epoch ms. Tests check the server's order and stuck rule against it.
 */
export function heldSince(session: Session): number {
  return Date.parse(session.agent?.assignedAt ?? session.stateSince ?? session.startedAt);
}

/** A simulator for the test file on a free port, reset before each test; `admin` calls it as acme's administrator. */
export function simulatorPerFile(options: SimulatorOptions = {}): {
  sim: RunningSimulator;
  admin: ApiCaller;
} {
  const handle = {} as { sim: RunningSimulator; admin: ApiCaller };
  beforeAll(async () => {
    handle.sim = await startSimulator({ port: 0, ...options });
    handle.admin = caller(handle.sim.apiUrl);
  });
  afterAll(() => handle.sim?.close());
  beforeEach(() => reset(handle.sim.url));
  return handle;
}

/** A clock a test moves by hand: the simulator's `clock` option reads it. */
export interface ManualClock {
  now(): number;
  set(ms: number): void;
  advance(ms: number): void;
}

export function manualClock(start: number): ManualClock {
  let current = start;
  return {
    now: () => current,
    set: (ms) => {
      current = ms;
    },
    advance: (ms) => {
      current += ms;
    },
  };
}

/**
 * Like `simulatorPerFile`, on a clock the test moves: data made at `start`, and before each test the
 * clock back at `start` and the data reset. No test waits for time to pass.
 */
export function clockedSimulatorPerFile(
  start: number,
  options: SimulatorOptions = {},
): { sim: RunningSimulator; admin: ApiCaller; clock: ManualClock } {
  const clock = manualClock(start);
  const handle = { clock } as { sim: RunningSimulator; admin: ApiCaller; clock: ManualClock };
  beforeAll(async () => {
    handle.sim = await startSimulator({ port: 0, now: start, clock: clock.now, ...options });
    handle.admin = caller(handle.sim.apiUrl);
  });
  afterAll(() => handle.sim?.close());
  beforeEach(() => {
    clock.set(start);
    return reset(handle.sim.url);
  });
  return handle;
}
