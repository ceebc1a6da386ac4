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

describe.each([
  ['acme', 1, 3000],
  ['globex', 4, 800],
  ['evil', 2, 300],
] as const)('instants of %s (seed %i, %i sessions)', (tenant, seed, sessions) => {
  const seeded = generateTenantData({ tenant, seed, sessions, now: NOW });
  const all = seeded.map((s) => s.session);
  const listed = all.filter((s) => (ACTIVE_STATES as readonly string[]).includes(s.state));

  it('every session has stateSince between its start and now; OPEN ones since their start', () => {
    for (const s of all) {
      expect(ms(s.stateSince)).toBeGreaterThanOrEqual(ms(s.startedAt));
      expect(ms(s.stateSince)).toBeLessThanOrEqual(NOW);
      if (s.state === 'OPEN') expect(s.stateSince).toBe(s.startedAt);
    }
  });

  it('every agent has assignedAt, after the hand-off for a listed session, before the end for a resolved one', () => {
    for (const s of all) {
      if (!s.agent) continue;
      const assigned = ms(s.agent.assignedAt);
      expect(assigned).toBeLessThanOrEqual(NOW);
      if (s.state === 'WITH_AGENT') expect(assigned).toBeGreaterThanOrEqual(ms(s.stateSince));
      else {
        expect(s.state).toBe('RESOLVED');
        expect(assigned).toBeGreaterThanOrEqual(ms(s.startedAt));
        expect(assigned).toBeLessThanOrEqual(ms(s.stateSince));
      }
    }
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
      if (session.agent) expect(assigned?.at).toBe(session.agent.assignedAt);
      if (session.state === 'WITH_AGENT' && !session.agent && assigned) {
        // Released earlier: the release came after the hand-off and after that assignment.
        expect(entries.at(-1)).toMatchObject({ action: 'RELEASED' });
        expect(ms(assigned.at)).toBeGreaterThanOrEqual(ms(session.stateSince));
      }
    }
  });

  if (tenant === 'evil') return;

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
});
