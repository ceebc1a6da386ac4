// The simulator's mutable state: the tenants' stores, the settings, the counters and the requests
// held open by a `hang` fault. The HTTP layers read and change it; nothing else does.

import type { ServerResponse } from 'node:http';
import { SORT_KEYS } from '../../src/contract/dispatcher-api';
import {
  DEFAULT_HOSTILE_SESSIONS,
  DEFAULT_SEED,
  DEFAULT_SESSIONS_PER_TENANT,
  generateTenantData,
} from './dataset';
import { HOSTILE_TENANT } from './hostile';
import { type Permission, TENANT_IDS, type TenantId, USERS } from './identity';
import { ChangeFeed } from './change-feed';
import { newInstanceId } from './etag';
import { applyPatch, copySettings, defaultSettings, type SimulatorSettings } from './settings';
import { copyStats, emptyStats, resetStats, type SimulatorStats } from './stats';
import { TenantStore, type TenantSummary } from './store';

export const DEFAULT_BASE_PATH = '/api/dispatcher/';
export const CONTROL_PATH = '/__control/';
const MAX_SESSIONS = 500_000;

/** What the data set is generated from; the same values give the same data. */
export interface DataOptions {
  seed?: number;
  /** Sessions of each ordinary tenant (acme, globex); default 300. */
  sessionsPerTenant?: number;
  /** Per-tenant counts that win over `sessionsPerTenant`; `evil` defaults to a count that holds every payload. */
  tenantSessions?: Partial<Record<TenantId, number>>;
  /** The moment the sessions' ages count back from (epoch ms or ISO); default: when the data is made. */
  now?: number | string;
}

export interface SimulatorOptions extends DataOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Where the API is served; default `/api/dispatcher/`. */
  basePath?: string;
  latencyMs?: number;
  clockOffsetMs?: number;
  faults?: SimulatorSettings['faults'];
  /**
   * The server's clock in epoch ms (default `Date.now`), from code only: a test moves it to see
   * sessions become stuck without waiting. `clockOffsetMs` is added to it.
   */
  clock?: () => number;
  /** Between the comment lines that keep an idle event stream open; default 30 s. */
  eventHeartbeatMs?: number;
}

export interface ResolvedData {
  seed: number;
  sessionsPerTenant: number;
  tenantSessions: Record<TenantId, number>;
  /** ISO-8601. */
  now: string;
}

/** What `GET /__control/state` answers. */
export interface SimulatorSnapshot {
  basePath: string;
  settings: SimulatorSettings;
  stats: SimulatorStats;
  data: ResolvedData;
  tenants: Record<TenantId, TenantSummary>;
  users: Array<{ id: string; name: string; permissions: Permission[] }>;
}

type Checked<T> = { ok: true; value: T } | { ok: false; message: string };

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_SESSIONS;

/** Checks data options that came over HTTP (or from a caller without types). */
export function checkDataOptions(input: unknown): Checked<DataOptions> {
  if (input === undefined || input === null) return { ok: true, value: {} };
  if (typeof input !== 'object' || Array.isArray(input))
    return { ok: false, message: 'expected a JSON object' };
  const raw = input as Record<string, unknown>;
  const value: DataOptions = {};
  for (const key of Object.keys(raw)) {
    if (!['seed', 'sessionsPerTenant', 'tenantSessions', 'now'].includes(key)) {
      return { ok: false, message: `unknown option: ${key}` };
    }
  }
  if (raw.seed !== undefined) {
    if (typeof raw.seed !== 'number' || !Number.isInteger(raw.seed)) {
      return { ok: false, message: 'seed must be a whole number' };
    }
    value.seed = raw.seed;
  }
  if (raw.sessionsPerTenant !== undefined) {
    if (!isCount(raw.sessionsPerTenant)) {
      return { ok: false, message: `sessionsPerTenant must be 0–${MAX_SESSIONS}` };
    }
    value.sessionsPerTenant = raw.sessionsPerTenant;
  }
  if (raw.tenantSessions !== undefined) {
    const counts = raw.tenantSessions;
    if (typeof counts !== 'object' || counts === null || Array.isArray(counts)) {
      return { ok: false, message: 'tenantSessions must be an object' };
    }
    const checked: Partial<Record<TenantId, number>> = {};
    for (const [tenant, count] of Object.entries(counts)) {
      if (!(TENANT_IDS as readonly string[]).includes(tenant)) {
        return { ok: false, message: `unknown tenant: ${tenant}` };
      }
      if (!isCount(count))
        return { ok: false, message: `tenantSessions.${tenant} must be 0–${MAX_SESSIONS}` };
      checked[tenant as TenantId] = count;
    }
    value.tenantSessions = checked;
  }
  if (raw.now !== undefined) {
    const ms = typeof raw.now === 'number' || typeof raw.now === 'string' ? new Date(raw.now).getTime() : NaN;
    if (!Number.isFinite(ms)) return { ok: false, message: 'now must be epoch milliseconds or an ISO date' };
    value.now = raw.now as number | string;
  }
  return { ok: true, value };
}

