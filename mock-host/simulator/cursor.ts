// Keyset cursors: the last row's sort value and id, so the next page starts right after that row even
// when rows were added or removed meanwhile (an offset would skip or repeat rows).

import type { SortKey, SortOrder } from '../../src/contract/dispatcher-api';

export type SortValue = number | string;

export interface CursorPosition {
  value: SortValue;
  id: string;
}

/** Sort keys whose values are numbers; the rest are strings. */
const NUMERIC_KEYS: ReadonlySet<SortKey> = new Set<SortKey>(['startedAt', 'state', 'heldSince']);

export function encodeCursor(sort: SortKey, order: SortOrder, position: CursorPosition): string {
  return Buffer.from(JSON.stringify([sort, order, position.value, position.id]), 'utf8').toString(
    'base64url',
  );
}

/** The position a cursor stands for, or null when it is malformed or was made for another sort. */
export function decodeCursor(text: string, sort: SortKey, order: SortOrder): CursorPosition | null {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(text, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || parsed.length !== 4) return null;
  const [cursorSort, cursorOrder, value, id] = parsed as unknown[];
  if (cursorSort !== sort || cursorOrder !== order || typeof id !== 'string') return null;
  const expected = NUMERIC_KEYS.has(sort) ? 'number' : 'string';
  if (typeof value !== expected || (typeof value === 'number' && !Number.isFinite(value))) return null;
  return { value: value as SortValue, id };
}
