import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import type { AxiosInstance } from 'axios';
import { DispatcherFailure, toFailure } from './failure';
import { DispatcherSessionsClient, FALLBACK_TIMEOUT_MS } from './api';
import { ContractError } from './answers';

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

describe('toFailure', () => {
  // A host's client may be axios of any version, or a wrapper around fetch: each way of saying
  // "cancelled" must read as a cancellation, which the page ignores, never as a fault it reports.
  it.each([
    ['axios 1 (code ERR_CANCELED)', Object.assign(new Error('canceled'), { code: 'ERR_CANCELED' })],
    ['fetch or AbortSignal (AbortError)', new DOMException('The operation was aborted.', 'AbortError')],
    ['axios CanceledError by name only', Object.assign(new Error('canceled'), { name: 'CanceledError' })],
  ])('reads a cancellation from %s as aborted', (_how, error) => {
    const failure = toFailure(error);
    expect(failure).toMatchObject({ kind: 'aborted', message: 'The request was cancelled.' });
    expect(failure.status).toBeUndefined();
  });

  it('names its errors, so a host’s error log says where they came from', () => {
    expect(toFailure(new Error('socket hang up')).name).toBe('DispatcherFailure');
    expect(String(toFailure(new Error('x')))).toBe('DispatcherFailure: The dispatcher could not be reached.');
  });

  it('keeps the status in the message and the dispatcher’s code, and ignores a code that is not text', () => {
    expect(toFailure({ response: { status: 409, data: { code: 'NOT_WITH_AGENT' } } })).toMatchObject({
      kind: 'http',
      message: 'The dispatcher failed (HTTP 409).',
      status: 409,
      code: 'NOT_WITH_AGENT',
    });
    expect(toFailure({ response: { status: 500, data: { code: 42 } } }).code).toBeUndefined();
    expect(toFailure({ response: { status: 502 } })).toMatchObject({
      kind: 'http',
      status: 502,
      code: undefined,
    });
  });

  it.each(['ECONNABORTED', 'ETIMEDOUT'])('reads %s as a timeout', (code) => {
    expect(toFailure(Object.assign(new Error('t'), { code }))).toMatchObject({
      kind: 'timeout',
      message: 'The dispatcher did not answer in time.',
    });
  });

  it.each([
    ['a network error', Object.assign(new Error('Network Error'), { code: 'ERR_NETWORK' })],
    ['nothing at all', undefined],
    ['null', null],
  ])('reads %s as unreachable', (_what, error) => {
    expect(toFailure(error)).toMatchObject({
      kind: 'network',
      message: 'The dispatcher could not be reached.',
    });
  });

  it('passes its own failures through and reads a malformed answer as a format failure', () => {
    const own = new DispatcherFailure('http', 'm', 404);
    expect(toFailure(own)).toBe(own);
    expect(toFailure(new ContractError('total is not a number'))).toMatchObject({
      kind: 'format',
      message: 'total is not a number',
    });
  });

  it('adds its fallback timeout to a host client that has no defaults at all', async () => {
    const calls: unknown[] = [];
    const bare = {
      get: (_url: string, config: unknown) => {
        calls.push(config);
        return Promise.resolve({ data: { items: [], total: 0, nextCursor: null } });
      },
    } as unknown as AxiosInstance;
    await new DispatcherSessionsClient(bare).list({});
    expect(calls[0]).toMatchObject({ timeout: FALLBACK_TIMEOUT_MS });
  });
});
