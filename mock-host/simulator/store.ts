// One tenant's sessions: the listed rows and their indexes, the changes the dispatcher makes (each
// audited, each bumping the tenant's version and told to whoever listens), the release rules and
// idempotency. A page is a binary search plus a short scan, fast enough for tens of thousands of sessions.

import type {
  AgentWorkload,
  ApiErrorBody,
  AuditEntry,
  Channel,
  NamedRef,
  Session,
  SessionState,
  StateCounts,
} from '../../src/contract/dispatcher-api';
import { buildAuditTrail } from './audit-trail';
import type { SeededSession } from './dataset';
import { FilterCache } from './filter';
import { isHeld } from './held-index';
import { IdempotencyLedger } from './idempotency';
import { type ListQuery, type ListResult, listPage } from './list-page';
import { isActive, ListedRows } from './listed-rows';
import { rekey, type Row, toRow } from './row';
import { movedTo, reassigned, released, type Transition } from './transitions';
import { agentWorkload, type WorkloadQuery } from './workload';

export type { ListQuery, ListResult } from './list-page';

export type Outcome = { status: 200; body: Session } | { status: 404 | 409 | 422; body: ApiErrorBody };

export interface ReleaseInput {
  id: string;
  notes: string | undefined;
  actor: string;
  idempotencyKey: string;
  /** ISO-8601: when the release happens (the audit entry's instant). */
  at: string;
}

export interface TenantSummary {
  sessions: number;
  listed: number;
  counts: StateCounts;
}

/** A change of the tenant's sessions: the version it made and, when known, the sessions it touched. */
export interface SessionsChange {
  version: number;
  /** Absent: the whole data set was replaced. */
  ids?: string[];
}

function error(status: 404 | 409 | 422, code: string, message: string): Outcome {
  return { status, body: { code, message } };
}

export class TenantStore {
  private readonly byId = new Map<string, Row>();
  private readonly listed: ListedRows;
  private readonly filters = new FilterCache();
  private readonly ledger = new IdempotencyLedger<Outcome>();
  /** Bumped on every change of the tenant's sessions; conditional answers and change events go by it. */
  private changes: number;
  /** Told of every change, after it is made. */
  onChange: ((change: SessionsChange) => void) | null = null;

  /** `version`: where the change counter starts, e.g. past the last one of the data this replaces. */
  constructor(seeded: readonly SeededSession[], version = 0) {
    for (const item of seeded) {
      const row = toRow(item);
      this.byId.set(row.session.id, row);
    }
    this.listed = new ListedRows(this.byId.values());
    this.changes = version;
  }

  get version(): number {
    return this.changes;
  }

  list(query: ListQuery): ListResult {
    return listPage(this.listed, this.filterFor(query.q, query.agent), query);
  }

  /** Every agent's WITH_AGENT sessions matching the channels and `q`, heaviest first. */
  workload(query: WorkloadQuery & { q: string }): AgentWorkload[] {
    return agentWorkload(this.listed, this.filterFor(query.q, undefined), query);
  }

  /**
   * Sessions of the channels, agent and search held since before `heldBefore`: without a search, a
   * binary search per list; with one, a pass over the search's own (cached) matches, as the list's
   * `stuck` counts them. As time passes it only grows, so with the version it tells when an answer
   * under the held rule may have changed.
   */
  stuckTally(
    channels: ReadonlySet<Channel> | null,
    agent: string | undefined,
    heldBefore: number,
    q = '',
  ): number {
    if (!q) return this.listed.held.stuckCount(channels, agent, heldBefore);
    const filter = this.filterFor(q, agent);
    let count = 0;
    for (const row of filter?.rows ?? [])
      if ((channels === null || channels.has(row.session.channel)) && isHeld(row) && row.heldMs < heldBefore)
        count += 1;
    return count;
  }

  private filterFor(q: string, agent: string | undefined) {
    return q || agent !== undefined ? this.filters.get(this.listed, q, agent ?? null) : null;
  }

  get(id: string): Session | undefined {
    return this.byId.get(id)?.session;
  }

  audit(id: string): AuditEntry[] | undefined {
    const row = this.byId.get(id);
    return row ? [...this.trailOf(row)] : undefined;
  }

  /**
   * Moves a session to another state, as the dispatcher does on its own: it resolves or expires, goes
   * back to the bot, or is handed off (to `agent`, or unassigned). Undefined for an unknown id.
   */
  setState(
    id: string,
    state: SessionState,
    atMs: number,
    agent: NamedRef | null = null,
  ): Session | undefined {
    const row = this.byId.get(id);
    if (!row) return undefined;
    const transition = movedTo(row, state, atMs, agent);
    if (transition) this.apply(row, transition);
    return row.session;
  }

  /** Gives a WITH_AGENT session to `agent`; 'not-with-agent' in any other state, undefined for an unknown id. */
  assign(id: string, agent: NamedRef, atMs: number): Session | 'not-with-agent' | undefined {
    const row = this.byId.get(id);
    if (!row) return undefined;
    if (row.session.state !== 'WITH_AGENT') return 'not-with-agent';
    const transition = reassigned(row, agent, atMs);
    if (transition) this.apply(row, transition);
    return row.session;
  }

  /** A session the dispatcher opened just now. */
  add(seeded: SeededSession): Session {
    const row = toRow(seeded);
    this.byId.set(row.session.id, row);
    if (isActive(row.session.state)) this.listed.attach(row);
    this.changed([row.session.id]);
    return row.session;
  }

  has(id: string): boolean {
    return this.byId.has(id);
  }

  /** Forgets a session altogether, so its id is 404 from now on; false for an unknown id. */
  remove(id: string): boolean {
    const row = this.byId.get(id);
    if (!row) return false;
    if (row.listed) this.listed.detach(row);
    this.byId.delete(id);
    this.changed([id]);
    return true;
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
    return { sessions: this.byId.size, listed: this.listed.size, counts: this.listed.counts(null) };
  }

  private trailOf(row: Row): AuditEntry[] {
    row.audit ??= buildAuditTrail(row.trail);
    return row.audit;
  }

  /** Takes the row out of the indexes with its old keys, changes it, and lists it again if still active. */
  private apply(row: Row, transition: Transition): void {
    const trail = this.trailOf(row);
    if (row.listed) this.listed.detach(row);
    row.session = transition.session;
    row.stateSinceMs = transition.stateSinceMs;
    row.assignedMs = transition.assignedMs;
    rekey(row);
    if (isActive(row.session.state)) this.listed.attach(row);
    trail.push(...transition.entries);
    this.changed([row.session.id]);
  }

  private changed(ids: string[]): void {
    this.filters.clear();
    this.changes++;
    this.onChange?.({ version: this.changes, ids });
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
    this.apply(row, released(row, input.actor, input.at, input.notes));
    return { status: 200, body: row.session };
  }
}
