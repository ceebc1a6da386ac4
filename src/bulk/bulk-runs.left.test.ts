// Whether a run was left while sending: the page offers to send the rest only then, so a registry that
// never ran, or whose left run's outcome was told, must not say so.
import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { DispatcherSessionsClient } from '../dispatcher/api';
import { checkSession } from '../dispatcher/answers';
import { BulkRuns } from './bulk-runs';

describe('a bulk run left while sending', () => {
  it('is not offered by a registry that never ran', () => {
    const runs = new BulkRuns(new DispatcherSessionsClient(new FakeDispatcherClient([]).client));
    expect(runs.getSnapshot()).toEqual({ run: null, left: false });
  });

  it('is forgotten, left mark and all, once its outcome was told', async () => {
    const sessions = [aSession(), aSession()];
    const fake = new FakeDispatcherClient(sessions);
    const runs = new BulkRuns(new DispatcherSessionsClient(fake.client));
    const rows = sessions.flatMap((session) => {
      const checked = checkSession(session);
      return checked.kind === 'row' ? [checked.row] : [];
    });
    expect(rows).toHaveLength(2);
    const run = runs.start(rows, '');
    runs.leave();
    expect(runs.getSnapshot()).toEqual({ run, left: true });
    await run.whenDone();
    runs.dismiss();
    expect(runs.getSnapshot()).toEqual({ run: null, left: false });
  });
});
