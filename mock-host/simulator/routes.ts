// The dispatcher API: routing under the base path, identity, validation, then the tenant's store.
// Faults and latency are applied here, before the work, except `act-then-drop` and `act-then-hang`,
// which do the work and then lose the answer.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { IDEMPOTENCY_HEADER, RELEASE_NOTES_MAX, type SessionPage } from '../../src/contract/dispatcher-api';
import { encodeCursor } from './cursor';
import {
  type Answer,
  answer,
  BodyTooLarge,
  failure,
  header,
  readJson,
  sendHtml,
  sendJson,
  sleep,
} from './http';
import {
  findUser,
  hasPermission,
  isTenantId,
  PERMISSIONS,
  type Permission,
  type SimulatedUser,
  TENANT_HEADER,
  USER_HEADER,
} from './identity';
import type { SimulatorRuntime } from './runtime';
import { type ApiRoute, takeFault } from './settings';
import { enter } from './stats';
import { parseListQuery } from './list-query';
import type { TenantStore } from './store';

const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

/** A page a login proxy or gateway might put where JSON was expected. */
const NOT_JSON_PAGE =
  '<!doctype html><html><head><title>Sign in</title></head><body><h1>Please sign in</h1></body></html>';

interface Match {
  route: ApiRoute;
  id?: string;
}

function matchRoute(method: string, path: string): Match | 'method' | null {
  const parts = path.split('/');
  if (parts[0] !== 'sessions' || parts.length > 3) return null;
  let id: string | undefined;
  if (parts.length > 1) {
    try {
      id = decodeURIComponent(parts[1] ?? '');
    } catch {
      return null;
    }
    if (!id) return null;
  }
  const [, , tail] = parts;
  const route: ApiRoute | null =
    parts.length === 1
      ? 'list'
      : tail === undefined
        ? 'get'
        : tail === 'audit'
          ? 'audit'
          : tail === 'release'
            ? 'release'
            : null;
  if (!route) return null;
  if (method !== (route === 'release' ? 'POST' : 'GET')) return 'method';
  return id === undefined ? { route } : { route, id };
}

type Caller = { user: SimulatedUser; store: TenantStore };

// Either permission reads; a release needs communications.access.
function identify(runtime: SimulatorRuntime, request: IncomingMessage, needs: Permission[]): Caller | Answer {
  const user = findUser(header(request, USER_HEADER));
  if (!user) return failure(401, 'UNAUTHENTICATED', `Send a known user in ${USER_HEADER}.`);
  const tenant = header(request, TENANT_HEADER);
  if (!isTenantId(tenant)) return failure(403, 'UNKNOWN_TENANT', `Send a known tenant in ${TENANT_HEADER}.`);
  if (!needs.some((permission) => hasPermission(user, permission))) {
    return failure(403, 'FORBIDDEN', `This needs ${needs.join(' or ')}.`);
  }
  return { user, store: runtime.tenant(tenant) };
}

const READ = [PERMISSIONS.communications, PERMISSIONS.handoff];
const RELEASE = [PERMISSIONS.communications];

const isCaller = (value: Caller | Answer): value is Caller => 'store' in value;

function list(runtime: SimulatorRuntime, request: IncomingMessage, params: URLSearchParams): Answer {
  const caller = identify(runtime, request, READ);
  if (!isCaller(caller)) return caller;
  const query = parseListQuery(params);
  if (!('limit' in query)) return query;
  const result = caller.store.list(query);
  const page: SessionPage = {
    items: result.items,
    nextCursor: result.next ? encodeCursor(query.sort, query.order, result.next) : null,
    total: result.total,
    counts: result.counts,
    ...(result.stuck === undefined ? {} : { stuck: result.stuck }),
    serverTime: runtime.now().toISOString(),
  };
  return answer(200, page);
}

function getSession(runtime: SimulatorRuntime, request: IncomingMessage, id: string): Answer {
  const caller = identify(runtime, request, READ);
  if (!isCaller(caller)) return caller;
  const session = caller.store.get(id);
  return session ? answer(200, session) : failure(404, 'NOT_FOUND', 'No such session.');
}

function audit(runtime: SimulatorRuntime, request: IncomingMessage, id: string): Answer {
  const caller = identify(runtime, request, READ);
  if (!isCaller(caller)) return caller;
  const items = caller.store.audit(id);
  return items ? answer(200, { items }) : failure(404, 'NOT_FOUND', 'No such session.');
}

