import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { DispatcherFailure, DispatcherSessionsClient, FALLBACK_TIMEOUT_MS } from './api';

describe('DispatcherSessionsClient', () => {
  it('lists through the host client with the contract’s query parameters', async () => {
    const fake = new FakeDispatcherClient([aSession()]);
    const api = new DispatcherSessionsClient(fake.client);
    const page = await api.list({
      state: ['WITH_AGENT', 'OPEN'],
      sort: 'startedAt',
      order: 'asc',
      limit: 25,
      cursor: 'c',
      q: 'acme',
      startedBefore: '2026-11-25T11:30:00.000Z',
      stuckBefore: '2026-11-25T11:31:00.000Z',
      agent: 'agt-7',
    });
    expect(fake.calls[0]).toMatchObject({
      method: 'get',
      url: 'sessions',
      params: {
        state: 'WITH_AGENT,OPEN',
        sort: 'startedAt',
        order: 'asc',
        limit: '25',
        cursor: 'c',
        q: 'acme',
        startedBefore: '2026-11-25T11:30:00.000Z',
        stuckBefore: '2026-11-25T11:31:00.000Z',
        agent: 'agt-7',
      },
    });
    expect(page.total).toBe(0);
  });

  it('adds its own timeout only when the host client has none', async () => {
    const fake = new FakeDispatcherClient();
    const get = jest.spyOn(fake, 'get');
    await new DispatcherSessionsClient(fake.client).list({});
    expect(get.mock.calls[0]?.[1]).toMatchObject({ timeout: FALLBACK_TIMEOUT_MS });
    fake.defaults.timeout = 5000;
    await new DispatcherSessionsClient(fake.client).list({});
    expect(get.mock.calls[1]?.[1]).not.toHaveProperty('timeout');
  });

  it('releases with the notes and the Idempotency-Key header', async () => {
    const session = aSession();
    const fake = new FakeDispatcherClient([session]);
    const row = await new DispatcherSessionsClient(fake.client).release(
      session.id,
      { notes: 'off-shift' },
      'key-1',
    );
    expect(fake.releaseCalls()[0]).toMatchObject({
      url: `sessions/${session.id}/release`,
      body: { notes: 'off-shift' },
      headers: { 'Idempotency-Key': 'key-1' },
    });
    expect(row).toMatchObject({ id: session.id, agent: null, state: 'WITH_AGENT' });
  });

  it.each([
    [{ error: 'timeout' } as const, { kind: 'timeout' }],
    [{ error: 'network' } as const, { kind: 'network' }],
    [
      { status: 409, data: { code: 'NOT_WITH_AGENT', message: 'x' } },
      { kind: 'http', status: 409, code: 'NOT_WITH_AGENT' },
    ],
    [
      { status: 503, data: '<html>' },
      { kind: 'http', status: 503 },
    ],
    [{ body: '<html>not json</html>' }, { kind: 'format' }],
  ])('turns %p into a failure the page can explain', async (scripted, expected) => {
    const fake = new FakeDispatcherClient();
    fake.script.list.push(scripted);
    const failure = await new DispatcherSessionsClient(fake.client).list({}).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DispatcherFailure);
    expect(failure).toMatchObject(expected);
  });
});
