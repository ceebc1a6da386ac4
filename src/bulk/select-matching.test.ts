import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { DispatcherSessionsClient } from '../dispatcher/api';
import { releasableMatching } from './select-matching';

const NOW = Date.parse('2030-01-15T12:00:00.000Z');

function setUp(count: number, unassignedEvery = 0) {
  const sessions = Array.from({ length: count }, (_, i) =>
    aSession(unassignedEvery && i % unassignedEvery === 0 ? { agent: null } : {}),
  );
  const fake = new FakeDispatcherClient(sessions);
  return { fake, api: new DispatcherSessionsClient(fake.client), sessions };
}

describe('select all matching', () => {
  it('reads every page of the filter in pages of 200, from its first page whatever the view’s cursor, and takes the releasable ones', async () => {
    const { fake, api, sessions } = setUp(450, 3);
    const rows = await releasableMatching(
      api,
      { sort: 'startedAt', order: 'desc', limit: 25, cursor: 'page-4' },
      NOW,
    );
    const calls = fake.listCalls();
    expect(calls.map((call) => [call.params.limit, call.params.cursor === undefined])).toEqual([
      ['200', true],
      ['200', false],
      ['200', false],
    ]);
    expect(calls[1]?.params.cursor).not.toBe('page-4');
    expect(new Set(rows.map((row) => row.id))).toEqual(
      new Set(sessions.filter((session) => session.agent).map((session) => session.id)),
    );
  });

  it('stops once it has as many as it may take, asking no page more', async () => {
    const { fake, api } = setUp(450);
    const rows = await releasableMatching(
      api,
      { sort: 'startedAt', order: 'desc', limit: 25 },
      NOW,
      undefined,
      200,
    );
    expect(rows).toHaveLength(200);
    expect(fake.listCalls()).toHaveLength(1);
    const more = await releasableMatching(
      api,
      { sort: 'startedAt', order: 'desc', limit: 25 },
      NOW,
      undefined,
      201,
    );
    expect(more).toHaveLength(201);
    expect(fake.listCalls()).toHaveLength(3);
  });
});
