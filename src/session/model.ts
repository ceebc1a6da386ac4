// Pure rules of the page: how answers are checked, what a row shows, when a session may be released.
// No React and no I/O here, so every rule is tested without a DOM.
import {
  ACTIVE_STATES,
  type ActiveState,
  CHANNELS,
  type Channel,
  type NamedRef,
  SESSION_STATES,
  type SessionState,
  type StateCounts,
} from '../contract/dispatcher-api';

/** A session the page can show: checked, non-terminal, with its start time parsed once. */
export interface SessionRow {
  id: string;
  channel: Channel;
  state: ActiveState;
  startedAt: string;
  startedAtMs: number;
  phone?: string;
  email?: string;
  businessPartner: NamedRef | null;
  agent: NamedRef | null;
}

/** A list answer after checking: the rows to show and what had to be left out. */
export interface CheckedPage {
  rows: SessionRow[];
  /** Rows that broke the contract (missing fields, unknown state or channel, bad date, duplicate id). */
  rejected: number;
  nextCursor: string | null;
  total: number | null;
  counts: StateCounts | null;
  /** Stuck WITH_AGENT sessions, when the query asked (`stuckBefore`) and the dispatcher told; else null. */
  stuck: number | null;
  /** serverTime minus the client clock when the answer arrived; 0 when the server gave no usable time. */
  clockOffsetMs: number;
}

/** The answer as a whole is not what the contract describes (not an object, no item list). */
export class ContractError extends Error {}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isNonEmptyString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

const isActiveState = (value: unknown): value is ActiveState => ACTIVE_STATES.includes(value as ActiveState);

export const isSessionState = (value: unknown): value is SessionState =>
  SESSION_STATES.includes(value as SessionState);

/** Parses an ISO-8601 timestamp; NaN when it is not one. */
export function parseTimestamp(value: unknown): number {
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}T/.test(value)) return Number.NaN;
  return Date.parse(value);
}

function optionalRef(value: unknown): NamedRef | null | undefined {
  if (value === undefined || value === null) return null;
  if (isRecord(value) && isNonEmptyString(value.id) && typeof value.name === 'string') {
    return { id: value.id, name: value.name };
  }
  return undefined;
}

function optionalString(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  // An empty string is kept here and left off the row, like a missing one.
  return typeof value === 'string' ? value : undefined;
}

type RowCheck = { kind: 'row'; row: SessionRow } | { kind: 'terminal' } | { kind: 'invalid' };

/** Checks one session of an answer; a terminal session is valid but never a row of this page. */
export function checkSession(value: unknown): RowCheck {
  if (!isRecord(value) || !isNonEmptyString(value.id) || !isRecord(value.contact)) return { kind: 'invalid' };
  if (!isSessionState(value.state)) return { kind: 'invalid' };
  if (!CHANNELS.includes(value.channel as Channel)) return { kind: 'invalid' };
  const startedAtMs = parseTimestamp(value.startedAt);
  if (!Number.isFinite(startedAtMs)) return { kind: 'invalid' };
  const phone = optionalString(value.contact.phone);
  const email = optionalString(value.contact.email);
  const businessPartner = optionalRef(value.contact.businessPartner);
  const agent = optionalRef(value.agent);
  if (phone === undefined || email === undefined || businessPartner === undefined || agent === undefined) {
    return { kind: 'invalid' };
  }
  if (!phone && !email) return { kind: 'invalid' };
  if (!isActiveState(value.state)) return { kind: 'terminal' };
  return {
    kind: 'row',
    row: {
      id: value.id,
      channel: value.channel as Channel,
      state: value.state,
      startedAt: value.startedAt as string,
      startedAtMs,
      ...(phone ? { phone } : {}),
      ...(email ? { email } : {}),
      businessPartner,
      agent,
    },
  };
}

const isCount = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0;

const countOrNull = (value: unknown): number | null => (isCount(value) ? value : null);

