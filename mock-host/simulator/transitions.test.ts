// Every change keeps `stateSince` and `agent.assignedAt` right, on the simulator's own clock, and the
// audit trail says the same instants.
import type { Session } from '../../src/contract/dispatcher-api';
import { assignSession, openSession, removeSession, setSessionState } from './control';
import { clockedSimulatorPerFile } from './testing';

const START = Date.parse('2030-01-15T12:00:00.000Z');
const MINUTE = 60_000;
const simulator = clockedSimulatorPerFile(START);
const iso = (ms: number) => new Date(ms).toISOString();

async function sessionsWhere(accept: (s: Session) => boolean): Promise<Session[]> {
  const found = (await simulator.admin.listAll({ limit: 200 })).filter(accept);
  if (found.length === 0) throw new Error('no session fits the test');
  return found;
}

const read = async (id: string) => (await simulator.admin.get<Session>(`sessions/${id}`)).body;
const lastEntries = async (id: string, n: number) => (await simulator.admin.audit(id)).body.items.slice(-n);

describe('stateSince and agent.assignedAt through every change', () => {
  it('a release leaves the session WITH_AGENT, unassigned, in its state since the same instant', async () => {
    const [target] = await sessionsWhere((s) => s.state === 'WITH_AGENT' && !!s.agent);
    if (!target) throw new Error('no target');
    simulator.clock.advance(7 * MINUTE);
    const { body } = await simulator.admin.release(target.id, { notes: 'off shift' });
    expect(body).toEqual({ ...target, agent: null });
    expect(body.stateSince).toBe(target.stateSince);
    expect(await lastEntries(target.id, 1)).toEqual([
      expect.objectContaining({ action: 'RELEASED', at: iso(START + 7 * MINUTE) }),
    ]);
  });

  it('a hand-off to an agent sets both instants to now; an unassigned one only stateSince', async () => {
    const [first, second] = await sessionsWhere((s) => s.state === 'ACTIVE');
    if (!first || !second) throw new Error('need two ACTIVE sessions');
    simulator.clock.advance(3 * MINUTE);
    const now = iso(START + 3 * MINUTE);
    const handed = await setSessionState(simulator.sim.url, 'acme', first.id, 'WITH_AGENT', 'acme-agt-2');
    expect(handed).toMatchObject({
      state: 'WITH_AGENT',
      startedAt: first.startedAt,
      stateSince: now,
      agent: { id: 'acme-agt-2', name: 'Jonas Weber', assignedAt: now },
    });
    expect(await lastEntries(first.id, 2)).toEqual([
      expect.objectContaining({ action: 'HANDED_OFF', fromState: 'ACTIVE', toState: 'WITH_AGENT', at: now }),
      expect.objectContaining({ action: 'ASSIGNED', actor: 'Jonas Weber', at: now }),
    ]);
    const queued = await setSessionState(simulator.sim.url, 'acme', second.id, 'WITH_AGENT');
    expect(queued).toMatchObject({ state: 'WITH_AGENT', stateSince: now, agent: null });
    expect(await read(second.id)).toEqual(queued);
  });

  it('a reassignment sets assignedAt to now and keeps stateSince; so does an agent taking a released one', async () => {
    const [target] = await sessionsWhere((s) => s.state === 'WITH_AGENT' && s.agent?.id !== 'acme-agt-5');
    if (!target?.agent) throw new Error('no assigned session');
    simulator.clock.advance(MINUTE);
    const moved = await assignSession(simulator.sim.url, 'acme', target.id, 'acme-agt-5');
    expect(moved).toEqual({
      ...target,
      agent: { id: 'acme-agt-5', name: 'Aiko Tanaka', assignedAt: iso(START + MINUTE) },
    });
    expect(await lastEntries(target.id, 1)).toEqual([
      expect.objectContaining({ action: 'ASSIGNED', actor: 'Aiko Tanaka', at: iso(START + MINUTE) }),
    ]);
    // The same agent again changes nothing.
    simulator.clock.advance(MINUTE);
    expect(await assignSession(simulator.sim.url, 'acme', target.id, 'acme-agt-5')).toEqual(moved);

    const [unassigned] = await sessionsWhere((s) => s.state === 'WITH_AGENT' && !s.agent);
    if (!unassigned) throw new Error('no unassigned session');
    const taken = await assignSession(simulator.sim.url, 'acme', unassigned.id, {
      id: 'x-1',
      name: 'Xavi New',
    });
    expect(taken).toEqual({
      ...unassigned,
      agent: { id: 'x-1', name: 'Xavi New', assignedAt: iso(START + 2 * MINUTE) },
    });
  });

  it('refuses to assign a session that is not WITH_AGENT, an unknown agent, or an agent with another state', async () => {
    const [open] = await sessionsWhere((s) => s.state === 'OPEN');
    if (!open) throw new Error('no OPEN session');
    await expect(assignSession(simulator.sim.url, 'acme', open.id, 'acme-agt-5')).rejects.toMatchObject({
      status: 409,
      body: { code: 'NOT_WITH_AGENT' },
    });
    await expect(assignSession(simulator.sim.url, 'acme', open.id, 'no-such-agent')).rejects.toMatchObject({
      status: 400,
      body: { code: 'INVALID_AGENT' },
    });
    await expect(
      setSessionState(simulator.sim.url, 'acme', open.id, 'PROCESSING', 'acme-agt-5'),
    ).rejects.toMatchObject({ status: 400, body: { code: 'INVALID_AGENT' } });
    expect(await read(open.id)).toEqual(open);
  });

  it('back to the bot: no agent, stateSince now; ending keeps the agent who had it, and leaves the list', async () => {
    const [back, ended] = await sessionsWhere((s) => s.state === 'WITH_AGENT' && !!s.agent);
    if (!back || !ended) throw new Error('need two assigned sessions');
    simulator.clock.advance(5 * MINUTE);
    const now = iso(START + 5 * MINUTE);
    expect(await setSessionState(simulator.sim.url, 'acme', back.id, 'PROCESSING')).toMatchObject({
      state: 'PROCESSING',
      stateSince: now,
      agent: null,
    });
    const resolved = await setSessionState(simulator.sim.url, 'acme', ended.id, 'RESOLVED');
    expect(resolved).toEqual({ ...ended, state: 'RESOLVED', stateSince: now });
    const listed = await simulator.admin.listAll({ limit: 200 });
    expect(listed.map((s) => s.id)).not.toContain(ended.id);
    expect(listed.find((s) => s.id === back.id)).toMatchObject({ stateSince: now, agent: null });
    expect(await lastEntries(ended.id, 1)).toEqual([
      expect.objectContaining({ action: 'RESOLVED', at: now }),
    ]);
  });

  it('a new session starts now, OPEN since now, without an agent; removing one takes it out', async () => {
    simulator.clock.advance(90_000);
    const now = iso(START + 90_000);
    const opened = await openSession(simulator.sim.url, 'acme', 'EMAIL');
    expect(opened).toMatchObject({
      state: 'OPEN',
      channel: 'EMAIL',
      startedAt: now,
      stateSince: now,
      agent: null,
    });
    expect(opened.contact.email).toMatch(/@/);
    const newest = await simulator.admin.list({ limit: 1 });
    expect(newest.body.items[0]).toEqual(opened);
    expect((await simulator.admin.audit(opened.id)).body.items).toEqual([
      expect.objectContaining({ action: 'OPENED', toState: 'OPEN', at: now }),
    ]);
    // Findable by its contact at once, before the text index is built again.
    const q = opened.contact.email ?? '';
    const found = await simulator.admin.list({ q, limit: 200 });
    expect(found.body.items.map((s) => s.id)).toContain(opened.id);
    await removeSession(simulator.sim.url, 'acme', opened.id);
    const after = await simulator.admin.list({ q, limit: 200 });
    expect(after.body.items.map((s) => s.id)).not.toContain(opened.id);
    expect(after.body.total).toBe(found.body.total - 1);
  });
});
