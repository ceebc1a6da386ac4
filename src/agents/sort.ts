// The order of the agents' panel: heaviest first, as the dispatcher sends it, or by a column the
// administrator chose. Pure.
import type { AgentLoad } from '../dispatcher/workload';

export type AgentColumn = 'agent' | 'sessions' | 'stuck' | 'longest';

export interface AgentSort {
  column: AgentColumn;
  direction: 'ascending' | 'descending';
}

/** Heaviest first: the most sessions, then the most stuck. */
export const HEAVIEST_FIRST: AgentSort = { column: 'sessions', direction: 'descending' };

const names = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Most sessions, then most stuck, then by name: the dispatcher's own order, and every tie's. */
function heavier(a: AgentLoad, b: AgentLoad): number {
  return b.sessions - a.sessions || b.stuck - a.stuck || names.compare(a.agent.name, b.agent.name);
}

const ASCENDING: Record<AgentColumn, (a: AgentLoad, b: AgentLoad) => number> = {
  agent: (a, b) => names.compare(a.agent.name, b.agent.name),
  sessions: (a, b) => a.sessions - b.sessions,
  stuck: (a, b) => a.stuck - b.stuck,
  // Ascending is the shortest time first: the latest `oldestHeldMs` first.
  longest: (a, b) => b.oldestHeldMs - a.oldestHeldMs,
};

export function sortLoads(loads: readonly AgentLoad[], sort: AgentSort): AgentLoad[] {
  const sign = sort.direction === 'ascending' ? 1 : -1;
  const compare = ASCENDING[sort.column];
  return [...loads].sort((a, b) => sign * compare(a, b) || heavier(a, b));
}

/** The order after a column's header is pressed: names A to Z first, numbers and times largest first. */
export function nextAgentSort(current: AgentSort, column: AgentColumn): AgentSort {
  if (current.column !== column) {
    return { column, direction: column === 'agent' ? 'ascending' : 'descending' };
  }
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}
