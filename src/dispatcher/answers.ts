// What the dispatcher answered, checked against the contract before the page shows any of it. Rows
// that break the contract are counted and left out, never thrown on, so one bad record cannot blank
// the page. Pure: no React, no I/O.
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
import type { SessionRow } from '../session/row';

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

/** An optional instant: its time, or null when it is absent or not an instant (the page then does without it). */
function optionalInstant(value: unknown): number | null {
  const ms = parseTimestamp(value);
  return Number.isFinite(ms) ? ms : null;
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
      stateSinceMs: optionalInstant(value.stateSince),
      assignedAtMs: agent && isRecord(value.agent) ? optionalInstant(value.agent.assignedAt) : null,
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
