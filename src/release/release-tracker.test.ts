import { aSession, deferred, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { DispatcherSessionsClient } from '../dispatcher/api';
import { checkReleasedSession } from '../dispatcher/answers';
import { i18nFor } from '../i18n/languages';
import type { I18n } from '../i18n/translate';
import type { SessionRow } from '../session/row';
import { ReleaseTracker } from './release-tracker';

const { t } = i18nFor({}) as I18n;
const flush = async () => {
  for (let i = 0; i < 20; i += 1) await Promise.resolve();
};

function setUp() {
  const session = aSession();
  const fake = new FakeDispatcherClient([session]);
  const row = checkReleasedSession(session) as SessionRow;
  let keys = 0;
  const tracker = new ReleaseTracker(new DispatcherSessionsClient(fake.client), () => `key-${++keys}`);
  return { fake, row, tracker };
}

describe('the release tracker', () => {
  it('sends one request while one is on its way, however often it is asked', async () => {
    const { fake, row, tracker } = setUp();
    const answer = deferred();
    fake.script.release.push({ until: answer.promise });
    tracker.send(row, 'off-shift', t);
    tracker.send(row, 'off-shift', t);
    tracker.send(row, 'other notes', t);
    expect(fake.releaseCalls()).toHaveLength(1);
    answer.resolve();
    await flush();
    expect(tracker.getSnapshot().get(row.id)?.result?.kind).toBe('released');
    // Released is final: a late click sends nothing more either.
    tracker.send(row, 'off-shift', t);
    expect(fake.releaseCalls()).toHaveLength(1);
  });

  it('sends notes of spaces alone as no notes at all', async () => {
    const { fake, row, tracker } = setUp();
    tracker.send(row, '   \n ', t);
    await flush();
    expect(fake.releaseCalls()[0]?.body).toEqual({});
  });

  it('keeps an outcome until it is told, then forgets a final one and keeps a retryable one as told', async () => {
    const { fake, row, tracker } = setUp();
    fake.script.release.push({ status: 503, data: {} });
    tracker.send(row, 'x', t);
    await flush();
    expect(tracker.getSnapshot().get(row.id)).toMatchObject({ told: false, locked: true });
    tracker.told(row.id);
    expect(tracker.getSnapshot().get(row.id)).toMatchObject({ told: true, locked: true });
    // Told again (the page renders again for another reason): nothing changes, nothing renders again.
    const told = tracker.getSnapshot();
    tracker.told(row.id);
    expect(tracker.getSnapshot()).toBe(told);
    // The retry sends the same key and notes, whatever the dialog says now.
    tracker.send(row, 'changed', t);
    await flush();
    expect(fake.releaseCalls().map((call) => [call.headers['Idempotency-Key'], call.body])).toEqual([
      ['key-1', { notes: 'x' }],
      ['key-1', { notes: 'x' }],
    ]);
    expect(tracker.getSnapshot().get(row.id)).toMatchObject({ told: false });
    tracker.told(row.id);
    expect(tracker.getSnapshot().has(row.id)).toBe(false);
  });

  it('tells nothing twice: told before the outcome is in changes nothing', () => {
    const { fake, row, tracker } = setUp();
    fake.script.release.push({ hang: true });
    tracker.send(row, 'x', t);
    const before = tracker.getSnapshot();
    tracker.told(row.id);
    expect(tracker.getSnapshot()).toBe(before);
  });
});