function resolveData(options: DataOptions, clock: () => number): ResolvedData {
  const perTenant = options.sessionsPerTenant ?? DEFAULT_SESSIONS_PER_TENANT;
  const tenantSessions = {} as Record<TenantId, number>;
  for (const tenant of TENANT_IDS) {
    const fallback = tenant === HOSTILE_TENANT ? DEFAULT_HOSTILE_SESSIONS : perTenant;
    tenantSessions[tenant] = options.tenantSessions?.[tenant] ?? fallback;
  }
  const now = options.now === undefined ? clock() : new Date(options.now).getTime();
  return {
    seed: options.seed ?? DEFAULT_SEED,
    sessionsPerTenant: perTenant,
    tenantSessions,
    now: new Date(now).toISOString(),
  };
}

// Start options are checked like a control patch, so a typo fails at start rather than silently.
function startSettings(options: SimulatorOptions): SimulatorSettings {
  const patch: Record<string, unknown> = {};
  if (options.latencyMs !== undefined) patch.latencyMs = options.latencyMs;
  if (options.clockOffsetMs !== undefined) patch.clockOffsetMs = options.clockOffsetMs;
  if (options.faults !== undefined) patch.faults = options.faults;
  const checked = applyPatch(defaultSettings(), patch);
  if (!checked.ok) throw new Error(`Invalid simulator settings: ${checked.message}`);
  return checked.value;
}

// A first query compiles the paths of the store; done here, so a benchmark's first request is not
// slower than the rest.
function warmUp(store: TenantStore, now: number): void {
  for (const sort of SORT_KEYS) {
    store.list({ states: null, sort, order: 'desc', limit: 1, after: null, q: '' });
  }
  store.list({ states: null, sort: 'startedAt', order: 'asc', limit: 1, after: null, q: '@' });
  store.list({ states: null, sort: 'startedAt', order: 'asc', limit: 1, after: null, q: '' });
  const hourAgo = now - 3600_000;
  store.list({
    states: new Set(['WITH_AGENT']),
    sort: 'startedAt',
    order: 'asc',
    limit: 1,
    after: null,
    q: '',
    agent: '',
    startedBefore: hourAgo,
    stuckBefore: hourAgo,
  });
  const held = {
    states: new Set(['WITH_AGENT'] as const),
    order: 'asc',
    limit: 1,
    after: null,
    q: '',
  } as const;
  store.list({ ...held, sort: 'heldSince', heldBefore: hourAgo, stuckOnly: true });
  store.list({ ...held, sort: 'startedAt', heldBefore: hourAgo, channels: new Set(['EMAIL'] as const) });
  store.workload({ channels: null, q: '', heldBefore: hourAgo });
}

