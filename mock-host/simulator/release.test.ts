import { RELEASE_NOTES_MAX, type Session } from '../../src/contract/dispatcher-api';
import { getStats } from './control';
import { caller, freshKey, simulatorPerFile } from './testing';

const simulator = simulatorPerFile();

async function sessions(filter: (s: Session) => boolean): Promise<Session[]> {
  const found = (await simulator.admin.listAll({ limit: 200 })).filter(filter);
  if (found.length === 0) throw new Error('no session fits the test');
  return found;
}
const assigned = async () => (await sessions((s) => s.state === 'WITH_AGENT' && !!s.agent))[0] as Session;

const releasedEntries = async (id: string) =>
  (await simulator.admin.audit(id)).body.items.filter((entry) => entry.action === 'RELEASED');

describe('POST sessions/{id}/release', () => {
  it('unassigns the session, keeps it WITH_AGENT and audits actor and notes', async () => {
    const target = await assigned();
    const before = (await simulator.admin.audit(target.id)).body.items;
    const { status, body, headers } = await simulator.admin.release(target.id, { notes: 'agent off-shift' });
    expect(status).toBe(200);
    expect(headers.get('content-type')).toBe('application/json');
    expect(body).toEqual({ ...target, agent: null });
    const after = (await simulator.admin.audit(target.id)).body.items;
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toEqual({
      at: expect.any(String),
      actor: 'Alex Admin',
      action: 'RELEASED',
      fromState: 'WITH_AGENT',
      toState: 'WITH_AGENT',
      notes: 'agent off-shift',
    });
    expect((await simulator.admin.get<Session>(`sessions/${target.id}`)).body.agent).toBeNull();
    const listed = await simulator.admin.listAll({ state: 'WITH_AGENT', limit: 200 });
    expect(listed.find((s) => s.id === target.id)?.agent).toBeNull();
  });

  it('seeds audit trails from OPENED through the hand-off', async () => {
    const target = await assigned();
    const actions = (await simulator.admin.audit(target.id)).body.items.map((entry) => entry.action);
    expect(actions[0]).toBe('OPENED');
    expect(actions).toContain('HANDED_OFF');
    expect(actions.at(-1)).toBe('ASSIGNED');
  });

  it('answers 409 NOT_WITH_AGENT, then ALREADY_UNASSIGNED, and 404 for an unknown id', async () => {
    const active = (await sessions((s) => s.state === 'ACTIVE'))[0] as Session;
    expect(await simulator.admin.release(active.id)).toMatchObject({
      status: 409,
      body: { code: 'NOT_WITH_AGENT' },
    });
    const unassigned = (await sessions((s) => s.state === 'WITH_AGENT' && !s.agent))[0] as Session;
    expect(await simulator.admin.release(unassigned.id)).toMatchObject({
      status: 409,
      body: { code: 'ALREADY_UNASSIGNED' },
    });
    expect(await simulator.admin.release('ses_nosuchthing')).toMatchObject({
      status: 404,
      body: { code: 'NOT_FOUND' },
    });
    expect(await releasedEntries(active.id)).toHaveLength(0);
  });

  it('refuses the agent user with 403 and changes nothing', async () => {
    const target = await assigned();
    const reply = await caller(simulator.sim.apiUrl, 'acme', 'agent').release(target.id);
    expect(reply).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect((await simulator.admin.get<Session>(`sessions/${target.id}`)).body.agent).toEqual(target.agent);
  });

  it('refuses notes over the limit with 400 NOTES_TOO_LONG, and takes exactly the limit untouched', async () => {
    const [first, second] = await sessions((s) => s.state === 'WITH_AGENT' && !!s.agent);
    if (!first || !second) throw new Error('need two assigned sessions');
    const long = await simulator.admin.release(first.id, { notes: 'x'.repeat(RELEASE_NOTES_MAX + 1) });
    expect(long).toMatchObject({ status: 400, body: { code: 'NOTES_TOO_LONG' } });
    expect(await releasedEntries(first.id)).toHaveLength(0);
    const notes = `${'é'.repeat(RELEASE_NOTES_MAX - 2)}🙂!`;
    expect((await simulator.admin.release(second.id, { notes })).status).toBe(200);
    expect((await releasedEntries(second.id))[0]?.notes).toBe(notes);
  });

  it('answers 400 without an Idempotency-Key or with a malformed body', async () => {
    const target = await assigned();
    expect(await simulator.admin.release(target.id, {}, null)).toMatchObject({
      status: 400,
      body: { code: 'IDEMPOTENCY_KEY_REQUIRED' },
    });
    expect((await simulator.admin.release(target.id, '{not json')).status).toBe(400);
    expect((await simulator.admin.release(target.id, { notes: 42 })).status).toBe(400);
    expect(await releasedEntries(target.id)).toHaveLength(0);
  });

  it('replays the first answer for the same key and releases once; another request under it gets 422', async () => {
    const [target, other] = await sessions((s) => s.state === 'WITH_AGENT' && !!s.agent);
    if (!target || !other) throw new Error('need two assigned sessions');
    const key = freshKey();
    const first = await simulator.admin.release(target.id, { notes: 'stuck' }, key);
    const again = await simulator.admin.release(target.id, { notes: 'stuck' }, key);
    expect(first.status).toBe(200);
    expect(again).toEqual(expect.objectContaining({ status: 200, body: first.body }));
    expect(await releasedEntries(target.id)).toHaveLength(1);
    // Without the key a second release is refused: it was done once.
    expect((await simulator.admin.release(target.id, { notes: 'stuck' })).body.code).toBe(
      'ALREADY_UNASSIGNED',
    );
    expect((await simulator.admin.release(other.id, { notes: 'stuck' }, key)).status).toBe(422);
    expect((await simulator.admin.release(target.id, { notes: 'other notes' }, key)).status).toBe(422);
    expect((await simulator.admin.get<Session>(`sessions/${other.id}`)).body.agent).not.toBeNull();
    const stats = await getStats(simulator.sim.url);
    expect(stats.releasesPerformed).toBe(1);
    expect(stats.idempotentReplays).toBe(1);
  });

  it('scopes idempotency keys to the tenant', async () => {
    const target = await assigned();
    const key = freshKey();
    expect((await simulator.admin.release(target.id, {}, key)).status).toBe(200);
    const globex = caller(simulator.sim.apiUrl, 'globex', 'admin');
    expect((await globex.release(target.id, {}, key)).body).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('lets exactly one of two concurrent releases with different keys succeed', async () => {
    const target = await assigned();
    const replies = await Promise.all([
      simulator.admin.release(target.id),
      simulator.admin.release(target.id),
    ]);
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(replies.find((r) => r.status === 409)?.body.code).toBe('ALREADY_UNASSIGNED');
    expect(await releasedEntries(target.id)).toHaveLength(1);
  });

  it('answers 405 to a GET on release and 404 to unknown paths', async () => {
    const target = await assigned();
    expect((await simulator.admin.get(`sessions/${target.id}/release`)).status).toBe(405);
    expect((await simulator.admin.get('nothing-here')).status).toBe(404);
  });
});
