// The reading routes: `GET sessions` and `GET sessions/agents`, answered conditionally (an ETag, and
// 304 to a client that has the current answer), and one session or its audit trail.

import type { IncomingMessage } from 'node:http';
import {
  type AgentWorkloadPage,
  CHANNELS,
  type SessionPage,
  STUCK_COUNT_HEADER,
} from '../../src/contract/dispatcher-api';
import { type Caller, identify, isCaller, READ } from './caller';
import { encodeCursor } from './cursor';
import { entityTag, matchesTag, normalizedList } from './etag';
import { type Answer, answer, failure, header, isAnswer, notModified } from './http';
import { parseChannels, parseListQuery, parseStuckAfter, parseText } from './list-query';
import type { SimulatorRuntime } from './runtime';

const MINUTE_MS = 60_000;

/** The tag of an answer, or the 304 when the client's If-None-Match names it already. */
function conditional(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  caller: Caller,
  query: readonly unknown[],
  stuck: number | null,
): { tag: string } | Answer {
  const parts = [caller.tenant, query, runtime.settings.clockOffsetMs, stuck];
  const tag = entityTag(runtime.instance, caller.store.version, parts);
  if (!matchesTag(header(request, 'If-None-Match'), tag)) return { tag };
  runtime.stats.notModified++;
  return notModified(tag);
}

export function list(runtime: SimulatorRuntime, request: IncomingMessage, params: URLSearchParams): Answer {
  const caller = identify(runtime, request, READ);
  if (!isCaller(caller)) return caller;
  const query = parseListQuery(params);
  if (!('limit' in query)) return query;
  const now = runtime.nowMs();
  const minutes = query.stuckAfterMinutes;
  const heldBefore = minutes === undefined ? undefined : now - minutes * MINUTE_MS;
  const stuck =
    heldBefore === undefined
      ? null
      : caller.store.stuckTally(query.channels ?? null, query.agent, heldBefore, query.q);
  // The count alone changes as time passes, so it travels in a header (on a 304 too) and stays out of
  // the tag; only the Stuck view's own items, which that passing time changes, put it in the tag.
  const stuckHeader: Record<string, string> = stuck === null ? {} : { [STUCK_COUNT_HEADER]: String(stuck) };
  const check = conditional(runtime, request, caller, normalizedList(query), query.stuckOnly ? stuck : null);
  if (isAnswer(check)) return { ...check, headers: { ...check.headers, ...stuckHeader } };
  const result = caller.store.list(heldBefore === undefined ? query : { ...query, heldBefore });
  const page: SessionPage = {
    items: result.items,
    nextCursor: result.next ? encodeCursor(query.sort, query.order, result.next) : null,
    total: result.total,
    counts: result.counts,
    ...(result.stuck === undefined ? {} : { stuck: result.stuck }),
    ...(result.stuckRule === undefined ? {} : { stuckRule: result.stuckRule }),
    serverTime: new Date(now).toISOString(),
  };
  return answer(200, page, { ETag: check.tag, ...stuckHeader });
}

export function agents(runtime: SimulatorRuntime, request: IncomingMessage, params: URLSearchParams): Answer {
  const caller = identify(runtime, request, READ);
  if (!isCaller(caller)) return caller;
  const channels = parseChannels(params);
  if (isAnswer(channels)) return channels;
  const minutes = parseStuckAfter(params);
  if (isAnswer(minutes)) return minutes;
  const q = parseText(params);
  if (isAnswer(q)) return q;
  const now = runtime.nowMs();
  const heldBefore = minutes === undefined ? undefined : now - minutes * MINUTE_MS;
  const stuck = heldBefore === undefined ? null : caller.store.stuckTally(channels, undefined, heldBefore);
  const normalized = [
    'agents',
    channels ? CHANNELS.filter((c) => channels.has(c)) : null,
    q,
    minutes ?? null,
  ];
  const check = conditional(runtime, request, caller, normalized, stuck);
  if (isAnswer(check)) return check;
  const page: AgentWorkloadPage = {
    items: caller.store.workload({ channels, q, ...(heldBefore === undefined ? {} : { heldBefore }) }),
    serverTime: new Date(now).toISOString(),
  };
  return answer(200, page, { ETag: check.tag });
}

export function getSession(runtime: SimulatorRuntime, request: IncomingMessage, id: string): Answer {
  const caller = identify(runtime, request, READ);
  if (!isCaller(caller)) return caller;
  const session = caller.store.get(id);
  return session ? answer(200, session) : failure(404, 'NOT_FOUND', 'No such session.');
}

export function audit(runtime: SimulatorRuntime, request: IncomingMessage, id: string): Answer {
  const caller = identify(runtime, request, READ);
  if (!isCaller(caller)) return caller;
  const items = caller.store.audit(id);
  return items ? answer(200, { items }) : failure(404, 'NOT_FOUND', 'No such session.');
}
