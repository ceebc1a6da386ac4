import { i18nFor, loadReleaseMessages } from '../i18n/languages';
import type { I18n } from '../i18n/translate';
import type { SessionRow } from '../session/row';
import { bulkItemText, bulkRefusalMessage, bulkStatusText } from './bulk-messages';
import type { BulkItem, BulkItemStatus, BulkReason, BulkSnapshot } from './bulk-release';

const session: SessionRow = {
  id: 's1',
  channel: 'EMAIL',
  state: 'WITH_AGENT',
  startedAt: '2030-01-15T11:00:00.000Z',
  startedAtMs: Date.parse('2030-01-15T11:00:00.000Z'),
  email: 'a@example.com',
  businessPartner: null,
  agent: { id: 'agt', name: 'Tom Becker' },
  stateSinceMs: null,
  assignedAtMs: null,
};

const anItem = (
  status: BulkItemStatus,
  reason: BulkReason | null = null,
  httpStatus: number | null = null,
): BulkItem => ({
  session,
  key: 'k',
  status,
  reason,
  row: null,
  httpStatus,
  code: null,
  attempts: 1,
});

function snapshot(items: BulkItem[], patch: Partial<BulkSnapshot> = {}): BulkSnapshot {
  const counts = {
    queued: 0,
    sending: 0,
    'not-sent': 0,
    released: 0,
    conflict: 0,
    gone: 0,
    forbidden: 0,
    failed: 0,
    unknown: 0,
  };
  for (const item of items) counts[item.status]++;
  return {
    items,
    counts,
    total: items.length,
    notes: '',
    stopped: null,
    done: counts.queued === 0 && counts.sending === 0,
    retryable: counts.failed,
    ...patch,
  };
}

const { t } = i18nFor({ language: 'en', locale: 'en-GB' }) as I18n;
// The words of releasing come with the release code.
beforeAll(() => loadReleaseMessages('en'));

describe('bulk release wording', () => {
  it('speaks of one and of many', () => {
    expect(bulkStatusText(snapshot([anItem('sending')], { stopped: 'user' }), t)).toBe(
      'Stopping: 1 still on its way. 0 of 1 released.',
    );
    expect(bulkStatusText(snapshot([anItem('sending'), anItem('sending')], { stopped: 'user' }), t)).toBe(
      'Stopping: 2 still on their way. 0 of 2 released.',
    );
    expect(bulkStatusText(snapshot([anItem('released'), anItem('failed', null, 503)]), t)).toBe(
      '1 of 2 released: 1 failed. Retry failed sends that one again with the same request: it cannot be released twice.',
    );
    expect(bulkStatusText(snapshot([anItem('queued'), anItem('released')]), t)).toBe(
      'Releasing… 1 of 2 released.',
    );
    expect(bulkRefusalMessage({ kind: 'notes-too-long', length: 1005, max: 1000 }, t)).toBe(
      'The notes are 5 characters too long: they can have at most 1,000. Nothing was sent.',
    );
    expect(bulkRefusalMessage({ kind: 'notes-too-long', length: 1001, max: 1000 }, t)).toMatch(
      /^The notes are 1 character too long/,
    );
  });

  it('speaks German with German numbers', async () => {
    await loadReleaseMessages('de');
    const de = i18nFor({ language: 'de', locale: 'de-DE' }) as I18n;
    expect(bulkRefusalMessage({ kind: 'too-many', count: 1200, max: 500 }, de.t)).toMatch(
      /^1\.200 Sitzungen sind ausgewählt/,
    );
    expect(bulkStatusText(snapshot([anItem('queued'), anItem('released')]), de.t)).toBe(
      'Wird freigegeben … 1 von 2 freigegeben.',
    );
  });

  it.each([
    [anItem('queued'), 'Waiting'],
    [anItem('sending'), 'Releasing…'],
    [anItem('not-sent'), 'Not sent'],
    [anItem('released'), 'Released: waiting in the Handoff Inbox as Unassigned'],
    [anItem('conflict', 'already-unassigned'), 'Already unassigned: someone else released it'],
    [anItem('conflict', 'moved-on'), 'No longer with an agent: nothing to release'],
    [anItem('gone'), 'Ended: nothing to release'],
    [anItem('forbidden'), 'Not allowed: releasing needs the permission communications.access'],
    [anItem('failed', null, 500), 'The dispatcher answered with an error (HTTP 500)'],
    [anItem('unknown', 'no-answer'), 'No answer: it may or may not have been released'],
  ])('tells one session’s outcome (%#)', (item, text) => {
    expect(bulkItemText(item, t)).toBe(text);
  });
});