async function release(runtime: SimulatorRuntime, request: IncomingMessage, id: string): Promise<Answer> {
  const caller = identify(runtime, request, RELEASE);
  if (!isCaller(caller)) return caller;
  const key = header(request, IDEMPOTENCY_HEADER)?.trim();
  if (!key) {
    return failure(
      400,
      'IDEMPOTENCY_KEY_REQUIRED',
      `Send a unique ${IDEMPOTENCY_HEADER} with every release.`,
    );
  }
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    return failure(400, 'INVALID_IDEMPOTENCY_KEY', `${IDEMPOTENCY_HEADER} is too long.`);
  }
  let body: unknown;
  try {
    body = await readJson(request);
  } catch (error) {
    if (error instanceof BodyTooLarge) return failure(413, 'PAYLOAD_TOO_LARGE', 'The body is too large.');
    return failure(400, 'INVALID_BODY', 'The body is not valid JSON.');
  }
  if (body !== undefined && (typeof body !== 'object' || body === null || Array.isArray(body))) {
    return failure(400, 'INVALID_BODY', 'The body must be a JSON object.');
  }
  const rawNotes = (body as { notes?: unknown } | undefined)?.notes;
  if (rawNotes !== undefined && rawNotes !== null && typeof rawNotes !== 'string') {
    return failure(400, 'INVALID_NOTES', 'notes must be a string.');
  }
  const notes = rawNotes ?? undefined;
  // Counted in code points, the most a client counting UTF-16 units could send, and never cut.
  if (notes !== undefined && [...notes].length > RELEASE_NOTES_MAX) {
    return failure(400, 'NOTES_TOO_LONG', `notes must be at most ${RELEASE_NOTES_MAX} characters.`);
  }
  const outcome = caller.store.release({
    id,
    notes,
    actor: caller.user.name,
    idempotencyKey: key,
    at: runtime.now().toISOString(),
  });
  if (outcome.replayed) runtime.stats.idempotentReplays++;
  else if (outcome.status === 200) runtime.stats.releasesPerformed++;
  return answer(outcome.status, outcome.body);
}

function compute(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  match: Match,
  params: URLSearchParams,
): Answer | Promise<Answer> {
  const id = match.id ?? '';
  switch (match.route) {
    case 'list':
      return list(runtime, request, params);
    case 'get':
      return getSession(runtime, request, id);
    case 'audit':
      return audit(runtime, request, id);
    case 'release':
      return release(runtime, request, id);
  }
}

/** Serves one API request; `path` is the part after the base path. */
export async function handleApi(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
  params: URLSearchParams,
): Promise<void> {
  const match = matchRoute(request.method ?? 'GET', path);
  if (match === null || match === 'method') {
    runtime.stats.otherRequests++;
    sendJson(
      response,
      match === null
        ? failure(404, 'NOT_FOUND', 'No such endpoint.')
        : failure(405, 'METHOD_NOT_ALLOWED', 'This endpoint does not take that method.'),
    );
    return;
  }
  response.once('close', enter(runtime.stats, match.route));
  // The fault is taken on arrival, so `times: 1` hits exactly the next request of the route.
  const fault = takeFault(runtime.settings, match.route, match.id);
  if (fault) runtime.stats.faultsApplied++;
  const wait = runtime.settings.latencyMs + (fault?.mode === 'delay' ? fault.ms : 0);
  if (wait > 0) await sleep(wait);
  if (fault?.mode === 'hold') await runtime.waitForRelease(response);
  if (response.destroyed) return;
  switch (fault?.mode) {
    case 'status':
      sendJson(response, failure(fault.status, 'SIMULATED_FAULT', `Simulated ${fault.status} answer.`));
      return;
    case 'not-json':
      sendHtml(response, 200, NOT_JSON_PAGE);
      return;
    case 'drop':
      request.socket.destroy();
      return;
    case 'hang':
      runtime.hold(response);
      return;
  }
  const result = await compute(runtime, request, match, params);
  if (fault?.mode === 'act-then-drop') {
    request.socket.destroy();
    return;
  }
  if (fault?.mode === 'act-then-hang') {
    runtime.hold(response);
    return;
  }
  sendJson(response, result);
}
