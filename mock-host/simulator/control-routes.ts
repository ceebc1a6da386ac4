// The control endpoints under /__control/, outside the API base path, for tests and the mock host:
// change settings and faults, reseed, read counters. No identity: the simulator is a local tool.

import type { IncomingMessage, ServerResponse } from 'node:http';
import { changeSession, openSession, type SessionAction } from './control-sessions';
import { type Answer, answer, BodyTooLarge, failure, readJson, sendJson } from './http';
import { checkDataOptions, type SimulatorRuntime } from './runtime';
import { applyPatch, copySettings } from './settings';
import { copyStats, resetStats } from './stats';

async function body(
  request: IncomingMessage,
): Promise<{ ok: true; value: unknown } | { ok: false; answer: Answer }> {
  try {
    return { ok: true, value: await readJson(request) };
  } catch (error) {
    if (error instanceof BodyTooLarge)
      return { ok: false, answer: failure(413, 'PAYLOAD_TOO_LARGE', error.message) };
    return { ok: false, answer: failure(400, 'INVALID_BODY', 'The body is not valid JSON.') };
  }
}

const SESSION_PATH = /^sessions\/([^/]+)\/(state|assign|remove)$/;

async function route(runtime: SimulatorRuntime, request: IncomingMessage, path: string): Promise<Answer> {
  const method = request.method ?? 'GET';
  const key = `${method} ${path}`;
  const session = SESSION_PATH.exec(path);
  if (session || path === 'sessions') {
    if (method !== 'POST') return failure(405, 'METHOD_NOT_ALLOWED', 'Use POST.');
    let id = '';
    try {
      id = decodeURIComponent(session?.[1] ?? '');
    } catch {
      return failure(400, 'INVALID_ID', 'The session id does not decode.');
    }
    const read = await body(request);
    if (!read.ok) return read.answer;
    return session
      ? changeSession(runtime, read.value, id, session[2] as SessionAction)
      : openSession(runtime, read.value);
  }
  switch (key) {
    case 'GET state':
      return answer(200, runtime.snapshot());
    case 'GET settings':
      return answer(200, copySettings(runtime.settings));
    case 'POST settings': {
      const read = await body(request);
      if (!read.ok) return read.answer;
      const next = applyPatch(runtime.settings, read.value ?? {});
      if (!next.ok) return failure(400, 'INVALID_SETTINGS', next.message);
      runtime.settings = next.value;
      return answer(200, copySettings(runtime.settings));
    }
    case 'POST reset': {
      const read = await body(request);
      if (!read.ok) return read.answer;
      const options = checkDataOptions(read.value);
      if (!options.ok) return failure(400, 'INVALID_OPTIONS', options.message);
      runtime.reset(options.value);
      return answer(200, runtime.snapshot());
    }
    case 'GET stats':
      return answer(200, copyStats(runtime.stats));
    case 'POST held/release':
      return answer(200, { released: runtime.releaseWaiting() });
    case 'POST stats/reset':
      resetStats(runtime.stats);
      return answer(200, copyStats(runtime.stats));
    default:
      return failure(404, 'NOT_FOUND', 'No such control endpoint.');
  }
}

/** Serves one control request; `path` is the part after /__control/. */
export async function handleControl(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  response: ServerResponse,
  path: string,
): Promise<void> {
  sendJson(response, await route(runtime, request, path.replace(/\/+$/, '')));
}