export function normaliseBasePath(path: string | undefined): string {
  const trimmed = (path ?? DEFAULT_BASE_PATH).replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export class SimulatorRuntime {
  readonly basePath: string;
  settings: SimulatorSettings;
  readonly stats: SimulatorStats = emptyStats();
  data: ResolvedData;
  /** Told of every change of every tenant. */
  readonly feed = new ChangeFeed();
  /** Part of every entity tag, so tags of an earlier run never match this one's. */
  readonly instance = newInstanceId();
  readonly eventHeartbeatMs: number;
  private readonly clock: () => number;
  private tenants = new Map<TenantId, TenantStore>();
  private readonly held = new Set<ServerResponse>();
  private readonly streams = new Set<ServerResponse>();
  /** Requests waiting under a `hold` fault, each with what lets it go on. */
  private readonly waiting = new Map<ServerResponse, () => void>();

  private readonly initialSettings: SimulatorSettings;

  constructor(private readonly options: SimulatorOptions) {
    const { seed, sessionsPerTenant, tenantSessions, now } = options;
    const data = checkDataOptions({ seed, sessionsPerTenant, tenantSessions, now });
    if (!data.ok) throw new Error(`Invalid simulator options: ${data.message}`);
    this.basePath = normaliseBasePath(options.basePath);
    this.clock = options.clock ?? Date.now;
    this.eventHeartbeatMs = options.eventHeartbeatMs ?? 30_000;
    this.initialSettings = startSettings(options);
    this.settings = copySettings(this.initialSettings);
    this.data = resolveData(options, this.clock);
    this.seed();
  }

  /**
   * Back to the start: fresh data (the start options, with `overrides` for this time only), start
   * settings, zeroed counters, held requests dropped, idempotency keys forgotten.
   */
  reset(overrides: DataOptions = {}): void {
    this.dropHeld();
    this.settings = copySettings(this.initialSettings);
    resetStats(this.stats);
    this.data = resolveData(
      {
        ...this.options,
        ...overrides,
        tenantSessions: { ...this.options.tenantSessions, ...overrides.tenantSessions },
      },
      this.clock,
    );
    this.seed();
  }

  tenant(id: TenantId): TenantStore {
    const store = this.tenants.get(id);
    if (!store) throw new Error(`tenant ${id} has no store`);
    return store;
  }

  /** The server's clock, skewed by `clockOffsetMs`. */
  now(): Date {
    return new Date(this.nowMs());
  }

  /** The server's clock in epoch ms, skewed by `clockOffsetMs`: what `serverTime` and the held rule read. */
  nowMs(): number {
    return this.clock() + this.settings.clockOffsetMs;
  }

  /** Keeps an event stream's response, so closing the server can end it cleanly; the function forgets it. */
  trackStream(response: ServerResponse): () => void {
    this.streams.add(response);
    return () => this.streams.delete(response);
  }

  /** Ends every event stream and waits until each end is handed to the network. */
  async endStreams(): Promise<void> {
    const ending = [...this.streams].map(
      (response) =>
        new Promise<void>((resolve) => {
          response.once('finish', resolve);
          response.once('close', resolve);
          response.end();
        }),
    );
    this.streams.clear();
    await Promise.all(ending);
  }

  /** Keeps a response unanswered until reset or close. */
  hold(response: ServerResponse): void {
    this.held.add(response);
    response.once('close', () => this.held.delete(response));
  }

  dropHeld(): void {
    for (const response of [...this.held, ...this.waiting.keys()]) response.socket?.destroy();
    this.held.clear();
    this.waiting.clear();
  }

  /** Resolves when `releaseWaiting` lets the request go, or when its connection closes. */
  waitForRelease(response: ServerResponse): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        this.waiting.delete(response);
        resolve();
      };
      this.waiting.set(response, done);
      response.once('close', done);
    });
  }

  /** Lets every request waiting under a `hold` fault go on; answers how many there were. */
  releaseWaiting(): number {
    const waiting = [...this.waiting.values()];
    for (const release of waiting) release();
    return waiting.length;
  }

  snapshot(): SimulatorSnapshot {
    const tenants = {} as Record<TenantId, TenantSummary>;
    for (const id of TENANT_IDS) tenants[id] = this.tenant(id).summary();
    return {
      basePath: this.basePath,
      settings: copySettings(this.settings),
      stats: copyStats(this.stats),
      data: { ...this.data, tenantSessions: { ...this.data.tenantSessions } },
      tenants,
      users: USERS.map((user) => ({ id: user.id, name: user.name, permissions: [...user.permissions] })),
    };
  }

  /**
   * Fresh data for every tenant. A tenant's change counter goes on from the data it replaces, so a
   * tag or an event version from before a reset never stands for the data after it.
   */
  private seed(): void {
    const now = Date.parse(this.data.now);
    const tenants = new Map<TenantId, TenantStore>();
    for (const tenant of TENANT_IDS) {
      const sessions = this.data.tenantSessions[tenant];
      const before = this.tenants.get(tenant);
      const seeded = generateTenantData({ tenant, seed: this.data.seed, sessions, now });
      const store = new TenantStore(seeded, before ? before.version + 1 : 0);
      warmUp(store, now);
      store.onChange = (change) => this.feed.publish(tenant, change);
      tenants.set(tenant, store);
    }
    this.tenants = tenants;
    for (const [tenant, store] of tenants) {
      if (store.version > 0) this.feed.publish(tenant, { version: store.version });
    }
  }
}
