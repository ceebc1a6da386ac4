// The control endpoints that change sessions as the dispatcher does on its own, between a client's
// list and its click: a new session opens, one is handed off, reassigned, ends, or disappears.

import {
  CHANNELS,
  type Channel,
  type NamedRef,
  SESSION_STATES,
  type SessionState,
} from '../../src/contract/dispatcher-api';
import { type Answer, answer, failure } from './http';
import { isTenantId, TENANT_IDS, type TenantId } from './identity';
import { openedSession } from './opened-session';
import { agentsOf } from './people';
import type { SimulatorRuntime } from './runtime';

export type SessionAction = 'state' | 'assign' | 'remove';

interface Input {
  tenant?: unknown;
  state?: unknown;
  agent?: unknown;
  channel?: unknown;
}

const MAX_TEXT = 200;

const isText = (value: unknown): value is string =>
  typeof value === 'string' && value.length > 0 && value.length <= MAX_TEXT;

/** An agent of the body: an id of the tenant's roster, or `{ id, name }`; null for none; a 400 answer else. */
function agentOf(tenant: TenantId, value: unknown): NamedRef | null | Answer {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string') {
    const known = agentsOf(tenant).find((agent) => agent.id === value);
    if (known) return known;
  } else if (
    typeof value === 'object' &&
    isText((value as NamedRef).id) &&
    isText((value as NamedRef).name)
  ) {
    const { id, name } = value as NamedRef;
    return { id, name };
  }
  return failure(400, 'INVALID_AGENT', "agent must be an agent's id of the tenant or { id, name }.");
}

const notFound = () => failure(404, 'NOT_FOUND', 'No such session.');

function tenantOf(input: Input): TenantId | Answer {
  if (typeof input.tenant === 'string' && isTenantId(input.tenant)) return input.tenant;
  return failure(400, 'INVALID_TENANT', `tenant must be one of ${TENANT_IDS.join(', ')}.`);
}

/** `POST sessions` `{ tenant, channel? }`: a new OPEN session, started now. */
export function openSession(runtime: SimulatorRuntime, value: unknown): Answer {
  const input = (value ?? {}) as Input;
  const tenant = tenantOf(input);
  if (typeof tenant !== 'string') return tenant;
  if (input.channel !== undefined && !(CHANNELS as readonly unknown[]).includes(input.channel)) {
    return failure(400, 'INVALID_CHANNEL', `channel must be one of ${CHANNELS.join(', ')}.`);
  }
  const store = runtime.tenant(tenant);
  const seeded = openedSession({
    tenant,
    seed: runtime.data.seed,
    serial: store.version,
    now: runtime.nowMs(),
    ...(input.channel === undefined ? {} : { channel: input.channel as Channel }),
    taken: (id) => store.has(id),
  });
  return answer(200, store.add(seeded));
}

/**
 * `POST sessions/{id}/state` `{ tenant, state, agent? }` moves a session to a state (a hand-off to
 * WITH_AGENT, to `agent` when given); `POST sessions/{id}/assign` `{ tenant, agent }` gives a WITH_AGENT
 * session to an agent; `POST sessions/{id}/remove` `{ tenant }` forgets it (404 from then on).
 */
export function changeSession(
  runtime: SimulatorRuntime,
  value: unknown,
  id: string,
  action: SessionAction,
): Answer {
  const input = (value ?? {}) as Input;
  const tenant = tenantOf(input);
  if (typeof tenant !== 'string') return tenant;
  const store = runtime.tenant(tenant);
  if (action === 'remove') return store.remove(id) ? answer(200, { removed: id }) : notFound();
  const agent = agentOf(tenant, input.agent);
  if (agent !== null && 'status' in agent) return agent;
  const now = runtime.nowMs();
  if (action === 'assign') {
    if (!agent) return failure(400, 'INVALID_AGENT', 'assign needs an agent.');
    const session = store.assign(id, agent, now);
    if (session === 'not-with-agent') {
      return failure(409, 'NOT_WITH_AGENT', 'Only a WITH_AGENT session can be given to an agent.');
    }
    return session ? answer(200, session) : notFound();
  }
  if (!(SESSION_STATES as readonly unknown[]).includes(input.state)) {
    return failure(400, 'INVALID_STATE', `state must be one of ${SESSION_STATES.join(', ')}.`);
  }
  if (agent && input.state !== 'WITH_AGENT') {
    return failure(400, 'INVALID_AGENT', 'Only a hand-off to WITH_AGENT takes an agent.');
  }
  const session = store.setState(id, input.state as SessionState, now, agent);
  return session ? answer(200, session) : notFound();
}
