// One tenant's sessions with an index per sort key, the release rules and idempotency. Every index is
// sorted once at start and kept sorted on release, so a page is a binary search plus a short scan,
// fast enough for tens of thousands of sessions.

import {
  ACTIVE_STATES,
  type ActiveState,
  type ApiErrorBody,
  type AuditEntry,
  SESSION_STATES,
  SORT_KEYS,
  type Session,
  type SessionState,
  type SortKey,
  type SortOrder,
  type StateCounts,
} from '../../src/contract/dispatcher-api';
import { AgentIndex } from './agent-index';
import type { CursorPosition } from './cursor';
import { buildAuditTrail, DISPATCHER_ACTOR } from './audit-trail';
import type { SeededSession } from './dataset';
import { IdempotencyLedger } from './idempotency';
import { walk } from './paging';
import { bound, ROW_ORDER, type Row, startedBound, toRow } from './row';
import { searchNeedle, TextIndex } from './text-index';

export interface ListQuery {
  /** null: every non-terminal state. */
  states: ReadonlySet<ActiveState> | null;
  sort: SortKey;
  order: SortOrder;
  limit: number;
  after: CursorPosition | null;
  /** Trimmed; empty means no text filter. */
  q: string;
  /** Epoch ms: only sessions started strictly before it (items and total). */
  startedBefore?: number;
  /** Epoch ms: when given, `stuck` counts the WITH_AGENT sessions matching q and agent started before it. */
  stuckBefore?: number;
  /** An agent's id: only that agent's sessions (items, total, counts, stuck). */
  agent?: string;
}

export interface ListResult {
  items: Session[];
  next: CursorPosition | null;
  total: number;
  counts: StateCounts;
  /** Only when the query had `stuckBefore`. */
  stuck?: number;
}

export type Outcome = { status: 200; body: Session } | { status: 404 | 409 | 422; body: ApiErrorBody };

export interface ReleaseInput {
  id: string;
  notes: string | undefined;
  actor: string;
  idempotencyKey: string;
  at: string;
}

export interface TenantSummary {
  sessions: number;
  listed: number;
  counts: StateCounts;
}

const activeStates = new Set<string>(ACTIVE_STATES);
const WITH_AGENT_RANK = SESSION_STATES.indexOf('WITH_AGENT');

function emptyCounts(): StateCounts {
  return { OPEN: 0, ACTIVE: 0, AWAITING_USER: 0, PROCESSING: 0, WITH_AGENT: 0 };
}

function emptyByState(): Record<ActiveState, Row[]> {
  return { OPEN: [], ACTIVE: [], AWAITING_USER: [], PROCESSING: [], WITH_AGENT: [] };
}

function isListed(session: Session): boolean {
  return activeStates.has(session.state);
}

function error(status: 404 | 409 | 422, code: string, message: string): Outcome {
  return { status, body: { code, message } };
}

function countWhere(rows: readonly Row[], accept: (row: Row) => boolean): number {
  let count = 0;
  for (const row of rows) if (accept(row)) count++;
  return count;
}

/** The rows matching a text search and/or an agent, kept while paging through them. */
interface Filter {
  key: string;
  stamp: number;
  counts: StateCounts;
  rows: Row[];
  /** `rows` sorted by a key, made when a few matches are paged in that order. */
  sorted: Partial<Record<SortKey, Row[]>>;
}

/** Up to this many matches are sorted on their own; more are found by scanning a full index. */
const FEW_MATCHES = 2000;

function stateMask(states: ReadonlySet<ActiveState> | null): number {
  let mask = 0;
  for (const state of states ?? ACTIVE_STATES) mask |= 1 << SESSION_STATES.indexOf(state);
  return mask;
}

