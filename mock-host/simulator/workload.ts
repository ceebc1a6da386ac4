// `GET sessions/agents`: how many WITH_AGENT sessions each agent holds, how many of them are stuck
// and since when the oldest is held. Without a search it reads the held index (a binary search per
// agent and channel); a search counts its own matches, which the filter has found already.

import type { AgentWorkload, Channel, NamedRef } from '../../src/contract/dispatcher-api';
import type { Filter } from './filter';
import { isHeld } from './held-index';
import type { ListedRows } from './listed-rows';
import { heldBound, type Row } from './row';

export interface WorkloadQuery {
  /** null: every channel. */
  channels: ReadonlySet<Channel> | null;
  /** Epoch ms: sessions held since before it are stuck; undefined counts none as stuck. */
  heldBefore?: number;
}

interface Tally {
  agent: NamedRef;
  sessions: number;
  stuck: number;
  oldestMs: number;
}

// Heaviest first: most sessions, then most stuck, then by name and id so the order is total.
function heavierFirst(a: Tally, b: Tally): number {
  if (a.sessions !== b.sessions) return b.sessions - a.sessions;
  if (a.stuck !== b.stuck) return b.stuck - a.stuck;
  const x = a.agent.name.toLowerCase();
  const y = b.agent.name.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a.agent.id < b.agent.id ? -1 : a.agent.id > b.agent.id ? 1 : 0;
}

function fromIndex(listed: ListedRows, { channels, heldBefore }: WorkloadQuery): Tally[] {
  const tallies: Tally[] = [];
  for (const { agent } of listed.held.holdings()) {
    const lists = listed.held.lists(channels, agent.id).filter((rows) => rows.length > 0);
    if (lists.length === 0) continue;
    const tally: Tally = { agent, sessions: 0, stuck: 0, oldestMs: Number.POSITIVE_INFINITY };
    for (const rows of lists) {
      tally.sessions += rows.length;
      if (heldBefore !== undefined) tally.stuck += heldBound(rows, heldBefore);
      tally.oldestMs = Math.min(tally.oldestMs, (rows[0] as Row).heldMs);
    }
    tallies.push(tally);
  }
  return tallies;
}

function fromRows(rows: readonly Row[], { channels, heldBefore }: WorkloadQuery): Tally[] {
  const byAgent = new Map<string, Tally>();
  for (const row of rows) {
    if (!isHeld(row) || (channels && !channels.has(row.session.channel))) continue;
    const agent = row.session.agent as NamedRef;
    let tally = byAgent.get(agent.id);
    if (!tally) {
      tally = { agent: { id: agent.id, name: agent.name }, sessions: 0, stuck: 0, oldestMs: row.heldMs };
      byAgent.set(agent.id, tally);
    }
    tally.sessions++;
    if (heldBefore !== undefined && row.heldMs < heldBefore) tally.stuck++;
    tally.oldestMs = Math.min(tally.oldestMs, row.heldMs);
  }
  return [...byAgent.values()];
}

/** Every agent holding a WITH_AGENT session that matches, heaviest first; `filter` narrows to a search. */
export function agentWorkload(
  listed: ListedRows,
  filter: Filter | null,
  query: WorkloadQuery,
): AgentWorkload[] {
  const tallies = filter ? fromRows(filter.rows, query) : fromIndex(listed, query);
  return tallies.sort(heavierFirst).map((tally) => ({
    agent: tally.agent,
    sessions: tally.sessions,
    stuck: tally.stuck,
    oldestHeldSince: new Date(tally.oldestMs).toISOString(),
  }));
}
