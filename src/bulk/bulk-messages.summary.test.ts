// A finished run's summary counts each outcome once, under its own words: a session that moved on is
// not "already unassigned", and a refused repeat is not "no answer".
import { aSession } from '../../test/fake-dispatcher-client';
import { checkReleasedSession } from '../dispatcher/answers';
import { i18nFor, loadReleaseMessages } from '../i18n/languages';
import type { I18n } from '../i18n/translate';
import type { SessionRow } from '../session/row';
import { bulkOutcomeSummary } from './bulk-messages';
import type { BulkItem, BulkItemStatus, BulkReason, BulkSnapshot } from './bulk-release';

const item = (status: BulkItemStatus, reason: BulkReason | null = null): BulkItem => ({
  session: checkReleasedSession(aSession()) as SessionRow,
  key: 'k',
  status,
  reason,
  row: null,
  httpStatus: null,
  code: null,
  attempts: 1,
});

const { t } = i18nFor({ language: 'en', locale: 'en-GB' }) as I18n;
beforeAll(() => loadReleaseMessages('en'));

describe('a bulk release’s summary', () => {
  it('counts each outcome under its own words', () => {
    const items = [
      item('released'),
      item('released'),
      item('conflict', 'already-unassigned'),
      item('conflict', 'moved-on'),
      item('conflict', 'moved-on'),
      item('unknown', 'no-answer'),
      item('unknown', 'key-reused'),
      item('unknown', 'key-reused'),
      item('unknown', 'key-reused'),
    ];
    const counts = {
      queued: 0,
      sending: 0,
      'not-sent': 0,
      released: 2,
      conflict: 3,
      gone: 0,
      forbidden: 0,
      failed: 0,
      unknown: 4,
    };
    const snapshot: BulkSnapshot = {
      items,
      counts,
      total: items.length,
      notes: '',
      stopped: null,
      done: true,
      retryable: 1,
    };
    expect(bulkOutcomeSummary(snapshot, t)).toBe(
      '2 released, 1 already unassigned by someone else, 2 no longer with an agent, ' +
        '1 without an answer (may or may not be released), 3 refused as a repeat (may have been released earlier)',
    );
  });
});