export class TenantStore {
  private readonly byId = new Map<string, Row>();
  /** Non-terminal rows only, ascending by (value, id); descending pages walk them backwards. */
  private readonly indexes = {} as Record<SortKey, Row[]>;
  /** Non-terminal rows of each state, ascending by start: counts of "started before" are a binary search. */
  private byStateStarted = emptyByState();
  private readonly counts = emptyCounts();
  private readonly ledger = new IdempotencyLedger<Outcome>();
  /** Non-terminal rows in the order of `text`. */
  private listed: Row[] = [];
  private text: TextIndex;
  /** Non-terminal rows with an agent; a release takes the row out. */
  private agents = new AgentIndex<Row>();
  private stamp = 0;
  /** The last filter, reused while paging through its results; a release clears it. */
  private lastFilter: Filter | null = null;

  constructor(seeded: readonly SeededSession[]) {
    for (const item of seeded) {
      const row = toRow(item);
      this.byId.set(row.session.id, row);
    }
    this.text = this.index();
  }

  /** Builds the listed rows, counts, text and agent indexes and sort indexes from `byId`. */
  private index(): TextIndex {
    this.listed = [];
    this.agents = new AgentIndex();
    Object.assign(this.counts, emptyCounts());
    for (const row of this.byId.values()) {
      if (isListed(row.session)) {
        this.listed.push(row);
        this.counts[row.session.state as ActiveState]++;
        if (row.session.agent) this.agents.add(row, row.session.agent);
      }
    }
    for (const sort of SORT_KEYS) {
      this.indexes[sort] = this.listed.slice().sort(ROW_ORDER[sort]);
    }
    this.byStateStarted = emptyByState();
    for (const row of this.indexes.startedAt) this.byStateStarted[row.session.state as ActiveState].push(row);
    this.lastFilter = null;
    return new TextIndex(
      this.listed.map(({ session: { contact } }) => ({
        phone: contact.phone ?? '',
        email: contact.email ?? '',
        partner: contact.businessPartner?.name ?? '',
      })),
    );
  }

  /**
   * Moves a session to another state, as the dispatcher does when a session resolves or expires on its
   * own (a control endpoint, so tests can end a session between a list and a click). Audited as the
   * dispatcher; undefined for an unknown id.
   */
  setState(id: string, state: SessionState, at: string): Session | undefined {
    const row = this.byId.get(id);
    if (!row) return undefined;
    const fromState = row.session.state;
    if (fromState === state) return row.session;
    row.session = { ...row.session, state };
    row.stateRank = SESSION_STATES.indexOf(state);
    const action = state === 'RESOLVED' || state === 'EXPIRED' ? state : 'STATE_CHANGED';
    this.trailOf(row).push({ at, actor: DISPATCHER_ACTOR, action, fromState, toState: state });
    this.text = this.index();
    return row.session;
  }

  /** Forgets a session altogether, so its id is 404 from now on; false for an unknown id. */
  remove(id: string): boolean {
    if (!this.byId.delete(id)) return false;
    this.text = this.index();
    return true;
  }

  list(query: ListQuery): ListResult {
    const mask = stateMask(query.states);
    const states = query.states ?? ACTIVE_STATES;
    const before = query.startedBefore;
    const inStates = (row: Row) => ((mask >> row.stateRank) & 1) === 1;
    const matches = before === undefined ? inStates : (row: Row) => inStates(row) && row.startedMs < before;
    const filter = query.q || query.agent !== undefined ? this.filter(query.q, query.agent ?? null) : null;
    const counts = { ...(filter ? filter.counts : this.counts) };

    let total = 0;
    if (before === undefined) for (const state of states) total += counts[state];
    else if (filter) total = countWhere(filter.rows, matches);
    else for (const state of states) total += startedBound(this.byStateStarted[state], before);

    const result: Omit<ListResult, 'items' | 'next'> = { total, counts };
    const { stuckBefore } = query;
    if (stuckBefore !== undefined) {
      result.stuck = filter
        ? countWhere(filter.rows, (row) => row.stateRank === WITH_AGENT_RANK && row.startedMs < stuckBefore)
        : startedBound(this.byStateStarted.WITH_AGENT, stuckBefore);
    }

    let source = this.indexes[query.sort];
    let accept = matches;
    if (filter && filter.rows.length <= FEW_MATCHES) {
      filter.sorted[query.sort] ??= filter.rows.slice().sort(ROW_ORDER[query.sort]);
      source = filter.sorted[query.sort] ?? [];
    } else if (filter) {
      const { stamp } = filter;
      accept = (row) => row.mark === stamp && matches(row);
    }
    // Ordered by start, the rows started before the bound are a prefix: the walk stops at its end.
    const end =
      before !== undefined && query.sort === 'startedAt' ? startedBound(source, before) : source.length;
    const page = walk(source, query, accept, end);
    return { items: page.items, next: page.next, ...result };
  }

