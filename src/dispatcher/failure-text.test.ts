// What an administrator reads when the list could not be loaded: what happened, and the one thing to
// do next, told apart by the kind of failure.
import type { Message } from '../contract/messages';
import { en, type MessageKey } from '../i18n/en';
import { createI18n } from '../i18n/translate';
import { explainListFailure, whatHappened } from './failure-text';
import { DispatcherFailure } from './failure';

const catalog = en as Record<MessageKey, Message>;
const { t } = createI18n({ language: 'en', lookup: (key: MessageKey) => catalog[key] });
const http = (status?: number, code?: string) => new DispatcherFailure('http', 'failed', status, code);

describe('a failed load of the list, as the page tells it', () => {
  it('reads a refusal (4xx) as a refusal, a server fault (5xx) or no status as not responding', () => {
    expect(whatHappened(http(400))).toBe('listRefused');
    expect(whatHappened(http(404))).toBe('listRefused');
    expect(whatHappened(http(499))).toBe('listRefused');
    expect(whatHappened(http(500))).toBe('notResponding');
    expect(whatHappened(http(503))).toBe('notResponding');
    expect(whatHappened(http(undefined))).toBe('notResponding');
    expect(whatHappened(http(403))).toBe('notAllowedToList');
  });

  it('asks for the permission only when the list was forbidden; otherwise Retry, or that it is retried', () => {
    const forbidden = explainListFailure(http(403), { stale: false, retrying: true }, t);
    expect(forbidden.message).toBe(
      'You are not allowed to list sessions, so no sessions could be loaded. Ask a tenant administrator for the permission communications.access.',
    );
    expect(forbidden.detail).toBe('HTTP 403');
    const refused = explainListFailure(http(409, 'CONFLICT'), { stale: false, retrying: false }, t);
    expect(refused.message).toBe(
      'The dispatcher refused the request for the list, so no sessions could be loaded. Press Retry to try again.',
    );
    expect(refused.detail).toBe('HTTP 409, CONFLICT');
    const late = explainListFailure(
      new DispatcherFailure('timeout', 'late'),
      { stale: false, retrying: true },
      t,
    );
    expect(late.message).toBe(
      'The dispatcher did not answer in time, so no sessions could be loaded. It is tried again automatically; you can also press Retry.',
    );
    expect(late.message).not.toContain('permission');
  });
});
