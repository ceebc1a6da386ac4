// The control endpoints under /__control/, outside the API base path, for tests and the mock host:
// change settings and faults, reseed, read counters. No identity: the simulator is a local tool.

import type { IncomingMessage, ServerResponse } from 'node:http';
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

async function route(runtime: SimulatorRuntime, request: IncomingMessage, path: string): Promise<Answer> {
  const method = request.method ?? 'GET';
  const key = `${method} ${path}`;
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
