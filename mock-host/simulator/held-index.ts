// The sessions agents hold (WITH_AGENT with an agent), ordered by heldSince: for the whole tenant, per
// channel and per agent and channel. Kept up to date on every change, so the stuck count and the
// agents' workload are binary searches over a few lists, never a scan of the tenant.

import { CHANNELS, type Channel, type NamedRef } from '../../src/contract/dispatcher-api';
import { heldBound, ROW_ORDER, type Row } from './row';
import { insertSorted, removeSorted } from './sorted';

const BY_HELD = ROW_ORDER.heldSince;

type PerChannel = Record<Channel, Row[]>;

const perChannel = (): PerChannel => ({ WHATSAPP: [], EMAIL: [] });

/** One agent's held sessions, and the agent as the sessions name them. */
export interface AgentHolding {
  agent: NamedRef;
  byChannel: PerChannel;
}

/** Whether the row is a session an agent holds: listed, WITH_AGENT and assigned. */
export function isHeld(row: Row): boolean {
  return row.listed && row.session.state === 'WITH_AGENT' && !!row.session.agent;
}

export class HeldIndex {
  private readonly byChannel = perChannel();
  private readonly byAgent = new Map<string, AgentHolding>();
  /** Every held session of the tenant, whatever its channel: the Stuck view's rows in heldSince order. */
  readonly all: Row[] = [];

  /** Takes in a row that `isHeld`, with its keys as they are now. */
  add(row: Row): void {
    const agent = row.session.agent as NamedRef;
    let holding = this.byAgent.get(agent.id);
    if (!holding) {
      holding = { agent: { id: agent.id, name: agent.name }, byChannel: perChannel() };
      this.byAgent.set(agent.id, holding);
    }
    const { channel } = row.session;
    insertSorted(holding.byChannel[channel], row, BY_HELD);
    insertSorted(this.byChannel[channel], row, BY_HELD);
    insertSorted(this.all, row, BY_HELD);
  }

  /** Takes out a row that was added, before its keys change. */
  remove(row: Row): void {
    const agent = row.session.agent as NamedRef;
    const { channel } = row.session;
    const holding = this.byAgent.get(agent.id);
    if (holding) {
      removeSorted(holding.byChannel[channel], row, BY_HELD);
      if (CHANNELS.every((each) => holding.byChannel[each].length === 0)) this.byAgent.delete(agent.id);
    }
    removeSorted(this.byChannel[channel], row, BY_HELD);
    removeSorted(this.all, row, BY_HELD);
  }

  /** The lists of the given channels (all when null), of one agent or of the tenant. */
  lists(channels: ReadonlySet<Channel> | null, agent?: string): Row[][] {
    const source = agent === undefined ? this.byChannel : this.byAgent.get(agent)?.byChannel;
    if (!source) return [];
    return CHANNELS.filter((channel) => !channels || channels.has(channel)).map((channel) => source[channel]);
  }

  /** Held sessions of the channels (and agent) held since before `heldBefore`: the stuck ones. */
  stuckCount(channels: ReadonlySet<Channel> | null, agent: string | undefined, heldBefore: number): number {
    let count = 0;
    for (const rows of this.lists(channels, agent)) count += heldBound(rows, heldBefore);
    return count;
  }

  holdings(): IterableIterator<AgentHolding> {
    return this.byAgent.values();
  }
}
