// One tenant's sessions with an index per sort key, the release rules and idempotency. Every index is
// sorted once at start and kept sorted on release, so a page is a binary search plus a short scan,
// fast enough for tens of thousands of sessions.

import {
  ACTIVE_STATES,
  type ActiveState,
  type ApiErrorBody,
  type AuditEntry,
  SESSION_STATES,
  type Session,
  type SessionState,
  type SortKey,
  type SortOrder,
  type StateCounts,
  SORT_KEYS,
} from '../../src/contract/dispatcher-api';
import type { CursorPosition, SortValue } from './cursor';
import { buildAuditTrail, DISPATCHER_ACTOR, type SeededSession, type TrailSeed } from './dataset';
import { TextIndex } from './text-index';

interface Row {
  session: Session;
  trail: TrailSeed;
  /** Built from `trail` on first use, then appended to. */
  audit: AuditEntry[] | null;
  startedMs: number;
  stateRank: number;
  contactKey: string;
  agentKey: string;
  /** Stamp of the last text search this row matched, so a page scan need not match the text again. */
  mark: number;
}

export interface ListQuery {
  /** null: every non-terminal state. */
  states: ReadonlySet<ActiveState> | null;
  sort: SortKey;
  order: SortOrder;
  limit: number;
  after: CursorPosition | null;
  /** Trimmed; empty means no text filter. */
  q: string;
}

export interface ListResult {
  items: Session[];
  next: CursorPosition | null;
  total: number;
  counts: StateCounts;
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

function emptyCounts(): StateCounts {
  return { OPEN: 0, ACTIVE: 0, AWAITING_USER: 0, PROCESSING: 0, WITH_AGENT: 0 };
}

function isListed(session: Session): boolean {
  return activeStates.has(session.state);
}

function sortValue(row: Row, sort: SortKey): SortValue {
  switch (sort) {
    case 'startedAt':
      return row.startedMs;
    case 'contact':
      return row.contactKey;
    case 'channel':
      return row.session.channel;
    case 'state':
      return row.stateRank;
    case 'agent':
      return row.agentKey;
  }
}

// Plain code-unit comparison, not localeCompare: the same order on every machine, and much faster.
function compareValues(a: SortValue, b: SortValue): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

function compareToPosition(row: Row, sort: SortKey, value: SortValue, id: string): number {
  const byValue = compareValues(sortValue(row, sort), value);
  if (byValue !== 0) return byValue;
  const own = row.session.id;
  return own < id ? -1 : own > id ? 1 : 0;
}

/** First index whose row is at or after the position (`strict`: after it). */
function bound(index: readonly Row[], sort: SortKey, value: SortValue, id: string, strict: boolean): number {
  let low = 0;
  let high = index.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const row = index[middle] as Row;
    const c = compareToPosition(row, sort, value, id);
    if (c < 0 || (strict && c === 0)) low = middle + 1;
    else high = middle;
  }
  return low;
}

function compareIds(a: Row, b: Row): number {
  return a.session.id < b.session.id ? -1 : a.session.id > b.session.id ? 1 : 0;
}

