// The listed rows matching a text search and/or an agent, found once and kept while a client pages
// through them; any change of the tenant forgets them.

import {
  type ActiveState,
  CHANNELS,
  type Channel,
  type SortKey,
  type StateCounts,
} from '../../src/contract/dispatcher-api';
import { emptyCounts, type ListedRows } from './listed-rows';
import type { Row } from './row';
import { searchNeedle } from './text-index';

export interface Filter {
  /** Stamped on the matching rows' `mark`, so a scan of a full index knows them at once. */
  stamp: number;
  /** Matching rows per channel and state. */
  counts: Record<Channel, StateCounts>;
  rows: Row[];
  /** `rows` sorted by a key, made when a few matches are paged in that order. */
  sorted: Partial<Record<SortKey, Row[]>>;
}

/** Matches per state on the given channels (all when null). */
export function filterCounts(filter: Filter, channels: ReadonlySet<Channel> | null): StateCounts {
  const counts = emptyCounts();
  for (const channel of CHANNELS) {
    if (channels && !channels.has(channel)) continue;
    for (const [state, count] of Object.entries(filter.counts[channel]))
      counts[state as ActiveState] += count;
  }
  return counts;
}

export class FilterCache {
  private stamp = 0;
  private last: { key: string; filter: Filter } | null = null;

  /** Finds, marks and counts the listed rows matching `q` (contact or agent name) and the agent. */
  get(listed: ListedRows, q: string, agent: string | null): Filter {
    const key = JSON.stringify([q, agent]);
    if (this.last?.key === key) return this.last.filter;
    const stamp = ++this.stamp;
    const counts = { WHATSAPP: emptyCounts(), EMAIL: emptyCounts() };
    const rows: Row[] = [];
    const take = (row: Row) => {
      if (row.mark === stamp || (agent !== null && row.session.agent?.id !== agent)) return;
      row.mark = stamp;
      counts[row.session.channel][row.session.state as ActiveState]++;
      rows.push(row);
    };
    if (q) {
      for (const row of listed.withText(q)) take(row);
      for (const row of listed.agents.withNameHolding(searchNeedle(q))) take(row);
    } else if (agent !== null) {
      for (const row of listed.agents.withId(agent)) take(row);
    }
    const filter: Filter = { stamp, counts, rows, sorted: {} };
    this.last = { key, filter };
    return filter;
  }

  /** Forgets the last filter: the rows changed. */
  clear(): void {
    this.last = null;
  }
}
