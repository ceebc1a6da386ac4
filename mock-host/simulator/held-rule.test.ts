// The held rule of `GET sessions`: stuck is WITH_AGENT, with an agent, held longer than
// stuckAfterMinutes on the simulator's clock; the old absolute parameters work as before without it.
import type { Session } from '../../src/contract/dispatcher-api';
import { assignSession, setSessionState } from './control';
import { clockedSimulatorPerFile, heldSince } from './testing';

const START = Date.parse('2030-01-15T12:00:00.000Z');
const MINUTE = 60_000;
const simulator = clockedSimulatorPerFile(START);
const ids = (items: readonly Session[]) => items.map((s) => s.id);

/** The stuck sessions among `all` at `now`, by the contract's rule, oldest held first. */
function stuckAt(all: readonly Session[], now: number, minutes: number): Session[] {
  return all
    .filter((s) => s.state === 'WITH_AGENT' && s.agent && heldSince(s) < now - minutes * MINUTE)
    .sort((a, b) => heldSince(a) - heldSince(b) || (a.id < b.id ? -1 : 1));
}

describe('stuckAfterMinutes', () => {
  it('counts the sessions held too long, whatever state says, with stuckRule held', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    for (const minutes of [1, 30, 240]) {
      const expected = stuckAt(all, START, minutes).length;
      expect(expected).toBeGreaterThan(0);
      for (const state of [undefined, 'OPEN', 'WITH_AGENT']) {
        const page = await simulator.admin.list({
          stuckAfterMinutes: minutes,
          limit: 1,
          ...(state ? { state } : {}),
        });
        expect(page.body).toMatchObject({ stuck: expected, stuckRule: 'held' });
      }
    }
    // By start the count is larger: many old sessions were handed over only lately.
    const byStart = await simulator.admin.list({ stuckBefore: new Date(START - 30 * MINUTE).toISOString() });
    expect(byStart.body.stuck).toBeGreaterThan(stuckAt(all, START, 30).length);
    expect(byStart.body).not.toHaveProperty('stuckRule');
  });

  it('counts only the stuck sessions a search finds, in the body and in the Stuck-Count header alike', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    const stuck = stuckAt(all, START, 30);
    const agent = stuck[0]?.agent?.name ?? '';
    expect(agent).not.toBe('');
    const byAgent = stuck.filter((s) => s.agent?.name === agent).length;
    for (const [q, expected] of [
      ['nobody-has-this-name', 0],
      [agent, byAgent],
      ['', stuck.length],
    ] as const) {
      const page = await simulator.admin.list({ stuckAfterMinutes: 30, limit: 1, ...(q ? { q } : {}) });
      expect({ q, body: page.body.stuck, header: page.headers.get('stuck-count') }).toEqual({
        q,
        body: expected,
        header: String(expected),
      });
    }
  });

  it('a session started days ago and handed off just now is not stuck; an hour later with the same agent it is', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    const old = all.find((s) => s.state === 'ACTIVE' && START - Date.parse(s.startedAt) > 24 * 60 * MINUTE);
    if (!old) throw new Error('no old ACTIVE session');
    const before = (await simulator.admin.list({ stuckAfterMinutes: 30 })).body.stuck ?? -1;
    await setSessionState(simulator.sim.url, 'acme', old.id, 'WITH_AGENT', 'acme-agt-1');
    const stuckOnly = { stuckAfterMinutes: 30, stuckOnly: 'true', state: 'WITH_AGENT', limit: 200 };
    expect((await simulator.admin.list({ stuckAfterMinutes: 30 })).body.stuck).toBe(before);
    expect(ids(await simulator.admin.listAll(stuckOnly))).not.toContain(old.id);

    simulator.clock.advance(30 * MINUTE);
    expect(ids(await simulator.admin.listAll(stuckOnly))).not.toContain(old.id);
    simulator.clock.advance(1);
    const later = await simulator.admin.listAll(stuckOnly);
    expect(ids(later)).toContain(old.id);
    // Reassigned: held anew, not stuck again.
    await assignSession(simulator.sim.url, 'acme', old.id, 'acme-agt-2');
    expect(ids(await simulator.admin.listAll(stuckOnly))).not.toContain(old.id);
  });

  it('never counts a session without an agent: released ones and unassigned hand-offs', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    const stuck = stuckAt(all, START, 30);
    const target = stuck[0] as Session;
    const unassignedOld = all.filter(
      (s) => s.state === 'WITH_AGENT' && !s.agent && heldSince(s) < START - 30 * MINUTE,
    );
    expect(unassignedOld.length).toBeGreaterThan(0);
    expect((await simulator.admin.release(target.id)).status).toBe(200);
    const page = await simulator.admin.list({ stuckAfterMinutes: 30, stuckOnly: 'true', limit: 200 });
    expect(page.body.stuck).toBe(stuck.length - 1);
    expect(page.body.total).toBe(stuck.length - 1);
    const shown = ids(
      await simulator.admin.listAll({ stuckAfterMinutes: 30, stuckOnly: 'true', limit: 200 }),
    );
    expect(shown).not.toContain(target.id);
    for (const s of unassignedOld) expect(shown).not.toContain(s.id);
  });

  it('stuckOnly pages through exactly the stuck sessions in heldSince order, both ways', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    simulator.clock.advance(17 * MINUTE);
    const expected = stuckAt(all, START + 17 * MINUTE, 45);
    expect(expected.length).toBeGreaterThan(12);
    const query = { stuckAfterMinutes: 45, stuckOnly: 'true', sort: 'heldSince' };
    expect(ids(await simulator.admin.listAll({ ...query, order: 'asc', limit: 7 }))).toEqual(ids(expected));
    expect(ids(await simulator.admin.listAll({ ...query, order: 'desc', limit: 5 }))).toEqual(
      ids(expected).reverse(),
    );
    // In another order too, and narrowed to the state it implies.
    const byContact = await simulator.admin.listAll({
      ...query,
      sort: 'contact',
      state: 'WITH_AGENT',
      limit: 6,
    });
    expect(new Set(ids(byContact))).toEqual(new Set(ids(expected)));
    const first = await simulator.admin.list({ ...query, limit: 1 });
    expect(first.body).toMatchObject({ total: expected.length, stuck: expected.length });
    expect((await simulator.admin.list({ ...query, state: 'OPEN' })).body).toMatchObject({
      items: [],
      total: 0,
    });
  });

  it('sorts everything by heldSince across pages, and keeps paging while a session changes hands', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    const asc = [...all].sort((a, b) => heldSince(a) - heldSince(b) || (a.id < b.id ? -1 : 1));
    expect(ids(await simulator.admin.listAll({ sort: 'heldSince', order: 'asc', limit: 23 }))).toEqual(
      ids(asc),
    );
    // A reassignment between pages moves one row to the newest end: not seen twice, nothing skipped.
    const mover = asc.find((s, index) => index > 60 && s.state === 'WITH_AGENT' && s.agent) as Session;
    const seen = await simulator.admin.listAll(
      { sort: 'heldSince', order: 'asc', limit: 20 },
      async (page) => {
        if (page === 1)
          await assignSession(
            simulator.sim.url,
            'acme',
            mover.id,
            mover.agent?.id === 'agent' ? 'acme-agt-1' : 'agent',
          );
      },
    );
    expect(new Set(ids(seen)).size).toBe(seen.length);
    expect(ids(seen).filter((id) => id !== mover.id)).toEqual(ids(asc).filter((id) => id !== mover.id));
  });

  it('ignores startedBefore and stuckBefore, which a page sends for older dispatchers', async () => {
    const absolute = {
      startedBefore: new Date(START - 3 * 60 * MINUTE).toISOString(),
      stuckBefore: new Date(START - MINUTE).toISOString(),
    };
    const extras: Array<Record<string, string>> = [
      {},
      { stuckOnly: 'true' },
      { state: 'WITH_AGENT', sort: 'startedAt', order: 'asc' },
    ];
    for (const extra of extras) {
      const plain = await simulator.admin.list({ stuckAfterMinutes: 30, limit: 50, ...extra });
      const both = await simulator.admin.list({ stuckAfterMinutes: 30, limit: 50, ...extra, ...absolute });
      expect({ ...both.body, serverTime: '' }).toEqual({ ...plain.body, serverTime: '' });
    }
  });

  it('keeps the old rule without it: stuck by start, unassigned ones included, startedBefore filters', async () => {
    const all = await simulator.admin.listAll({ limit: 200 });
    const bound = START - 30 * MINUTE;
    const old = all.filter((s) => s.state === 'WITH_AGENT' && Date.parse(s.startedAt) < bound);
    expect(old.some((s) => !s.agent)).toBe(true);
    const at = new Date(bound).toISOString();
    const page = await simulator.admin.list({
      state: 'WITH_AGENT',
      startedBefore: at,
      stuckBefore: at,
      limit: 200,
    });
    expect(page.body.stuck).toBe(old.length);
    expect(page.body.total).toBe(old.length);
    expect(page.body).not.toHaveProperty('stuckRule');
    expect(new Set(ids(await simulator.admin.listAll({ state: 'WITH_AGENT', startedBefore: at })))).toEqual(
      new Set(ids(old)),
    );
  });

  it.each([
    [{ stuckAfterMinutes: 0 }, 'INVALID_STUCK_AFTER'],
    [{ stuckAfterMinutes: -5 }, 'INVALID_STUCK_AFTER'],
    [{ stuckAfterMinutes: 43201 }, 'INVALID_STUCK_AFTER'],
    [{ stuckAfterMinutes: 'soon' }, 'INVALID_STUCK_AFTER'],
    [{ stuckAfterMinutes: '1e3' }, 'INVALID_STUCK_AFTER'],
    [{ stuckOnly: 'true' }, 'INVALID_STUCK_ONLY'],
    [{ stuckAfterMinutes: 30, stuckOnly: 'yes' }, 'INVALID_STUCK_ONLY'],
    [{ channel: 'SMS' }, 'INVALID_CHANNEL'],
    [{ channel: 'WHATSAPP,whatsapp' }, 'INVALID_CHANNEL'],
  ])('answers 400 to %j', async (params, code) => {
    const { status, body } = await simulator.admin.list(params);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code, message: expect.any(String) });
  });

  it('takes the bounds and fractions of minutes', async () => {
    for (const minutes of ['43200', '0.5', '90']) {
      expect((await simulator.admin.list({ stuckAfterMinutes: minutes, stuckOnly: 'false' })).status).toBe(
        200,
      );
    }
  });
});
