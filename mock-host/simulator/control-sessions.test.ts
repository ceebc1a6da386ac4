// The control endpoints that end or remove a session behind a client's back, as the dispatcher does
// when a session resolves or expires on its own: the list, counts, search, release and audit agree.
import { controlUrl, ControlError, removeSession, reset, setSessionState } from './control';
import { simulatorPerFile } from './testing';

const simulator = simulatorPerFile();

async function assigned() {
  const page = await simulator.admin.list({ state: 'WITH_AGENT', limit: 200 });
  const found = page.body.items.find((session) => session.agent && session.contact.phone);
  if (!found) throw new Error('no assigned session with a phone');
  return { session: found, page: page.body };
}

describe('POST /__control/sessions/{id}/state', () => {
  it('resolves a session: it leaves the list, counts and search, a release gets 409, the audit says so', async () => {
    const { session, page } = await assigned();
    const resolved = await setSessionState(simulator.sim.url, 'acme', session.id, 'RESOLVED');
    expect(resolved).toMatchObject({ id: session.id, state: 'RESOLVED' });

    const after = (await simulator.admin.list({ state: 'WITH_AGENT', limit: 200 })).body;
    expect(after.items.map((item) => item.id)).not.toContain(session.id);
    expect(after.counts.WITH_AGENT).toBe(page.counts.WITH_AGENT - 1);
    expect(after.total).toBe(page.total - 1);
    const search = (await simulator.admin.list({ q: session.contact.phone ?? '' })).body;
    expect(search.items.map((item) => item.id)).not.toContain(session.id);

    expect((await simulator.admin.get(`sessions/${session.id}`)).body).toMatchObject({ state: 'RESOLVED' });
    const release = await simulator.admin.release(session.id, { notes: 'late' });
    expect(release.status).toBe(409);
    expect(release.body.code).toBe('NOT_WITH_AGENT');
    const trail = (await simulator.admin.audit(session.id)).body.items;
    expect(trail.at(-1)).toMatchObject({
      action: 'RESOLVED',
      actor: 'Dispatcher',
      fromState: 'WITH_AGENT',
      toState: 'RESOLVED',
    });
  });

  it('expires a session and can bring one back into the list in another state', async () => {
    const { session } = await assigned();
    await setSessionState(simulator.sim.url, 'acme', session.id, 'EXPIRED');
    expect((await simulator.admin.audit(session.id)).body.items.at(-1)?.action).toBe('EXPIRED');
    await setSessionState(simulator.sim.url, 'acme', session.id, 'PROCESSING');
    const listed = (await simulator.admin.list({ state: 'PROCESSING', limit: 200 })).body.items;
    expect(listed.map((item) => item.id)).toContain(session.id);
  });

  it('acts on the named tenant only', async () => {
    const { session } = await assigned();
    await expect(setSessionState(simulator.sim.url, 'globex', session.id, 'RESOLVED')).rejects.toMatchObject({
      status: 404,
    });
    expect((await simulator.admin.get(`sessions/${session.id}`)).body).toMatchObject({ state: 'WITH_AGENT' });
  });

  it('refuses an unknown tenant or state and a GET', async () => {
    const { session } = await assigned();
    await expect(
      setSessionState(simulator.sim.url, 'initech', session.id, 'RESOLVED'),
    ).rejects.toBeInstanceOf(ControlError);
    await expect(
      setSessionState(simulator.sim.url, 'acme', session.id, 'CLOSED' as 'RESOLVED'),
    ).rejects.toMatchObject({
      status: 400,
      body: { code: 'INVALID_STATE' },
    });
    expect((await fetch(controlUrl(simulator.sim.url, `sessions/${session.id}/state`))).status).toBe(405);
  });

  it('is undone by a reset', async () => {
    const { session } = await assigned();
    await setSessionState(simulator.sim.url, 'acme', session.id, 'RESOLVED');
    await reset(simulator.sim.url);
    expect((await simulator.admin.get(`sessions/${session.id}`)).body).toMatchObject({ state: 'WITH_AGENT' });
  });
});

describe('POST /__control/sessions/{id}/remove', () => {
  it('makes the session 404 everywhere and takes it out of the list', async () => {
    const { session, page } = await assigned();
    expect(await removeSession(simulator.sim.url, 'acme', session.id)).toEqual({ removed: session.id });
    expect((await simulator.admin.get(`sessions/${session.id}`)).status).toBe(404);
    expect((await simulator.admin.audit(session.id)).status).toBe(404);
    const release = await simulator.admin.release(session.id);
    expect(release.status).toBe(404);
    const after = (await simulator.admin.list({ state: 'WITH_AGENT', limit: 200 })).body;
    expect(after.counts.WITH_AGENT).toBe(page.counts.WITH_AGENT - 1);
    await expect(removeSession(simulator.sim.url, 'acme', session.id)).rejects.toMatchObject({ status: 404 });
  });
});
