// The narrower filters: any non-empty subset of the active states, and channels, which narrow items,
// total, counts and stuck alike (counts whatever `state` says).
import {
  ACTIVE_STATES,
  type ActiveState,
  type Channel,
  type Session,
} from '../../src/contract/dispatcher-api';
import { clockedSimulatorPerFile, heldSince } from './testing';

const START = Date.parse('2030-01-15T12:00:00.000Z');
const MINUTE = 60_000;
const simulator = clockedSimulatorPerFile(START, { sessionsPerTenant: 600 });
const ids = (items: readonly Session[]) => new Set(items.map((s) => s.id));

/** Every non-empty subset of the five active states. */
const SUBSETS: ActiveState[][] = [];
for (let mask = 1; mask < 1 << ACTIVE_STATES.length; mask++) {
  SUBSETS.push(ACTIVE_STATES.filter((_, i) => (mask >> i) & 1));
}

function countsOf(sessions: readonly Session[]) {
  return Object.fromEntries(
    ACTIVE_STATES.map((state) => [state, sessions.filter((s) => s.state === state).length]),
  );
}

describe('state and channel filters', () => {
  let all: Session[];
  beforeEach(async () => {
    all = await simulator.admin.listAll({ limit: 200 });
  });

  it('takes every non-empty subset of the active states, in any order', async () => {
    expect(SUBSETS).toHaveLength(31);
    for (const states of SUBSETS) {
      const expected = all.filter((s) => states.includes(s.state as ActiveState));
      const state = [...states].reverse().join(',');
      const page = await simulator.admin.list({ state, limit: 200 });
      expect(page.status).toBe(200);
      expect(page.body.total).toBe(expected.length);
      expect(page.body.counts).toEqual(countsOf(all));
      // Every one of them when they fit in a page; else a full page of them.
      expect(page.body.items).toHaveLength(Math.min(expected.length, 200));
      expect([...ids(page.body.items)].filter((id) => !ids(expected).has(id))).toEqual([]);
    }
  });

  it.each([['WHATSAPP'], ['EMAIL'], ['EMAIL,WHATSAPP']])(
    'channel=%s narrows items, total, counts and stuck',
    async (channel) => {
      const channels = channel.split(',') as Channel[];
      const mine = all.filter((s) => channels.includes(s.channel));
      expect(mine.length).toBeGreaterThan(0);
      const states = 'WITH_AGENT,PROCESSING';
      const items = await simulator.admin.listAll({ channel, state: states, limit: 200 });
      const expected = mine.filter((s) => s.state === 'WITH_AGENT' || s.state === 'PROCESSING');
      expect(ids(items)).toEqual(ids(expected));

      const held = await simulator.admin.list({ channel, state: states, stuckAfterMinutes: 30 });
      const stuck = mine.filter(
        (s) => s.state === 'WITH_AGENT' && s.agent && heldSince(s) < START - 30 * MINUTE,
      );
      expect(held.body).toMatchObject({
        total: expected.length,
        counts: countsOf(mine),
        stuck: stuck.length,
      });
      const stuckOnly = await simulator.admin.listAll({
        channel,
        stuckAfterMinutes: 30,
        stuckOnly: 'true',
        sort: 'heldSince',
      });
      expect(ids(stuckOnly)).toEqual(ids(stuck));

      const at = new Date(START - 30 * MINUTE).toISOString();
      const old = await simulator.admin.list({
        channel,
        stuckBefore: at,
        startedBefore: at,
        state: 'WITH_AGENT',
      });
      const oldRule = mine.filter(
        (s) => s.state === 'WITH_AGENT' && Date.parse(s.startedAt) < Date.parse(at),
      );
      expect(old.body).toMatchObject({
        total: oldRule.length,
        stuck: oldRule.length,
        counts: countsOf(mine),
      });
    },
  );

  it('channel combines with q and agent in items, total, counts and stuck', async () => {
    const agentId =
      all.find((s) => s.state === 'WITH_AGENT' && s.agent && s.channel === 'EMAIL')?.agent?.id ?? '';
    const q = 'example';
    for (const [params, accept] of [
      [{ agent: agentId }, (s: Session) => s.agent?.id === agentId],
      [{ q }, (s: Session) => (s.contact.email ?? '').toLowerCase().includes(q)],
    ] as const) {
      const mine = all.filter((s) => s.channel === 'EMAIL' && accept(s));
      expect(mine.length).toBeGreaterThan(0);
      const page = await simulator.admin.list({
        ...params,
        channel: 'EMAIL',
        stuckAfterMinutes: 30,
        limit: 200,
      });
      const stuck = mine.filter(
        (s) => s.state === 'WITH_AGENT' && s.agent && heldSince(s) < START - 30 * MINUTE,
      );
      expect(page.body).toMatchObject({ total: mine.length, counts: countsOf(mine), stuck: stuck.length });
      expect(ids(page.body.items)).toEqual(ids(mine));
    }
  });
});
