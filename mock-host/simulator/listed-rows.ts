// The listed sessions of a tenant (not ended, not removed) and every index over them: one per sort
// key, per channel and state by start, by agent, by time held, and the text index. A change takes a
// row out with its old keys and puts it back with its new ones, so no change sorts the tenant again.

import {
  ACTIVE_STATES,
  type ActiveState,
  CHANNELS,
  type Channel,
  type NamedRef,
  SORT_KEYS,
  type SortKey,
  type StateCounts,
} from '../../src/contract/dispatcher-api';
import { AgentIndex } from './agent-index';
import { HeldIndex, isHeld } from './held-index';
import { ROW_ORDER, type Row, startedBound } from './row';
import { insertSorted, removeSorted } from './sorted';
import { recordMatches, type SearchFields, TextIndex } from './text-index';

const activeStates = new Set<string>(ACTIVE_STATES);

/** Whether a session in this state belongs in the list. */
export function isActive(state: string): state is ActiveState {
  return activeStates.has(state);
}

export function emptyCounts(): StateCounts {
  return { OPEN: 0, ACTIVE: 0, AWAITING_USER: 0, PROCESSING: 0, WITH_AGENT: 0 };
}

type ByState = Record<ActiveState, Row[]>;

const emptyByState = (): ByState => ({
  OPEN: [],
  ACTIVE: [],
  AWAITING_USER: [],
  PROCESSING: [],
  WITH_AGENT: [],
});

/** Rows listed since the text index was built, past which it is built again. */
const PENDING_TEXT_MAX = 2000;

function searchFields({ session: { contact } }: Row): SearchFields {
  return {
    phone: contact.phone ?? '',
    email: contact.email ?? '',
    partner: contact.businessPartner?.name ?? '',
  };
}

export class ListedRows {
  /** Ascending by (value, id); descending pages walk them backwards. */
  readonly indexes = {} as Record<SortKey, Row[]>;
  /** Per channel and state, ascending by start: counts and "started before" counts are binary searches. */
  private readonly byStarted: Record<Channel, ByState> = { WHATSAPP: emptyByState(), EMAIL: emptyByState() };
  /** Listed rows with an agent, by the agent's id and name. */
  readonly agents = new AgentIndex<Row>();
  readonly held = new HeldIndex();
  private text = new TextIndex([]);
  /** The rows of `text`, by position; some may have left the list since. */
  private textRows: Row[] = [];
  private readonly pendingText = new Set<Row>();

  /** Lists the rows in an active state, sorting each index once. */
  constructor(rows: Iterable<Row>) {
    const listed: Row[] = [];
    for (const row of rows) {
      if (!isActive(row.session.state)) continue;
      row.listed = true;
      listed.push(row);
      this.agentsAdd(row);
    }
    for (const sort of SORT_KEYS) this.indexes[sort] = listed.slice().sort(ROW_ORDER[sort]);
    for (const row of this.indexes.startedAt)
      this.byStarted[row.session.channel][row.session.state as ActiveState].push(row);
    for (const row of this.indexes.heldSince) if (isHeld(row)) this.held.add(row);
    this.buildText();
  }

  get size(): number {
    return this.indexes.startedAt.length;
  }

  /** Lists a row in an active state, with its keys as they are now. */
  attach(row: Row): void {
    row.listed = true;
    for (const sort of SORT_KEYS) insertSorted(this.indexes[sort], row, ROW_ORDER[sort]);
    insertSorted(
      this.byStarted[row.session.channel][row.session.state as ActiveState],
      row,
      ROW_ORDER.startedAt,
    );
    this.agentsAdd(row);
    if (isHeld(row)) this.held.add(row);
    if (!row.textIndexed) this.pendingText.add(row);
    if (this.pendingText.size > PENDING_TEXT_MAX) this.buildText();
  }

  /** Takes a listed row out, before its keys change. */
  detach(row: Row): void {
    if (isHeld(row)) this.held.remove(row);
    for (const sort of SORT_KEYS) removeSorted(this.indexes[sort], row, ROW_ORDER[sort]);
    removeSorted(
      this.byStarted[row.session.channel][row.session.state as ActiveState],
      row,
      ROW_ORDER.startedAt,
    );
    if (row.session.agent) this.agents.remove(row, row.session.agent);
    this.pendingText.delete(row);
    row.listed = false;
  }

  /** Listed sessions per state on the given channels (all when null). */
  counts(channels: ReadonlySet<Channel> | null): StateCounts {
    const counts = emptyCounts();
    for (const channel of CHANNELS) {
      if (channels && !channels.has(channel)) continue;
      for (const state of ACTIVE_STATES) counts[state] += this.byStarted[channel][state].length;
    }
    return counts;
  }

  /** Listed sessions in the states and channels started strictly before `ms`. */
  startedCount(states: readonly ActiveState[], channels: ReadonlySet<Channel> | null, ms: number): number {
    let count = 0;
    for (const channel of CHANNELS) {
      if (channels && !channels.has(channel)) continue;
      for (const state of states) count += startedBound(this.byStarted[channel][state], ms);
    }
    return count;
  }

  /** Listed rows whose phone, email or Business Partner name holds `q`. */
  *withText(q: string): Iterable<Row> {
    for (const position of this.text.find(q)) {
      const row = this.textRows[position] as Row;
      if (row.listed) yield row;
    }
    for (const row of this.pendingText) if (recordMatches(searchFields(row), q)) yield row;
  }

  private agentsAdd(row: Row): void {
    if (row.session.agent) this.agents.add(row, row.session.agent as NamedRef);
  }

  private buildText(): void {
    for (const row of this.textRows) row.textIndexed = false;
    this.textRows = this.indexes.startedAt.slice();
    for (const row of this.textRows) row.textIndexed = true;
    this.pendingText.clear();
    this.text = new TextIndex(this.textRows.map(searchFields));
  }
}
