// When a session may be released and when it counts as stuck. Pure, so every rule is tested without a DOM.
import type { SessionRow } from './row';

/** Whether Release applies: the session sits with an agent. */
export const canRelease = (row: SessionRow): boolean => row.state === 'WITH_AGENT' && row.agent !== null;

/** Whether a WITH_AGENT row has nothing to release: no agent holds it, it waits in the Handoff Inbox. */
export const isAlreadyUnassigned = (row: SessionRow): boolean =>
  row.state === 'WITH_AGENT' && row.agent === null;

/** Default minutes WITH_AGENT before a session counts as stuck. */
export const DEFAULT_STUCK_AFTER_MINUTES = 30;

/** Which instant the time a session has been held is counted from: the best the dispatcher gave. */
export type HeldFrom = 'assignment' | 'state' | 'start';

/**
 * Since when the session's current holder has had it: its agent's assignment when the dispatcher says
 * it, else when it entered its state, else its start (which can only overstate, never hide, the time).
 */
export function heldSince(row: SessionRow): { ms: number; from: HeldFrom } {
  if (row.agent && row.assignedAtMs !== null) return { ms: row.assignedAtMs, from: 'assignment' };
  if (row.stateSinceMs !== null) return { ms: row.stateSinceMs, from: 'state' };
  return { ms: row.startedAtMs, from: 'start' };
}

/**
 * Whether a session is stuck: with an agent, who has had it longer than the threshold. A session
 * without an agent (released, or handed off and waiting in the inbox) is never stuck.
 */
export function isStuck(row: SessionRow, nowMs: number, stuckAfterMinutes: number): boolean {
  return (
    row.state === 'WITH_AGENT' && row.agent !== null && nowMs - heldSince(row).ms > stuckAfterMinutes * 60_000
  );
}
