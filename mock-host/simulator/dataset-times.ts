// When each seeded session entered its state and got its agent. Drawn from the session's own seed,
// so adding these instants left every other field of the data set as it was. Spread like a busy
// tenant: a session opened days ago may have been handed to an agent seconds ago, another has sat
// with the same agent for hours, and the off-shift agent has held theirs for hours.

import type { SessionState } from '../../src/contract/dispatcher-api';
import { createRandom, hashText, type Random } from './random';

export interface SessionTimes {
  /** Epoch ms the session entered its state: from its start up to now. */
  stateSinceMs: number;
  /** Epoch ms its agent got it (after the hand-off, up to now); null without an agent. */
  assignedMs: number | null;
}

export interface TimesInput {
  /** The session's own seed (its audit trail's). */
  seed: number;
  state: SessionState;
  hasAgent: boolean;
  /** One of the sessions the off-shift agent left: held for hours. */
  offShift: boolean;
  startedMs: number;
  nowMs: number;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
/** Shortest time in a state the draw gives. */
const MIN_IN_STATE_MS = 2 * SECOND;
/** An agent usually takes a handed-off session within seconds or minutes… */
const PICK_UP_MAX_MS = 5 * MINUTE;
/** …and one in this many was reassigned some time after the hand-off. */
const REASSIGNED_SHARE = 0.2;
/** The off-shift agent has held each of their sessions at least this long. */
export const OFF_SHIFT_HELD_MIN_MS = 2 * 60 * MINUTE;

/** Between `low` and `high`, uniform in the logarithm: as many seconds-long draws as hours-long ones. */
function logUniform(random: Random, low: number, high: number): number {
  if (high <= low) return high;
  return Math.exp(Math.log(low) + random() * (Math.log(high) - Math.log(low)));
}

export function drawTimes(input: TimesInput): SessionTimes {
  const { state, startedMs, nowMs } = input;
  const random = createRandom(hashText('times', input.seed));
  const age = nowMs - startedMs;
  const clamp = (ms: number, low: number, high: number) => Math.min(high, Math.max(low, Math.round(ms)));
  if (state === 'OPEN') return { stateSinceMs: startedMs, assignedMs: null };
  if (input.offShift) {
    const lastHeld = nowMs - OFF_SHIFT_HELD_MIN_MS;
    const handOff = clamp(startedMs + random() * (lastHeld - startedMs), startedMs, lastHeld);
    const pickUp = Math.min(logUniform(random, SECOND, PICK_UP_MAX_MS), lastHeld - handOff);
    return { stateSinceMs: handOff, assignedMs: clamp(handOff + pickUp, handOff, lastHeld) };
  }
  const stateSinceMs = clamp(nowMs - logUniform(random, MIN_IN_STATE_MS, age), startedMs, nowMs);
  if (!input.hasAgent) return { stateSinceMs, assignedMs: null };
  if (state === 'RESOLVED') {
    // The agent who resolved it got it some time between the start and the end.
    const assigned = startedMs + random() * (stateSinceMs - startedMs);
    return { stateSinceMs, assignedMs: clamp(assigned, startedMs, stateSinceMs) };
  }
  const inState = nowMs - stateSinceMs;
  const wait =
    random() < REASSIGNED_SHARE
      ? random() * inState
      : Math.min(logUniform(random, SECOND, PICK_UP_MAX_MS), inState);
  return { stateSinceMs, assignedMs: clamp(stateSinceMs + wait, stateSinceMs, nowMs) };
}
