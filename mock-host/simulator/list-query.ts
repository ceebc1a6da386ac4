// The query of `GET sessions`, checked: every parameter of the contract, or the 400 answer that says
// which one is wrong.

import {
  ACTIVE_STATES,
  type ActiveState,
  CHANNELS,
  type Channel,
  LIST_LIMIT,
  LIST_TEXT_MAX,
  SORT_KEYS,
  STUCK_AFTER_MINUTES_MAX,
  type SortKey,
  type SortOrder,
  TERMINAL_STATES,
} from '../../src/contract/dispatcher-api';
import { decodeCursor } from './cursor';
import { type Answer, failure, isAnswer } from './http';
import type { ListQuery } from './list-page';

/** An ISO-8601 instant: date, time and zone (`Z` or an offset), so it means the same everywhere. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

/** An absent or empty parameter is the default. */
function param(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value === null || value === '' ? undefined : value;
}

/** Epoch ms of an instant parameter, undefined when absent, or the 400 answer when it is not an instant. */
function instantParam(params: URLSearchParams, name: string, code: string): number | undefined | Answer {
  const text = param(params, name);
  if (text === undefined) return undefined;
  const ms = ISO_INSTANT.test(text) ? Date.parse(text) : Number.NaN;
  if (!Number.isFinite(ms)) {
    return failure(400, code, `${name} must be an ISO-8601 instant such as 2030-01-15T12:00:00Z.`);
  }
  return ms;
}

/** The values of a comma-separated (or repeated) parameter. */
function listParam(params: URLSearchParams, name: string): string[] {
  return params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .map((value) => value.trim())
    .filter(Boolean);
}

/** A set of every value, or null when none or all were asked for (the same answer, the same query). */
function subset<T>(values: readonly T[], all: readonly T[]): ReadonlySet<T> | null {
  const set = new Set(values);
  return set.size === 0 || all.every((value) => set.has(value)) ? null : set;
}

/** `channel`: a comma list of channels; none means every channel. */
export function parseChannels(params: URLSearchParams): ReadonlySet<Channel> | null | Answer {
  const requested = listParam(params, 'channel');
  const unknown = requested.find((channel) => !(CHANNELS as readonly string[]).includes(channel));
  if (unknown !== undefined) {
    return failure(
      400,
      'INVALID_CHANNEL',
      `Unknown channel: ${unknown}; channels are ${CHANNELS.join(', ')}.`,
    );
  }
  return subset(requested as Channel[], CHANNELS);
}

/** `stuckAfterMinutes`: more than 0 and at most 43,200 minutes; undefined when absent. */
export function parseStuckAfter(params: URLSearchParams): number | undefined | Answer {
  const text = param(params, 'stuckAfterMinutes');
  if (text === undefined) return undefined;
  const minutes = /^\d{1,5}(\.\d{1,6})?$/.test(text) ? Number(text) : Number.NaN;
  if (!(minutes > 0 && minutes <= STUCK_AFTER_MINUTES_MAX)) {
    return failure(
      400,
      'INVALID_STUCK_AFTER',
      `stuckAfterMinutes must be a number of minutes above 0 and at most ${STUCK_AFTER_MINUTES_MAX}.`,
    );
  }
  return minutes;
}

/** `q`, trimmed, or the 400 answer when it is too long. */
export function parseText(params: URLSearchParams): string | Answer {
  const q = (params.get('q') ?? '').trim();
  if (q.length > LIST_TEXT_MAX) {
    return failure(400, 'INVALID_QUERY', `q must be at most ${LIST_TEXT_MAX} characters.`);
  }
  return q;
}

export function parseListQuery(params: URLSearchParams): ListQuery | Answer {
  const requested = listParam(params, 'state');
  for (const state of requested) {
    if ((TERMINAL_STATES as readonly string[]).includes(state)) {
      return failure(400, 'INVALID_STATE', `${state} is terminal and never listed; see Conversation Logs.`);
    }
    if (!(ACTIVE_STATES as readonly string[]).includes(state)) {
      return failure(400, 'INVALID_STATE', `Unknown state: ${state}.`);
    }
  }
  const sort = param(params, 'sort') ?? 'startedAt';
  if (!(SORT_KEYS as readonly string[]).includes(sort)) {
    return failure(400, 'INVALID_SORT', `sort must be one of ${SORT_KEYS.join(', ')}.`);
  }
  const order = param(params, 'order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') return failure(400, 'INVALID_ORDER', 'order must be asc or desc.');
  const limitText = param(params, 'limit');
  const limit =
    limitText === undefined ? LIST_LIMIT.default : /^\d{1,6}$/.test(limitText) ? Number(limitText) : NaN;
  if (!(limit >= LIST_LIMIT.min && limit <= LIST_LIMIT.max)) {
    return failure(
      400,
      'INVALID_LIMIT',
      `limit must be a whole number from ${LIST_LIMIT.min} to ${LIST_LIMIT.max}.`,
    );
  }
  const q = parseText(params);
  if (isAnswer(q)) return q;
  const channels = parseChannels(params);
  if (isAnswer(channels)) return channels;
  const stuckAfterMinutes = parseStuckAfter(params);
  if (isAnswer(stuckAfterMinutes)) return stuckAfterMinutes;
  const stuckOnlyText = param(params, 'stuckOnly');
  if (stuckOnlyText !== undefined && stuckOnlyText !== 'true' && stuckOnlyText !== 'false') {
    return failure(400, 'INVALID_STUCK_ONLY', 'stuckOnly must be true or false.');
  }
  const stuckOnly = stuckOnlyText === 'true';
  if (stuckOnly && stuckAfterMinutes === undefined) {
    return failure(400, 'INVALID_STUCK_ONLY', 'stuckOnly needs stuckAfterMinutes, which says what stuck is.');
  }
  const agent = param(params, 'agent');
  if (agent !== undefined && agent.length > LIST_TEXT_MAX) {
    return failure(400, 'INVALID_AGENT', `agent must be at most ${LIST_TEXT_MAX} characters.`);
  }
  const startedBefore = instantParam(params, 'startedBefore', 'INVALID_STARTED_BEFORE');
  if (typeof startedBefore === 'object') return startedBefore;
  const stuckBefore = instantParam(params, 'stuckBefore', 'INVALID_STUCK_BEFORE');
  if (typeof stuckBefore === 'object') return stuckBefore;
  const cursorText = param(params, 'cursor');
  const after = cursorText === undefined ? null : decodeCursor(cursorText, sort as SortKey, order);
  if (cursorText !== undefined && !after) {
    return failure(400, 'INVALID_CURSOR', 'The cursor is malformed or belongs to another sort or order.');
  }
  // Under the held rule the absolute instants are ignored: a page sends them for older dispatchers.
  const absolute = stuckAfterMinutes === undefined;
  return {
    states: subset(requested as ActiveState[], ACTIVE_STATES),
    channels,
    sort: sort as SortKey,
    order: order as SortOrder,
    limit,
    after,
    q,
    ...(startedBefore === undefined || !absolute ? {} : { startedBefore }),
    ...(stuckBefore === undefined || !absolute ? {} : { stuckBefore }),
    ...(agent === undefined ? {} : { agent }),
    ...(stuckAfterMinutes === undefined ? {} : { stuckAfterMinutes, stuckOnly }),
  };
}
