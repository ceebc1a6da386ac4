// When a session may be released and when it counts as stuck. Pure, so every rule is tested without a DOM.
import type { SessionRow } from './row';

/** Whether Release applies: the session sits with an agent. */
export const canRelease = (row: SessionRow): boolean => row.state === 'WITH_AGENT' && row.agent !== null;

/** Whether a WITH_AGENT row has nothing to release: no agent holds it, it waits in the Handoff Inbox. */
export const isAlreadyUnassigned = (row: SessionRow): boolean =>
  row.state === 'WITH_AGENT' && row.agent === null;

/** Default minutes WITH_AGENT before a session counts as stuck. */
export const DEFAULT_STUCK_AFTER_MINUTES = 30;

/**
 * Whether a session looks stuck. The contract gives only the session's start, so the time since
 * it opened stands in for the time with the agent: it can only overstate, never hide, a stuck one.
 */
export function isStuck(row: SessionRow, nowMs: number, stuckAfterMinutes: number): boolean {
  return row.state === 'WITH_AGENT' && nowMs - row.startedAtMs > stuckAfterMinutes * 60_000;
}
