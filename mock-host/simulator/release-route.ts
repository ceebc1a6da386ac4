// `POST sessions/{id}/release`: the checks of key and body, then the tenant's release, idempotent per key.

import type { IncomingMessage } from 'node:http';
import { IDEMPOTENCY_HEADER, RELEASE_NOTES_MAX } from '../../src/contract/dispatcher-api';
import { identify, isCaller, RELEASE } from './caller';
import { type Answer, answer, BodyTooLarge, failure, header, readJson } from './http';
import type { SimulatorRuntime } from './runtime';

const MAX_IDEMPOTENCY_KEY_LENGTH = 200;

export async function release(
  runtime: SimulatorRuntime,
  request: IncomingMessage,
  id: string,
): Promise<Answer> {
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
