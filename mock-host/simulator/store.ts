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
  type SortKey,
  type SortOrder,
  type StateCounts,
  SORT_KEYS,
} from '../../src/contract/dispatcher-api';
import type { CursorPosition, SortValue } from './cursor';
import type { SeededSession } from './dataset';

interface Row {
  session: Session;
  audit: AuditEntry[];
  startedMs: number;
  stateRank: number;
  contactKey: string;
  agentKey: string;
  /** Lower-case phone, email and Business Partner name, separated so no match spans two of them. */
  search: string;
  phoneCompact: string;
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

function toRow(seeded: SeededSession): Row {
  const { session } = seeded;
  const phone = session.contact.phone?.toLowerCase() ?? '';
  const email = session.contact.email?.toLowerCase() ?? '';
  const partner = session.contact.businessPartner?.name.toLowerCase() ?? '';
  return {
    session,
    audit: seeded.audit,
    startedMs: Date.parse(session.startedAt),
    stateRank: SESSION_STATES.indexOf(session.state),
    contactKey: phone || email,
    agentKey: session.agent?.name.toLowerCase() ?? '',
    search: `${phone}\n${email}\n${partner}`,
    phoneCompact: phone.replace(/\s+/g, ''),
    mark: 0,
  };
}

function error(status: 404 | 409 | 422, code: string, message: string): Outcome {
  return { status, body: { code, message } };
}

export class TenantStore {
  private readonly byId = new Map<string, Row>();
  /** Non-terminal rows only, ascending by (value, id); descending pages walk them backwards. */
  private readonly indexes = {} as Record<SortKey, Row[]>;
  private readonly counts = emptyCounts();
  private readonly answers = new Map<string, { fingerprint: string; outcome: Outcome }>();
  private stamp = 0;

  constructor(seeded: readonly SeededSession[]) {
    const listed: Row[] = [];
    for (const item of seeded) {
      const row = toRow(item);
      this.byId.set(row.session.id, row);
      if (isListed(row.session)) {
        listed.push(row);
        this.counts[row.session.state as ActiveState]++;
      }
    }
    for (const sort of SORT_KEYS) {
      this.indexes[sort] = listed
        .slice()
        .sort((a, b) => compareToPosition(a, sort, sortValue(b, sort), b.session.id));
    }
  }

  list(query: ListQuery): ListResult {
    const index = this.indexes[query.sort];
    let counts: StateCounts;
    let textMatches: (row: Row) => boolean = () => true;
    if (query.q) {
      const stamp = ++this.stamp;
      const needle = query.q.toLowerCase();
      const compact = needle.replace(/\s+/g, '');
      counts = emptyCounts();
      for (const row of index) {
        if (row.search.includes(needle) || (compact !== '' && row.phoneCompact.includes(compact))) {
          row.mark = stamp;
          counts[row.session.state as ActiveState]++;
        }
      }
      textMatches = (row) => row.mark === stamp;
    } else {
      counts = { ...this.counts };
    }
    const { states } = query;
    const total = states
      ? [...states].reduce((sum, state) => sum + counts[state], 0)
      : ACTIVE_STATES.reduce((sum, state) => sum + counts[state], 0);

    const ascending = query.order === 'asc';
    const { after } = query;
    let i: number;
    if (ascending) i = after ? bound(index, query.sort, after.value, after.id, true) : 0;
    else i = (after ? bound(index, query.sort, after.value, after.id, false) : index.length) - 1;
    const step = ascending ? 1 : -1;

    const items: Session[] = [];
    let last: Row | undefined;
    let more = false;
    for (; i >= 0 && i < index.length; i += step) {
      const row = index[i] as Row;
      if (states && !states.has(row.session.state as ActiveState)) continue;
      if (!textMatches(row)) continue;
      if (items.length === query.limit) {
        more = true;
        break;
      }
      items.push(row.session);
      last = row;
    }
    const next = more && last ? { value: sortValue(last, query.sort), id: last.session.id } : null;
    return { items, next, total, counts };
  }

  get(id: string): Session | undefined {
    return this.byId.get(id)?.session;
  }

  audit(id: string): AuditEntry[] | undefined {
    const row = this.byId.get(id);
    return row ? [...row.audit] : undefined;
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
    return { sessions: this.byId.size, listed: this.indexes.startedAt.length, counts: { ...this.counts } };
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
    row.audit.push(entry);
    return { status: 200, body: row.session };
  }
}
