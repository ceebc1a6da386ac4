// The seeded instants look like a busy tenant's and agree with each session's audit trail.
import { ACTIVE_STATES, type Session } from '../../src/contract/dispatcher-api';
import { buildAuditTrail } from './audit-trail';
import { generateTenantData, offShiftAgentOf } from './dataset';
import { OFF_SHIFT_HELD_MIN_MS } from './dataset-times';
import { heldSince } from './testing';

const NOW = Date.parse('2030-01-15T12:00:00.000Z');
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const ms = (text: string | undefined) => Date.parse(text ?? 'missing');

const TENANTS = [
  ['acme', 1, 3000],
  ['globex', 4, 800],
  ['evil', 2, 300],
] as const;

describe.each(TENANTS)('instants of %s (seed %i, %i sessions)', (tenant, seed, sessions) => {
  const seeded = generateTenantData({ tenant, seed, sessions, now: NOW });
  const all = seeded.map((s) => s.session);

  it('every session has stateSince between its start and now; OPEN ones since their start', () => {
    for (const s of all) {
      expect(ms(s.stateSince)).toBeGreaterThanOrEqual(ms(s.startedAt));
      expect(ms(s.stateSince)).toBeLessThanOrEqual(NOW);
    }
    const open = all.filter((s) => s.state === 'OPEN');
    expect(open.length).toBeGreaterThan(0);
    expect(open.map((s) => s.stateSince)).toEqual(open.map((s) => s.startedAt));
  });

  it('every agent has assignedAt, after the hand-off for a listed session, before the end for a resolved one', () => {
    const assigned = all.flatMap((s) => (s.agent ? [{ s, at: ms(s.agent.assignedAt) }] : []));
    const held = assigned.filter(({ s }) => s.state === 'WITH_AGENT');
    expect(held.length).toBeGreaterThan(0);
    const wrong = (check: (s: Session, at: number) => boolean, of: typeof assigned) =>
      of.filter(({ s, at }) => !check(s, at)).map(({ s }) => s.id);
    expect(wrong((_, at) => at <= NOW, assigned)).toEqual([]);
    expect(wrong((s, at) => at >= ms(s.stateSince), held)).toEqual([]);
    // The others ended with their agent (a busy tenant has some, see below).
    expect(
      wrong(
        (s, at) => s.state === 'RESOLVED' && at >= ms(s.startedAt) && at <= ms(s.stateSince),
        assigned.filter(({ s }) => s.state !== 'WITH_AGENT'),
      ),
    ).toEqual([]);
  });

  it('the trail enters the state at stateSince and its last ASSIGNED is at assignedAt', () => {
    for (const { session, trail } of seeded) {
      const entries = buildAuditTrail(trail);
      const times = entries.map((entry) => ms(entry.at));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(entries[0]?.at).toBe(session.startedAt);
      const into = entries.filter(
        (entry) => entry.toState === session.state && entry.fromState !== session.state,
      );
      expect(into.at(-1)?.at ?? session.startedAt).toBe(session.stateSince);
      const assigned = entries.filter((entry) => entry.action === 'ASSIGNED').at(-1);
      // With an agent, the last assignment is theirs (without one, there is nothing to agree with).
      expect({ id: session.id, at: session.agent ? assigned?.at : null }).toEqual({
        id: session.id,
        at: session.agent?.assignedAt ?? null,
      });
    }
    // Released earlier: the release came after the hand-off and after the last assignment.
    const released = seeded.flatMap(({ session, trail }) => {
      const entries = buildAuditTrail(trail);
      const assigned = entries.filter((entry) => entry.action === 'ASSIGNED').at(-1);
      return session.state === 'WITH_AGENT' && !session.agent && assigned
        ? [{ session, last: entries.at(-1), assigned }]
        : [];
    });
    expect(released.length).toBeGreaterThan(0);
    for (const { session, last, assigned } of released) {
      expect(last).toMatchObject({ action: 'RELEASED' });
      expect(ms(assigned.at)).toBeGreaterThanOrEqual(ms(session.stateSince));
    }
  });
});

// The evil tenant's few sessions carry hostile text; what a busy tenant looks like is asked of the others.
describe.each(TENANTS.filter(([tenant]) => tenant !== 'evil'))(
  'a busy tenant: %s (seed %i, %i sessions)',
  (tenant, seed, sessions) => {
    const seeded = generateTenantData({ tenant, seed, sessions, now: NOW });
    const listed = seeded
      .map((s) => s.session)
      .filter((s) => (ACTIVE_STATES as readonly string[]).includes(s.state));

    it('is realistic: old sessions handed over moments ago, agents holding one for hours, unassigned ones', () => {
      const held = listed.filter((s) => s.state === 'WITH_AGENT' && s.agent);
      const startedDaysAgo = held.filter((s) => NOW - ms(s.startedAt) > 24 * HOUR);
      expect(startedDaysAgo.filter((s) => NOW - heldSince(s) < 10 * MINUTE).length).toBeGreaterThan(0);
      expect(held.filter((s) => NOW - heldSince(s) > 2 * HOUR).length).toBeGreaterThan(10);
      expect(held.filter((s) => NOW - heldSince(s) < MINUTE).length).toBeGreaterThan(0);
      // Held for a shorter time than started, for most: the held rule differs from the start rule.
      const stuckByStart = held.filter((s) => NOW - ms(s.startedAt) > 30 * MINUTE);
      const stuckByHeld = held.filter((s) => NOW - heldSince(s) > 30 * MINUTE);
      expect(stuckByHeld.length).toBeLessThan(stuckByStart.length);
      expect(stuckByHeld.length).toBeGreaterThan(0);
      expect(listed.some((s: Session) => s.state === 'WITH_AGENT' && !s.agent)).toBe(true);
    });

    it('the off-shift agent has held every one of theirs for hours', () => {
      const agent = offShiftAgentOf(tenant);
      const theirs = seeded.filter(
        (s) =>
          s.session.agent?.id === agent?.id &&
          s.trail.startedMs <= NOW - 2.5 * HOUR &&
          s.session.state === 'WITH_AGENT',
      );
      expect(theirs.length).toBeGreaterThanOrEqual(Math.min(60, sessions / 5));
      const offShift = theirs.filter((s) => NOW - heldSince(s.session) >= OFF_SHIFT_HELD_MIN_MS);
      expect(offShift.length).toBeGreaterThanOrEqual(Math.min(60, sessions / 5));
    });
  },
);
