// The dispatcher API: routing under the base path, then the route's own handler. Faults and latency
// are applied here, before the work, except `act-then-drop` and `act-then-hang`, which do the work and
// then lose the answer. The event stream has no faults: it is long-lived and answers nothing.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { handleEvents } from './event-stream';
import { type Answer, failure, sendHtml, sendJson, sleep } from './http';
import { agents, audit, getSession, list } from './read-routes';
import { release } from './release-route';
import type { SimulatorRuntime } from './runtime';
import { type ApiRoute, takeFault } from './settings';
import { enter } from './stats';

/** A page a login proxy or gateway might put where JSON was expected. */
const NOT_JSON_PAGE =
  '<!doctype html><html><head><title>Sign in</title></head><body><h1>Please sign in</h1></body></html>';

interface Match {
  route: ApiRoute | 'events';
  id?: string;
}

/** Session ids start `ses_`, so `sessions/agents` never names a session. */
const AGENTS_SEGMENT = 'agents';

function matchRoute(method: string, path: string): Match | 'method' | null {
  if (path === 'events') return method === 'GET' ? { route: 'events' } : 'method';
  const parts = path.split('/');
  if (parts[0] !== 'sessions' || parts.length > 3) return null;
  if (parts.length === 2 && parts[1] === AGENTS_SEGMENT)
    return method === 'GET' ? { route: 'agents' } : 'method';
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

function compute(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  route: ApiRoute,
  id: string,
  params: URLSearchParams,
): Answer | Promise<Answer> {
  switch (route) {
    case 'list':
      return list(runtime, request, params);
    case 'agents':
      return agents(runtime, request, params);
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
  const { route } = match;
  if (route === 'events') {
    handleEvents(runtime, request, response, params);
    return;
  }
  response.once('close', enter(runtime.stats, route));
  // The fault is taken on arrival, so `times: 1` hits exactly the next request of the route.
  const fault = takeFault(runtime.settings, route, match.id);
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
  const result = await compute(runtime, request, route, match.id ?? '', params);
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
