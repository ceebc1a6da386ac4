/**
 * The host's dispatcher API as this module consumes it. Paths are relative to the baseURL of the
 * host's `dispatcherClient`; the host's interceptors add auth and tenant.
 */

/** Every state the dispatcher can report for a session. */
export const SESSION_STATES = [
  'OPEN',
  'ACTIVE',
  'AWAITING_USER',
  'PROCESSING',
  'WITH_AGENT',
  'RESOLVED',
  'EXPIRED',
] as const;

/** A session's state; RESOLVED and EXPIRED are terminal. */
export type SessionState = (typeof SESSION_STATES)[number];

/** The states a session can have before it ends, in the order the page shows them. */
export const ACTIVE_STATES = ['OPEN', 'ACTIVE', 'AWAITING_USER', 'PROCESSING', 'WITH_AGENT'] as const;

/** A state of a session that has not ended. */
export type ActiveState = (typeof ACTIVE_STATES)[number];

/** States that end a session; such sessions belong to Conversation Logs, never to this page. */
export const TERMINAL_STATES = ['RESOLVED', 'EXPIRED'] as const;

/** The channels a contact can reach the dispatcher on. */
export const CHANNELS = ['WHATSAPP', 'EMAIL'] as const;

/** How the contact reaches the dispatcher. */
export type Channel = (typeof CHANNELS)[number];

/** A reference to another record (a Business Partner, an agent) by id and display name. */
export interface NamedRef {
  id: string;
  name: string;
}

/** Who the session is with: a phone (WhatsApp) or an email, and the matched Business Partner if any. */
export interface Contact {
  phone?: string;
  email?: string;
  businessPartner?: NamedRef | null;
}

/** The agent a session sits with, and since when. */
export interface AgentRef extends NamedRef {
  /** ISO-8601: when this agent got the session (hand-off or reassignment); absent if the dispatcher does not say. */
  assignedAt?: string;
}

/** One dispatcher session as `GET sessions` returns it. */
export interface Session {
  id: string;
  channel: Channel;
  contact: Contact;
  state: SessionState;
  /** ISO-8601: when the session was opened, not when it entered its current state. */
  startedAt: string;
  /** ISO-8601: when the session entered its current state; absent if the dispatcher does not say. */
  stateSince?: string;
  /** The agent the session sits with; null or absent means Unassigned. */
  agent?: AgentRef | null;
}

/** Number of matching sessions per non-terminal state. */
export type StateCounts = Record<ActiveState, number>;

/**
 * Columns the server can sort by; `startedAt` serves both Started At and Duration. `heldSince` is
 * `agent.assignedAt` when the session has an agent, else `stateSince`, else `startedAt`: ascending, the
 * sessions held longest come first.
 */
export const SORT_KEYS = ['startedAt', 'contact', 'channel', 'state', 'agent', 'heldSince'] as const;

/** A column the server can sort by. */
export type SortKey = (typeof SORT_KEYS)[number];

/** Sort direction. */
export type SortOrder = 'asc' | 'desc';

/** Most characters `q` and `agent` of `GET sessions` may have. */
export const LIST_TEXT_MAX = 200;

/** Page size bounds of `GET sessions`. */
export const LIST_LIMIT = { min: 1, max: 200, default: 50 } as const;

/** Most minutes `stuckAfterMinutes` may have (30 days). */
export const STUCK_AFTER_MINUTES_MAX = 43_200;

/** Query of `GET sessions`; no `state` means every non-terminal state. */
export interface SessionListQuery {
  state?: readonly ActiveState[];
  /** Only sessions on these channels (items, `total`, `counts`, `stuck`); none means every channel. */
  channel?: readonly Channel[];
  sort?: SortKey;
  order?: SortOrder;
  /** 1–200, default 50. */
  limit?: number;
  /** Opaque cursor from a previous page's `nextCursor`. */
  cursor?: string;
  /** Free text matched against phone, email, Business Partner name and agent name. */
  q?: string;
  /** ISO-8601 instant: only sessions started strictly before it (items and `total`); ignored with `stuckAfterMinutes`. */
  startedBefore?: string;
  /** ISO-8601 instant: asks for `stuck`, the WITH_AGENT sessions matching `q`, `agent` and `channel` started before it; ignored with `stuckAfterMinutes`. */
  stuckBefore?: string;
  /** An agent's id: only sessions with that agent (items, `total`, `counts`, `stuck`). */
  agent?: string;
  /**
   * Minutes, more than 0 and at most 43,200: the dispatcher counts as `stuck`, on its own clock, the
   * WITH_AGENT sessions with an agent held longer than this (see `SORT_KEYS` for heldSince), and then
   * ignores `startedBefore` and `stuckBefore`. Send those too, for dispatchers without it.
   */
  stuckAfterMinutes?: number;
  /** Only with `stuckAfterMinutes`: items and `total` are the stuck sessions alone (the Stuck view). */
  stuckOnly?: boolean;
}

