// Counters that tests read to prove how a client behaves: how often it calls, and how many list
// requests it keeps open at once.

import type { ApiRoute } from './settings';

export type PerRoute = Record<ApiRoute, number>;

export interface SimulatorStats {
  /** API requests received per route, faulty or not, whatever the answer. */
  requests: PerRoute;
  /** API requests of any other path under the base path. */
  otherRequests: number;
  /** CORS preflights answered. */
  preflights: number;
  /** Requests not yet answered or dropped. */
  inFlight: PerRoute;
  /** Most requests of a route in flight at the same time since the last reset. */
  maxInFlight: PerRoute;
  /** Releases actually performed (replays and refusals not counted). */
  releasesPerformed: number;
  /** Releases answered from an earlier request with the same Idempotency-Key. */
  idempotentReplays: number;
  /** Requests that met a fault. */
  faultsApplied: number;
  /** Conditional requests answered 304: the client's copy was current. */
  notModified: number;
}

const perRoute = (): PerRoute => ({ list: 0, get: 0, audit: 0, release: 0, agents: 0 });

export function emptyStats(): SimulatorStats {
  return {
    requests: perRoute(),
    otherRequests: 0,
    preflights: 0,
    inFlight: perRoute(),
    maxInFlight: perRoute(),
    releasesPerformed: 0,
    idempotentReplays: 0,
    faultsApplied: 0,
    notModified: 0,
  };
}

/** Zeroes the counters but keeps requests still in flight counted as such. */
export function resetStats(stats: SimulatorStats): void {
  const inFlight = { ...stats.inFlight };
  Object.assign(stats, emptyStats(), { inFlight, maxInFlight: { ...inFlight } });
}

/** Counts a request in; the returned function counts it out, once, when its connection finishes. */
export function enter(stats: SimulatorStats, route: ApiRoute): () => void {
  stats.requests[route]++;
  stats.inFlight[route]++;
  stats.maxInFlight[route] = Math.max(stats.maxInFlight[route], stats.inFlight[route]);
  let done = false;
  return () => {
    if (done) return;
    done = true;
    stats.inFlight[route] = Math.max(0, stats.inFlight[route] - 1);
  };
}

export function copyStats(stats: SimulatorStats): SimulatorStats {
  return {
    ...stats,
    requests: { ...stats.requests },
    inFlight: { ...stats.inFlight },
    maxInFlight: { ...stats.maxInFlight },
  };
}
