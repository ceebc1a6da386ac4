// What each change does to a session: its new fields, its instants and the audit entries it adds.
// Pure: the store applies the result to the row and its indexes. The instants follow one rule: a
// new state sets `stateSince`, a new agent sets `agent.assignedAt`, and nothing else moves them.

import type { AuditEntry, NamedRef, Session, SessionState } from '../../src/contract/dispatcher-api';
import { DISPATCHER_ACTOR } from './audit-trail';
import type { Row } from './row';

export interface Transition {
  session: Session;
  stateSinceMs: number;
  assignedMs: number | null;
  entries: AuditEntry[];
}

const iso = (ms: number) => new Date(ms).toISOString();

const isTerminal = (state: SessionState) => state === 'RESOLVED' || state === 'EXPIRED';

/** The agent leaves; the session stays WITH_AGENT, in its state since the same instant. */
export function released(row: Row, actor: string, at: string, notes: string | undefined): Transition {
  const entry: AuditEntry = {
    at,
    actor,
    action: 'RELEASED',
    fromState: 'WITH_AGENT',
    toState: 'WITH_AGENT',
  };
  if (notes) entry.notes = notes;
  return {
    session: { ...row.session, agent: null },
    stateSinceMs: row.stateSinceMs,
    assignedMs: null,
    entries: [entry],
  };
}

/**
 * The session moves to `state` at `atMs`, as the dispatcher moves it. Into WITH_AGENT it is a hand-off:
 * to `agent` when one is named (assigned then), else unassigned. An agent who had it keeps it when it
 * ends (they resolved it); back to the bot (any other state) it has none. Null when it is already in
 * that state.
 */
export function movedTo(
  row: Row,
  state: SessionState,
  atMs: number,
  agent: NamedRef | null,
): Transition | null {
  const fromState = row.session.state;
  if (fromState === state) return null;
  const at = iso(atMs);
  const entries: AuditEntry[] = [];
  let next: Pick<Session, 'agent'> & { assignedMs: number | null };
  if (state === 'WITH_AGENT') {
    entries.push({ at, actor: DISPATCHER_ACTOR, action: 'HANDED_OFF', fromState, toState: state });
    if (agent) entries.push(assignedEntry(agent, at));
    next = agent
      ? { agent: { id: agent.id, name: agent.name, assignedAt: at }, assignedMs: atMs }
      : { agent: null, assignedMs: null };
  } else {
    const action = isTerminal(state) ? state : 'STATE_CHANGED';
    entries.push({ at, actor: DISPATCHER_ACTOR, action, fromState, toState: state });
    next = isTerminal(state)
      ? { agent: row.session.agent ?? null, assignedMs: row.assignedMs }
      : { agent: null, assignedMs: null };
  }
  return {
    session: { ...row.session, state, stateSince: at, agent: next.agent },
    stateSinceMs: atMs,
    assignedMs: next.assignedMs,
    entries,
  };
}

/**
 * Another agent (or the first, after a release) takes a WITH_AGENT session at `atMs`; it stays in its
 * state since the same instant. Null when that agent has it already.
 */
export function reassigned(row: Row, agent: NamedRef, atMs: number): Transition | null {
  if (row.session.agent?.id === agent.id) return null;
  const at = iso(atMs);
  return {
    session: { ...row.session, agent: { id: agent.id, name: agent.name, assignedAt: at } },
    stateSinceMs: row.stateSinceMs,
    assignedMs: atMs,
    entries: [assignedEntry(agent, at)],
  };
}

function assignedEntry(agent: NamedRef, at: string): AuditEntry {
  return { at, actor: agent.name, action: 'ASSIGNED', fromState: 'WITH_AGENT', toState: 'WITH_AGENT' };
}
