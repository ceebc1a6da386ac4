// Entity tags of `GET sessions` and `GET sessions/agents`, made without reading the tenant's rows:
// the tenant's change counter, the query as the server applied it, the clock skew and, under the held
// rule, how many sessions are stuck now. Between two changes, time alone can only add stuck
// sessions, so that count changes exactly when the stuck set does; everything else in an answer
// follows from the data (the counter) and the query.

import { createHash, randomBytes } from 'node:crypto';
import { ACTIVE_STATES, CHANNELS } from '../../src/contract/dispatcher-api';
import type { ListQuery } from './list-page';

/** Differs between two runs of the simulator, whose counters may agree while their data does not. */
export function newInstanceId(): string {
  return randomBytes(6).toString('base64url');
}

/**
 * A weak tag (`W/"…"`): two answers with the same tag hold the same items, counts, totals and cursor,
 * though their `serverTime` differs, so they are equivalent but not byte for byte the same.
 */
export function entityTag(instance: string, version: number, parts: readonly unknown[]): string {
  const digest = createHash('sha1').update(JSON.stringify(parts)).digest('base64url').slice(0, 22);
  return `W/"${instance}.${version}.${digest}"`;
}

/** Whether `If-None-Match` names the tag (weak comparison, as for GET) or is `*`. */
export function matchesTag(ifNoneMatch: string | undefined, tag: string): boolean {
  if (!ifNoneMatch) return false;
  const opaque = (text: string) => text.trim().replace(/^W\//, '');
  const own = opaque(tag);
  return ifNoneMatch.split(',').some((candidate) => {
    const trimmed = candidate.trim();
    return trimmed === '*' || opaque(trimmed) === own;
  });
}

const ordered = <T>(set: ReadonlySet<T> | null | undefined, all: readonly T[]) =>
  set ? all.filter((value) => set.has(value)) : null;

/** The list query as the server applied it: equal for two requests that get the same answer from the same data. */
export function normalizedList(query: ListQuery): unknown[] {
  return [
    'list',
    ordered(query.states, ACTIVE_STATES),
    ordered(query.channels, CHANNELS),
    query.sort,
    query.order,
    query.limit,
    query.after ? [query.after.value, query.after.id] : null,
    query.q,
    query.agent ?? null,
    query.startedBefore ?? null,
    query.stuckBefore ?? null,
    query.stuckAfterMinutes ?? null,
    query.stuckOnly ?? false,
  ];
}
