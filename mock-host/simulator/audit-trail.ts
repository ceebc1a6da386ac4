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
  /** Epoch ms of a step whose instant the session shows (its start, `stateSince`, `assignedAt`). */
  at?: number;
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
  /** When the session entered `state`: the trail's step into it is at this instant. */
  stateSinceMs: number;
  /** When `agent` got the session: the trail's last ASSIGNED is at this instant. Null without one. */
  assignedMs: number | null;
  nowMs: number;
}

// A plausible route from OPEN to the session's state; the page only shows its end, Conversation Logs
// shows all of it.
function trailSteps(random: Random, input: TrailSeed): Step[] {
  const { state, stateSinceMs: since } = input;
  const assignedAt = input.assignedMs ?? undefined;
  const opened: Step = { action: 'OPENED', actor: DISPATCHER_ACTOR, toState: 'OPEN', at: input.startedMs };
  if (input.openedNotes !== undefined) opened.notes = input.openedNotes;
  const steps: Step[] = [opened];
  const change = (fromState: SessionState, toState: SessionState, at?: number) =>
    steps.push({ action: 'STATE_CHANGED', actor: DISPATCHER_ACTOR, fromState, toState, ...anchor(at) });
  const handOff = (at?: number) =>
    steps.push({
      action: 'HANDED_OFF',
      actor: DISPATCHER_ACTOR,
      fromState: 'ACTIVE',
      toState: 'WITH_AGENT',
      notes: input.handoffNotes,
      ...anchor(at),
    });
  const assign = (agent: NamedRef, at?: number) =>
    steps.push({
      action: 'ASSIGNED',
      actor: agent.name,
      fromState: 'WITH_AGENT',
      toState: 'WITH_AGENT',
      ...anchor(at),
    });
  if (state === 'OPEN') return steps;
  change('OPEN', 'ACTIVE');
  for (let hops = randomInt(random, 3); hops > 0; hops--) {
    const middle = random() < 0.5 ? 'AWAITING_USER' : 'PROCESSING';
    change('ACTIVE', middle);
    change(middle, 'ACTIVE');
  }
  switch (state) {
    case 'ACTIVE':
      // The last step back into ACTIVE is when it entered its state.
      (steps[steps.length - 1] as Step).at = since;
      break;
    case 'AWAITING_USER':
    case 'PROCESSING':
      change('ACTIVE', state, since);
      break;
    case 'WITH_AGENT':
      handOff(since);
      if (input.agent) {
        assign(input.agent, assignedAt);
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
        assign(input.agent, assignedAt);
        steps.push({
          action: 'RESOLVED',
          actor: input.agent.name,
          fromState: 'WITH_AGENT',
          toState: 'RESOLVED',
          at: since,
        });
      } else {
        steps.push({
          action: 'RESOLVED',
          actor: DISPATCHER_ACTOR,
          fromState: 'ACTIVE',
          toState: 'RESOLVED',
          notes: 'Flow completed',
          at: since,
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
        at: since,
      });
      break;
  }
  return steps;
}

const anchor = (at: number | undefined): { at?: number } => (at === undefined ? {} : { at });

/**
 * Instants for the steps: anchored ones keep theirs (so the trail agrees with the session's
 * `startedAt`, `stateSince` and `assignedAt`); the others fall, in order, at random between the
 * anchors around them, or between the last anchor and now.
 */
function placeSteps(random: Random, steps: readonly Step[], startMs: number, nowMs: number): number[] {
  const times: number[] = [];
  let from = 0;
  while (from < steps.length) {
    let to = from;
    while (to < steps.length && (steps[to] as Step).at === undefined) to++;
    const low = times.length ? (times[times.length - 1] as number) : startMs;
    const high = to < steps.length ? ((steps[to] as Step).at as number) : nowMs;
    const free = Array.from({ length: to - from }, () => low + random() * Math.max(0, high - low));
    for (const at of free.sort((a, b) => a - b)) times.push(Math.round(at));
    if (to < steps.length) times.push((steps[to] as Step).at as number);
    from = to + 1;
  }
  return times;
}

/** The seeded audit trail of a session, oldest entry first. */
export function buildAuditTrail(trail: TrailSeed): AuditEntry[] {
  const random = createRandom(trail.seed);
  const steps = trailSteps(random, trail);
  const times = placeSteps(random, steps, trail.startedMs, trail.nowMs);
  return steps.map(({ at: _anchor, ...step }, index) => ({
    at: new Date(times[index] ?? trail.startedMs).toISOString(),
    ...step,
  }));
}
