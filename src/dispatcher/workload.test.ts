import { aSession, FakeDispatcherClient } from '../../test/fake-dispatcher-client';
import { checkWorkload, WorkloadClient } from './workload';

const load = (id: string, sessions: number, stuck = 0) => ({
  agent: { id, name: `Agent ${id}` },
  sessions,
  stuck,
  oldestHeldSince: '2030-01-15T10:00:00.000Z',
});

describe('checkWorkload', () => {
  it('keeps the entries that keep to the contract, in the order given, and counts the others', () => {
    const checked = checkWorkload(
      {
        items: [
          load('a', 5, 2),
          load('b', 3),
          { ...load('c', 2), stuck: 3 },
          { ...load('d', 2), oldestHeldSince: 'yesterday' },
          { ...load('e', 0) },
          { ...load('f', 1.5) },
          { ...load('g', 1), agent: { id: '', name: 'x' } },
          load('a', 1),
          'junk',
        ],
        serverTime: '2030-01-15T12:00:00.000Z',
      },
      Date.parse('2030-01-15T11:59:00.000Z'),
    );
    expect(checked.agents).toEqual([
      {
        agent: { id: 'a', name: 'Agent a' },
        sessions: 5,
        stuck: 2,
        oldestHeldMs: Date.parse('2030-01-15T10:00:00.000Z'),
      },
      {
        agent: { id: 'b', name: 'Agent b' },
        sessions: 3,
        stuck: 0,
        oldestHeldMs: Date.parse('2030-01-15T10:00:00.000Z'),
      },
    ]);
    expect(checked.rejected).toBe(7);
    expect(checked.clockOffsetMs).toBe(60_000);
  });

  it('refuses an answer that is not a workload at all', () => {
    expect(() => checkWorkload('<html>', 0)).toThrow('unexpected format');
    expect(() => checkWorkload({ items: 'x' }, 0)).toThrow('unexpected format');
  });
});

describe('WorkloadClient', () => {
  it('asks sessions/agents with the channel, the search and the stuck rule, and reads the numbers', async () => {
    const fake = new FakeDispatcherClient([
      aSession({ agent: { id: 'a-1', name: 'Sam' } }),
      aSession({ agent: { id: 'a-1', name: 'Sam' }, channel: 'EMAIL' }),
      aSession({ agent: { id: 'a-2', name: 'Kim' } }),
    ]);
    fake.workloadEndpoint = true;
    const read = await new WorkloadClient(fake.client).read(
      { channel: ['WHATSAPP'], q: 'x', stuckAfterMinutes: 30 },
      null,
    );
    expect(fake.agentsCalls[0]?.params).toEqual({ channel: 'WHATSAPP', q: 'x', stuckAfterMinutes: '30' });
    expect(read).toMatchObject({ kind: 'workload', etag: expect.stringMatching(/^W\//) });
    if (read.kind !== 'workload') throw new Error('a workload was expected');
    expect(read.workload.agents.map((w) => [w.agent.id, w.sessions])).toEqual([
      ['a-2', 1],
      ['a-1', 1],
    ]);
  });

  it('sends the tag of the numbers it has and hears that they are current (304)', async () => {
    const fake = new FakeDispatcherClient([aSession()]);
    fake.workloadEndpoint = true;
    const client = new WorkloadClient(fake.client);
    const first = await client.read({}, null);
    if (first.kind !== 'workload') throw new Error('a workload was expected');
    expect(await client.read({}, first.etag)).toEqual({ kind: 'unchanged' });
    expect(fake.agentsCalls[1]?.headers).toEqual({ 'If-None-Match': first.etag });
  });

  it.each([404, 501])(
    'takes %i for a dispatcher without the endpoint and does not ask it again',
    async (status) => {
      const fake = new FakeDispatcherClient();
      fake.script.agents.push({ status, data: { code: 'NOT_FOUND', message: 'x' } });
      const client = new WorkloadClient(fake.client);
      expect(await client.read({}, null)).toEqual({ kind: 'missing' });
      expect(await client.read({}, null)).toEqual({ kind: 'missing' });
      expect(fake.agentsCalls).toHaveLength(1);
    },
  );

  it('throws other failures, and asks again after them', async () => {
    const fake = new FakeDispatcherClient();
    fake.workloadEndpoint = true;
    fake.script.agents.push({ status: 500, data: {} }, { error: 'network' });
    const client = new WorkloadClient(fake.client);
    await expect(client.read({}, null)).rejects.toMatchObject({ kind: 'http', status: 500 });
    await expect(client.read({}, null)).rejects.toMatchObject({ kind: 'network' });
    expect(await client.read({}, null)).toMatchObject({ kind: 'workload' });
  });
});