function checkCounts(value: unknown): StateCounts | null {
  if (!isRecord(value)) return null;
  const counts = {} as StateCounts;
  for (const state of ACTIVE_STATES) {
    const count = value[state];
    if (!isCount(count)) return null;
    counts[state] = count;
  }
  return counts;
}

/**
 * Checks a `GET sessions` answer. Rows that can be shown are kept; broken ones are counted,
 * never thrown on, so one bad record cannot blank the page.
 */
export function checkSessionPage(body: unknown, receivedAtMs: number): CheckedPage {
  if (!isRecord(body) || !Array.isArray(body.items)) {
    throw new ContractError('The dispatcher answered in an unexpected format.');
  }
  const rows: SessionRow[] = [];
  const seen = new Set<string>();
  let rejected = 0;
  for (const item of body.items) {
    const checked = checkSession(item);
    if (checked.kind === 'invalid') rejected += 1;
    else if (checked.kind === 'row') {
      if (seen.has(checked.row.id)) rejected += 1;
      else {
        seen.add(checked.row.id);
        rows.push(checked.row);
      }
    }
  }
  const serverTimeMs = parseTimestamp(body.serverTime);
  return {
    rows,
    rejected,
    nextCursor: isNonEmptyString(body.nextCursor) ? body.nextCursor : null,
    total: countOrNull(body.total),
    counts: checkCounts(body.counts),
    stuck: countOrNull(body.stuck),
    clockOffsetMs: Number.isFinite(serverTimeMs) ? serverTimeMs - receivedAtMs : 0,
  };
}

/** Checks the Session a release answers with; null when it is not a showable session. */
export function checkReleasedSession(body: unknown): SessionRow | null {
  const checked = checkSession(body);
  return checked.kind === 'row' ? checked.row : null;
}

/** What the Phone / Contact column shows first: the phone, else the email. */
export function contactLabel(row: Pick<SessionRow, 'phone' | 'email'>): string {
  return row.phone ?? row.email ?? '';
}

/** Whether Release applies: the session sits with an agent. */
export const canRelease = (row: SessionRow): boolean => row.state === 'WITH_AGENT' && row.agent !== null;

/** Whether a WITH_AGENT row has nothing to release: no agent holds it, it waits in the Handoff Inbox. */
export const isAlreadyUnassigned = (row: SessionRow): boolean =>
  row.state === 'WITH_AGENT' && row.agent === null;

/** Default minutes WITH_AGENT before a session counts as stuck. */
export const DEFAULT_STUCK_AFTER_MINUTES = 30;

/**
 * Whether a session looks stuck. The contract gives only the session's start, so the time since
 * it opened stands in for the time with the agent: it can only overstate, never hide, a stuck one.
 */
export function isStuck(row: SessionRow, nowMs: number, stuckAfterMinutes: number): boolean {
  return row.state === 'WITH_AGENT' && nowMs - row.startedAtMs > stuckAfterMinutes * 60_000;
}

const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/** Elapsed time as an ISO 8601 duration (`PT3H4M9S`), for the `<time>` element's machine-readable value. */
export function isoDuration(elapsedMs: number): string {
  const total = Math.floor(Math.max(0, elapsedMs) / SECOND);
  const days = Math.floor(total / 86_400);
  const time = `${Math.floor((total % 86_400) / 3_600)}H${Math.floor((total % 3_600) / 60)}M${total % 60}S`;
  return `P${days ? `${days}D` : ''}T${time}`;
}

/**
 * How often the Duration column needs repainting: every second while a row shows seconds
 * (under an hour old), every minute once all rows show only hours and minutes or more.
 */
export function tickIntervalMs(rows: readonly SessionRow[], nowMs: number): number | null {
  if (rows.length === 0) return null;
  const youngest = Math.max(...rows.map((row) => row.startedAtMs));
  return nowMs - youngest < HOUR ? SECOND : MINUTE;
}