/**
 * Response header of `GET sessions` asked with `stuckAfterMinutes`: the number `stuck` says, on a 304
 * too. Passing time alone changes it (sessions become stuck), so it is kept out of the ETag, except in
 * the Stuck view (`stuckOnly`), whose items it changes.
 */
export const STUCK_COUNT_HEADER = 'Stuck-Count';

/** Answer of `GET sessions`. */
export interface SessionPage {
  items: Session[];
  nextCursor: string | null;
  /** Sessions matching everything the items match (`state`, `channel`, `q`, `agent`, `startedBefore` or `stuckOnly`) across all pages. */
  total: number;
  /** Non-terminal sessions matching `q`, `agent` and `channel`, per state, whatever `state`, `startedBefore` and `stuckOnly` say. */
  counts: StateCounts;
  /** Only when `stuckAfterMinutes` or `stuckBefore` was asked for and the dispatcher supports it. */
  stuck?: number;
  /** Present when the dispatcher applied `stuckAfterMinutes` (stuck by time held), absent when it did not. */
  stuckRule?: 'held';
  /** ISO-8601 clock of the server when it answered, to correct a wrong client clock. */
  serverTime: string;
}

/** One agent's load as `GET sessions/agents` reports it. */
export interface AgentWorkload {
  agent: NamedRef;
  /** WITH_AGENT sessions this agent holds (matching the query's `channel` and `q`). */
  sessions: number;
  /** Of those, the ones stuck by the held rule of `stuckAfterMinutes`; 0 when it was not asked for. */
  stuck: number;
  /** ISO-8601: the earliest heldSince among them. */
  oldestHeldSince: string;
}

/** Query of `GET sessions/agents`, the agents' workload: an optional endpoint (404 or 501 where a dispatcher lacks it). */
export interface AgentWorkloadQuery {
  /** Only sessions on these channels; none means every channel. */
  channel?: readonly Channel[];
  /** Free text, as in `GET sessions`. */
  q?: string;
  /** Minutes, as in `GET sessions`: what `stuck` counts; without it `stuck` is 0. */
  stuckAfterMinutes?: number;
}

/**
 * Answer of `GET sessions/agents?stuckAfterMinutes=&channel=&q=`: every agent holding at least one
 * WITH_AGENT session, heaviest first (sessions, then stuck, descending; then name and id).
 */
export interface AgentWorkloadPage {
  items: AgentWorkload[];
  /** ISO-8601 clock of the server when it answered. */
  serverTime: string;
}

/**
 * What a host's change feed tells the page: sessions changed (released, reassigned, handed off, ended,
 * new). `ids` names them when known; without `ids`, anything may have changed.
 */
export interface SessionsChangedEvent {
  type: 'sessions-changed';
  ids?: string[];
}

/** Most characters the release notes may have. */
export const RELEASE_NOTES_MAX = 1000;

/** Name of the header that makes a release idempotent. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** Body of `POST sessions/{id}/release`; the answer is the updated Session (WITH_AGENT, agent null). */
export interface ReleaseRequest {
  notes?: string;
}

/** Error body of the dispatcher API (409, 400, 403, 404). */
export interface ApiErrorBody {
  code: string;
  message: string;
}

/** One entry of a session's audit trail. */
export interface AuditEntry {
  at: string;
  actor: string;
  action: string;
  fromState?: SessionState;
  toState?: SessionState;
  notes?: string;
}

/** Answer of `GET sessions/{id}/audit`. */
export interface AuditTrail {
  items: AuditEntry[];
}