  /** Finds, marks and counts the rows matching `q` (contact or agent name) and the agent. */
  private filter(q: string, agent: string | null): Filter {
    const key = JSON.stringify([q, agent]);
    if (this.lastFilter?.key === key) return this.lastFilter;
    const stamp = ++this.stamp;
    const counts = emptyCounts();
    const rows: Row[] = [];
    const take = (row: Row) => {
      if (row.mark === stamp || (agent !== null && row.session.agent?.id !== agent)) return;
      row.mark = stamp;
      counts[row.session.state as ActiveState]++;
      rows.push(row);
    };
    if (q) {
      for (const position of this.text.find(q)) take(this.listed[position] as Row);
      for (const row of this.agents.withNameHolding(searchNeedle(q))) take(row);
    } else if (agent !== null) {
      for (const row of this.agents.withId(agent)) take(row);
    }
    this.lastFilter = { key, stamp, counts, rows, sorted: {} };
    return this.lastFilter;
  }

  get(id: string): Session | undefined {
    return this.byId.get(id)?.session;
  }

  audit(id: string): AuditEntry[] | undefined {
    const row = this.byId.get(id);
    return row ? [...this.trailOf(row)] : undefined;
  }

  /**
   * Releases at most once per idempotency key: a replay with the same session and notes gets the first
   * outcome back, whatever happened since; a different request under a used key is refused.
   */
  release(input: ReleaseInput): Outcome & { replayed: boolean } {
    const fingerprint = JSON.stringify([input.id, input.notes ?? null]);
    const result = this.ledger.once(input.idempotencyKey, fingerprint, () => this.performRelease(input));
    if (result === 'reused') {
      return {
        ...error(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for another session or other notes.',
        ),
        replayed: false,
      };
    }
    return { ...result.outcome, replayed: result.replayed };
  }

  summary(): TenantSummary {
    return { sessions: this.byId.size, listed: this.listed.length, counts: { ...this.counts } };
  }

  private trailOf(row: Row): AuditEntry[] {
    row.audit ??= buildAuditTrail(row.trail);
    return row.audit;
  }

  private performRelease(input: ReleaseInput): Outcome {
    const row = this.byId.get(input.id);
    if (!row) return error(404, 'NOT_FOUND', 'No such session.');
    const { session } = row;
    if (session.state !== 'WITH_AGENT') {
      return error(
        409,
        'NOT_WITH_AGENT',
        `The session is ${session.state}, not WITH_AGENT, so it cannot be released.`,
      );
    }
    if (!session.agent) {
      return error(409, 'ALREADY_UNASSIGNED', 'The session is already unassigned.');
    }
    this.lastFilter = null;
    this.agents.remove(row, session.agent);
    // Only the agent index orders by something a release changes.
    const agentIndex = this.indexes.agent;
    const from = bound(agentIndex, 'agent', row.agentKey, session.id, false);
    if (agentIndex[from] === row) agentIndex.splice(from, 1);
    row.session = { ...session, agent: null };
    row.agentKey = '';
    agentIndex.splice(bound(agentIndex, 'agent', row.agentKey, session.id, false), 0, row);
    const entry: AuditEntry = {
      at: input.at,
      actor: input.actor,
      action: 'RELEASED',
      fromState: 'WITH_AGENT',
      toState: 'WITH_AGENT',
    };
    if (input.notes) entry.notes = input.notes;
    this.trailOf(row).push(entry);
    return { status: 200, body: row.session };
  }
}
