// Typed client of the simulator's control endpoints, for the jest and browser suites and the mock
// host. `baseUrl` is the simulator's origin (`RunningSimulator.url`); any URL on it works, since the
// control paths are absolute.

import {
  type Channel,
  IDEMPOTENCY_HEADER,
  type NamedRef,
  type Session,
  type SessionState,
} from '../../src/contract/dispatcher-api';
import { TENANT_HEADER, USER_HEADER } from './identity';
import type { DataOptions, SimulatorSnapshot } from './runtime';
import type { ApiRoute, Fault, SettingsPatch, SimulatorSettings } from './settings';
import type { SimulatorStats } from './stats';

export type { ApiRoute, Fault, FaultMode, SettingsPatch, SimulatorSettings } from './settings';
export type { SimulatorStats } from './stats';
export type { DataOptions, SimulatorSnapshot };

/** Thrown when a control request is refused; `status` and `body` are the simulator's answer. */
export class ControlError extends Error {
  override name = 'ControlError';
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`Simulator control answered ${status}: ${JSON.stringify(body)}`);
  }
}

export function controlUrl(baseUrl: string, path: string): string {
  return new URL(`/__control/${path}`, baseUrl).toString();
}

async function call<T>(baseUrl: string, method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
  const response = await fetch(controlUrl(baseUrl, path), {
    method,
    ...(method === 'POST'
      ? { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body ?? {}) }
      : {}),
  });
  const answer = (await response.json()) as unknown;
  if (!response.ok) throw new ControlError(response.status, answer);
  return answer as T;
}

/** Data, settings, counters, users and per-tenant totals. */
export function getState(baseUrl: string): Promise<SimulatorSnapshot> {
  return call(baseUrl, 'GET', 'state');
}

export function getSettings(baseUrl: string): Promise<SimulatorSettings> {
  return call(baseUrl, 'GET', 'settings');
}

/** Fields given replace the current ones; a fault set to null is cleared. Answers the new settings. */
export function setSettings(baseUrl: string, patch: SettingsPatch): Promise<SimulatorSettings> {
  return call(baseUrl, 'POST', 'settings', patch);
}

/** Sets (or with null clears) the fault of one route. */
export function setFault(baseUrl: string, route: ApiRoute, fault: Fault | null): Promise<SimulatorSettings> {
  return setSettings(baseUrl, { faults: { [route]: fault } });
}

/**
 * Sets (or with null clears) the fault of the release of one session, e.g.
 * `{ mode: 'status', status: 500, times: 1 }`: its next release answers 500, later ones work.
 */
export function setReleaseFault(
  baseUrl: string,
  id: string,
  fault: Fault | null,
): Promise<SimulatorSettings> {
  return setSettings(baseUrl, { releaseFaults: { [id]: fault } });
}

/** Clears the faults of every route and of every session's release. */
export function clearFaults(baseUrl: string): Promise<SimulatorSettings> {
  return setSettings(baseUrl, {
    faults: { list: null, get: null, audit: null, release: null, agents: null },
    releaseFaults: null,
  });
}

/**
 * Reseeds the data (start options, with `options` for this reset only), restores the start settings,
 * zeroes the counters, drops requests held by `hang` or `hold` and forgets idempotency keys.
 */
export function reset(baseUrl: string, options: DataOptions = {}): Promise<SimulatorSnapshot> {
  return call(baseUrl, 'POST', 'reset', options);
}

/** Lets every request waiting under a `hold` fault go on; answers how many there were. */
export function releaseHeld(baseUrl: string): Promise<{ released: number }> {
  return call(baseUrl, 'POST', 'held/release');
}

export function getStats(baseUrl: string): Promise<SimulatorStats> {
  return call(baseUrl, 'GET', 'stats');
}

/** Zeroes the counters only. */
export function resetStats(baseUrl: string): Promise<SimulatorStats> {
  return call(baseUrl, 'POST', 'stats/reset');
}

/**
 * Moves one tenant's session to a state as the dispatcher would on its own (RESOLVED, EXPIRED, …),
 * audited as the dispatcher; `stateSince` becomes now. Into WITH_AGENT it is a hand-off, to `agent`
 * (an id of the tenant's roster, or `{ id, name }`) when given, else unassigned. Answers the session.
 */
export function setSessionState(
  baseUrl: string,
  tenant: string,
  id: string,
  state: SessionState,
  agent?: string | NamedRef,
): Promise<Session> {
  const body = agent === undefined ? { tenant, state } : { tenant, state, agent };
  return call(baseUrl, 'POST', `sessions/${encodeURIComponent(id)}/state`, body);
}

/**
 * Gives one tenant's WITH_AGENT session to `agent` (an id of the tenant's roster, or `{ id, name }`):
 * `agent.assignedAt` becomes now, `stateSince` stays. 409 in another state. Answers the session.
 */
export function assignSession(
  baseUrl: string,
  tenant: string,
  id: string,
  agent: string | NamedRef,
): Promise<Session> {
  return call(baseUrl, 'POST', `sessions/${encodeURIComponent(id)}/assign`, { tenant, agent });
}

/** Opens a new session in the tenant (OPEN, started now, no agent). Answers it. */
export function openSession(baseUrl: string, tenant: string, channel?: Channel): Promise<Session> {
  return call(baseUrl, 'POST', 'sessions', channel === undefined ? { tenant } : { tenant, channel });
}

/** Forgets one tenant's session altogether: its id answers 404 from then on. */
export function removeSession(baseUrl: string, tenant: string, id: string): Promise<{ removed: string }> {
  return call(baseUrl, 'POST', `sessions/${encodeURIComponent(id)}/remove`, { tenant });
}

/** Headers that identify a caller, as a host's dispatcher client would send them. */
export function identityHeaders(tenant: string, user: string): Record<string, string> {
  return { [TENANT_HEADER]: tenant, [USER_HEADER]: user };
}

export { IDEMPOTENCY_HEADER, TENANT_HEADER, USER_HEADER };
