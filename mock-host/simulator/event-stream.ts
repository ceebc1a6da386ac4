// `GET events`: a server-sent event stream of one tenant's changes, for hosts that push changes to the
// page instead of having it poll. EventSource cannot send headers, so the identity may also come as
// `?tenant=…&user=…` on this route alone.

import type { IncomingMessage, ServerResponse } from 'node:http';
import type { SessionsChangedEvent } from '../../src/contract/dispatcher-api';
import { identifyAs, isCaller, READ } from './caller';
import { header, sendJson } from './http';
import { TENANT_HEADER, USER_HEADER } from './identity';
import type { SimulatorRuntime } from './runtime';
import type { SessionsChange } from './store';

/** What one event's data says: the contract's event plus the tenant's change counter after it. */
export type SessionsChangedData = SessionsChangedEvent & { version: number };

export const SESSIONS_CHANGED = 'sessions-changed';

export function eventText(change: SessionsChange): string {
  const data: SessionsChangedData = { type: SESSIONS_CHANGED, version: change.version };
  if (change.ids) data.ids = change.ids;
  return `event: ${SESSIONS_CHANGED}\ndata: ${JSON.stringify(data)}\n\n`;
}

export function handleEvents(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  params: URLSearchParams,
): void {
  const user = header(request, USER_HEADER) ?? params.get('user') ?? undefined;
  const tenant = header(request, TENANT_HEADER) ?? params.get('tenant') ?? undefined;
  const caller = identifyAs(runtime, user, tenant, READ);
  if (!isCaller(caller)) {
    sendJson(response, caller);
    return;
  }
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // Proxies that buffer answers would hold the events back.
    'X-Accel-Buffering': 'no',
  });
  const unsubscribe = runtime.feed.subscribe(caller.tenant, (change) => response.write(eventText(change)));
  // Comment lines: ignored by EventSource, they keep idle proxies and load balancers from closing it.
  const heartbeat = setInterval(() => response.write(': heartbeat\n\n'), runtime.eventHeartbeatMs);
  heartbeat.unref();
  const stop = runtime.trackStream(response);
  response.once('close', () => {
    clearInterval(heartbeat);
    unsubscribe();
    stop();
  });
  // Sent once subscribed: a client that has read it misses no later change.
  response.write(': connected\n\n');
}
