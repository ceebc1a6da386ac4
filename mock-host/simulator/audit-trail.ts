// The audit trail that led a session to its state, built on first request from the session's own
// seed, so it is always the same and a large tenant starts without building thousands of them.

import type { AuditEntry, NamedRef, SessionState } from '../../src/contract/dispatcher-api';
import type { TenantId } from './identity';
import { agentsOf } from './people';
import { createRandom, pick, type Random, randomInt } from './random';

/** Actor of the entries the dispatcher writes on its own. */
export const DISPATCHER_ACTOR = 'Dispatcher';

interface Step {
  action: string;
  actor: string;
  fromState?: SessionState;
  toState?: SessionState;
  notes?: string;
}

/**
 * What a session's audit trail is made from. Trails are built only when asked for (most never are),
 * from their own seed, so a large tenant starts quickly and the trail is still always the same.
 */
export interface TrailSeed {
  tenant: TenantId;
  seed: number;
  state: SessionState;
  agent: NamedRef | null;
  openedNotes?: string;
  handoffNotes: string;
  startedMs: number;
  nowMs: number;
}

// A plausible route from OPEN to the session's state; the page only shows its end, Conversation Logs
// shows all of it.
function trailSteps(random: Random, input: TrailSeed): Step[] {
  const { state } = input;
  const opened: Step = { action: 'OPENED', actor: DISPATCHER_ACTOR, toState: 'OPEN' };
  if (input.openedNotes !== undefined) opened.notes = input.openedNotes;
  const steps: Step[] = [opened];
  const change = (fromState: SessionState, toState: SessionState) =>
    steps.push({ action: 'STATE_CHANGED', actor: DISPATCHER_ACTOR, fromState, toState });
  const handOff = () =>
    steps.push({
      action: 'HANDED_OFF',
      actor: DISPATCHER_ACTOR,
      fromState: 'ACTIVE',
      toState: 'WITH_AGENT',
      notes: input.handoffNotes,
    });
  const assign = (agent: NamedRef) =>
    steps.push({ action: 'ASSIGNED', actor: agent.name, fromState: 'WITH_AGENT', toState: 'WITH_AGENT' });
  if (state === 'OPEN') return steps;
  change('OPEN', 'ACTIVE');
  for (let hops = randomInt(random, 3); hops > 0; hops--) {
    const middle = random() < 0.5 ? 'AWAITING_USER' : 'PROCESSING';
    change('ACTIVE', middle);
    change(middle, 'ACTIVE');
  }
  switch (state) {
    case 'ACTIVE':
      break;
    case 'AWAITING_USER':
    case 'PROCESSING':
      change('ACTIVE', state);
      break;
    case 'WITH_AGENT':
      handOff();
      if (input.agent) {
        assign(input.agent);
      } else if (random() < 0.3) {
        // Released earlier by an administrator, so some unassigned sessions already show a release.
        assign(pick(random, agentsOf(input.tenant)));
        steps.push({
          action: 'RELEASED',
          actor: 'Alex Admin',
          fromState: 'WITH_AGENT',
          toState: 'WITH_AGENT',
          notes: 'Agent went off shift',
        });
      }
      break;
    case 'RESOLVED':
      if (input.agent) {
        handOff();
        assign(input.agent);
        steps.push({
          action: 'RESOLVED',
          actor: input.agent.name,
          fromState: 'WITH_AGENT',
          toState: 'RESOLVED',
        });
      } else {
        steps.push({
          action: 'RESOLVED',
          actor: DISPATCHER_ACTOR,
          fromState: 'ACTIVE',
          toState: 'RESOLVED',
          notes: 'Flow completed',
        });
      }
      break;
    case 'EXPIRED':
      change('ACTIVE', 'AWAITING_USER');
      steps.push({
        action: 'EXPIRED',
        actor: DISPATCHER_ACTOR,
        fromState: 'AWAITING_USER',
        toState: 'EXPIRED',
        notes: 'No reply from the contact within 24 hours',
      });
      break;
  }
  return steps;
}

/** The seeded audit trail of a session, oldest entry first. */
export function buildAuditTrail(trail: TrailSeed): AuditEntry[] {
  const random = createRandom(trail.seed);
  const steps = trailSteps(random, trail);
  const span = Math.max(0, trail.nowMs - trail.startedMs) * 0.95;
  const offsets = steps.map((_, index) => (index === 0 ? 0 : random() * span)).sort((a, b) => a - b);
  return steps.map((step, index) => ({
    at: new Date(trail.startedMs + Math.round(offsets[index] ?? 0)).toISOString(),
    ...step,
  }));
}