function compareText(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

// Specialised per key: sorting 50,000 rows five times at start must stay well under a second.
const ROW_ORDER: Record<SortKey, (a: Row, b: Row) => number> = {
  startedAt: (a, b) => a.startedMs - b.startedMs || compareIds(a, b),
  contact: (a, b) => compareText(a.contactKey, b.contactKey) || compareIds(a, b),
  channel: (a, b) => compareText(a.session.channel, b.session.channel) || compareIds(a, b),
  state: (a, b) => a.stateRank - b.stateRank || compareIds(a, b),
  agent: (a, b) => compareText(a.agentKey, b.agentKey) || compareIds(a, b),
};

function toRow(seeded: SeededSession): Row {
  const { session } = seeded;
  const contact = session.contact.phone ?? session.contact.email ?? '';
  return {
    session,
    trail: seeded.trail,
    audit: null,
    startedMs: seeded.trail.startedMs,
    stateRank: SESSION_STATES.indexOf(session.state),
    contactKey: contact.toLowerCase(),
    agentKey: session.agent?.name.toLowerCase() ?? '',
    mark: 0,
  };
}

function error(status: 404 | 409 | 422, code: string, message: string): Outcome {
  return { status, body: { code, message } };
}

/** Matches of a text search, kept while paging through them. */
interface Search {
  q: string;
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

/** One page of `source` (sorted ascending) after the cursor, in the query's order. */
function walk(
  source: readonly Row[],
  query: ListQuery,
  accept: (row: Row) => boolean,
): { items: Session[]; next: CursorPosition | null } {
  const { after, sort } = query;
  const ascending = query.order === 'asc';
  const step = ascending ? 1 : -1;
  let i: number;
  if (ascending) i = after ? bound(source, sort, after.value, after.id, true) : 0;
  else i = (after ? bound(source, sort, after.value, after.id, false) : source.length) - 1;
  const items: Session[] = [];
  let last: Row | undefined;
  for (; i >= 0 && i < source.length; i += step) {
    const row = source[i] as Row;
    if (!accept(row)) continue;
    // One match past the page says whether there is a next page.
    if (items.length === query.limit) {
      return { items, next: last ? { value: sortValue(last, sort), id: last.session.id } : null };
    }
    items.push(row.session);
    last = row;
  }
  return { items, next: null };
}

export class TenantStore {
  private readonly byId = new Map<string, Row>();
  /** Non-terminal rows only, ascending by (value, id); descending pages walk them backwards. */
  private readonly indexes = {} as Record<SortKey, Row[]>;
  private readonly counts = emptyCounts();
  private readonly answers = new Map<string, { fingerprint: string; outcome: Outcome }>();
  /** Non-terminal rows in the order of `text`. */
  private listed: Row[] = [];
  private text: TextIndex;
  private stamp = 0;
  /** The last text search, reused while paging through its results; a release clears it. */
  private lastSearch: Search | null = null;

  constructor(seeded: readonly SeededSession[]) {
    for (const item of seeded) {
      const row = toRow(item);
      this.byId.set(row.session.id, row);
    }
    this.text = this.index();
  }

  /** Builds the listed rows, counts, text index and sort indexes from `byId`. */
  private index(): TextIndex {
    this.listed = [];
    Object.assign(this.counts, emptyCounts());
    for (const row of this.byId.values()) {
      if (isListed(row.session)) {
        this.listed.push(row);
        this.counts[row.session.state as ActiveState]++;
      }
    }
    for (const sort of SORT_KEYS) {
      this.indexes[sort] = this.listed.slice().sort(ROW_ORDER[sort]);
    }
    this.lastSearch = null;
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
    const inStates = (row: Row) => ((mask >> row.stateRank) & 1) === 1;
    const search = query.q ? this.search(query.q) : null;
    const counts = { ...(search ? search.counts : this.counts) };
    let total = 0;
    for (const state of query.states ?? ACTIVE_STATES) total += counts[state];
    let page: ReturnType<typeof walk>;
    if (!search) {
      page = walk(this.indexes[query.sort], query, inStates);
    } else if (search.rows.length <= FEW_MATCHES) {
      search.sorted[query.sort] ??= search.rows.slice().sort(ROW_ORDER[query.sort]);
      page = walk(search.sorted[query.sort] ?? [], query, inStates);
    } else {
      const { stamp } = search;
      page = walk(this.indexes[query.sort], query, (row) => row.mark === stamp && inStates(row));
    }
    return { items: page.items, next: page.next, total, counts };
  }

  /** Finds, marks and counts the rows matching `q`. */
  private search(q: string): Search {
    if (this.lastSearch?.q === q) return this.lastSearch;
    const stamp = ++this.stamp;
    const counts = emptyCounts();
    const rows: Row[] = [];
    for (const position of this.text.find(q)) {
      const row = this.listed[position] as Row;
      row.mark = stamp;
      counts[row.session.state as ActiveState]++;
      rows.push(row);
    }
    this.lastSearch = { q, stamp, counts, rows, sorted: {} };
    return this.lastSearch;
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
    const earlier = this.answers.get(input.idempotencyKey);
    if (earlier) {
      if (earlier.fingerprint === fingerprint) return { ...earlier.outcome, replayed: true };
      return {
        ...error(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was already used for another session or other notes.',
        ),
        replayed: false,
      };
    }
    const outcome = this.performRelease(input);
    this.answers.set(input.idempotencyKey, { fingerprint, outcome });
    return { ...outcome, replayed: false };
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
    this.lastSearch = null;
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
