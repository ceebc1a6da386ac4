// How a session's values are written: its contact, and its duration for machines and for the clock.
import type { SessionRow } from './row';
import { heldSince } from './rules';

/** What the Phone / Contact column shows first: the phone, else the email. */
export function contactLabel(row: Pick<SessionRow, 'phone' | 'email'>): string {
  return row.phone ?? row.email ?? '';
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
 * How often the times of the rows need repainting: every second while a row shows seconds (under an
 * hour), every minute once all rows show only hours and minutes or more.
 */
export function tickIntervalMs(rows: readonly SessionRow[], nowMs: number): number | null {
  if (rows.length === 0) return null;
  // Both times a row shows (since its start, and since its holder got it) tick with the youngest.
  const youngest = Math.max(...rows.map((row) => Math.max(row.startedAtMs, heldSince(row).ms)));
  return nowMs - youngest < HOUR ? SECOND : MINUTE;
}
