import { i18nFor, loadReleaseMessages } from '../i18n/languages';
import type { I18n } from '../i18n/translate';
import { DispatcherFailure, type FailureKind } from '../dispatcher/failure';
import { classifyReleaseFailure, isFinal, releaseFailureKind } from './outcome';

const { t } = i18nFor({ language: 'en' }) as I18n;
beforeAll(() => loadReleaseMessages('en'));

const http = (status: number, code?: string) => new DispatcherFailure('http', 'm', status, code);
const without = (kind: FailureKind) => new DispatcherFailure(kind, 'm');

describe('what a failed release comes to', () => {
  const cases: Array<[string, DispatcherFailure, string]> = [
    ['no answer in time', without('timeout'), 'uncertain'],
    ['no connection', without('network'), 'uncertain'],
    ['a cancelled request', without('aborted'), 'uncertain'],
    ['a yes that is not a session', without('format'), 'released'],
    ['409', http(409, 'NOT_WITH_AGENT'), 'conflict'],
    ['404', http(404), 'gone'],
    ['422 for a reused key', http(422, 'IDEMPOTENCY_KEY_REUSED'), 'reused'],
    ['422 for anything else', http(422, 'VALIDATION'), 'refused'],
    ['a reused key’s code on another status', http(400, 'IDEMPOTENCY_KEY_REUSED'), 'refused'],
    ['400', http(400), 'refused'],
    ['403', http(403), 'refused'],
    ['499', http(499), 'refused'],
    ['500', http(500), 'uncertain'],
    ['503', http(503), 'uncertain'],
    ['a 3xx the client did not follow', http(304), 'uncertain'],
  ];
  it.each(cases.map(([what, failure, kind]): [string, string, DispatcherFailure] => [what, kind, failure]))(
    // The title names the case and its outcome, not the failure object (whose text holds a stack).
    '%s: %s',
    (_what, kind, failure) => {
      expect(releaseFailureKind(failure)).toBe(kind);
    },
  );

  it('ends the release on every outcome but a refusal or an unknown one', () => {
    expect(isFinal({ kind: 'released', row: null })).toBe(true);
    expect(isFinal({ kind: 'conflict', message: '', detail: '' })).toBe(true);
    expect(isFinal({ kind: 'refused', message: '', detail: '' })).toBe(false);
    expect(isFinal({ kind: 'uncertain', message: '', detail: '' })).toBe(false);
  });
});

describe('what the administrator is told', () => {
  it('a yes that is not a session is a release without a row', () => {
    expect(classifyReleaseFailure(without('format'), t)).toEqual({ kind: 'released', row: null });
  });

  it('409 tells apart released by someone else from no longer with an agent', () => {
    expect(classifyReleaseFailure(http(409, 'ALREADY_UNASSIGNED'), t)).toEqual({
      kind: 'conflict',
      message: t('releasedBySomeoneElse'),
      detail: 'HTTP 409, ALREADY_UNASSIGNED',
    });
    expect(classifyReleaseFailure(http(409, 'NOT_WITH_AGENT'), t)).toMatchObject({
      message: t('noLongerWithAgent'),
    });
  });

  it('403 names the permission; another refusal says the request was invalid', () => {
    expect(classifyReleaseFailure(http(403), t).kind).toBe('refused');
    expect(classifyReleaseFailure(http(403), t)).toMatchObject({ message: t('notAllowedToRelease') });
    expect(classifyReleaseFailure(http(400), t)).toMatchObject({ message: t('releaseInvalid') });
  });

  it('a 5xx says the dispatcher is not responding properly; no answer says the outcome is unknown', () => {
    expect(classifyReleaseFailure(http(502), t)).toMatchObject({
      kind: 'uncertain',
      message: t('releaseNotConfirmed', { what: t('notResponding') }),
    });
    expect(classifyReleaseFailure(without('timeout'), t)).toMatchObject({
      kind: 'uncertain',
      message: t('releaseUnknown'),
    });
  });

  it('404 and a reused key each have their own words', () => {
    expect(classifyReleaseFailure(http(404), t)).toMatchObject({ kind: 'gone', message: t('sessionGone') });
    expect(classifyReleaseFailure(http(422, 'IDEMPOTENCY_KEY_REUSED'), t)).toMatchObject({
      kind: 'reused',
      message: t('releaseKeyReused'),
    });
  });
});
