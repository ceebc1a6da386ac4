import type { SessionRow } from './row';
import { canRelease, heldSince, isAlreadyUnassigned, isStuck } from './rules';

const row = (patch: Partial<SessionRow> = {}): SessionRow => ({
  id: 'r',
  channel: 'EMAIL',
  state: 'WITH_AGENT',
  startedAt: '2026-11-25T10:00:00.000Z',
  startedAtMs: Date.parse('2026-11-25T10:00:00.000Z'),
  email: 'a@example.com',
  businessPartner: null,
  agent: { id: 'a', name: 'Sam' },
  stateSinceMs: null,
  assignedAtMs: null,
  ...patch,
});

describe('release rules', () => {
  it('offers Release only for a WITH_AGENT session that has an agent', () => {
    expect(canRelease(row())).toBe(true);
    expect(canRelease(row({ agent: null }))).toBe(false);
    expect(canRelease(row({ state: 'PROCESSING' }))).toBe(false);
  });

  it('explains why an unassigned WITH_AGENT session has nothing to release', () => {
    expect(isAlreadyUnassigned(row({ agent: null }))).toBe(true);
    expect(isAlreadyUnassigned(row())).toBe(false);
    expect(isAlreadyUnassigned(row({ state: 'OPEN', agent: null }))).toBe(false);
  });

  it('marks WITH_AGENT sessions past the threshold as stuck, and only those', () => {
    const start = row().startedAtMs;
    expect(isStuck(row(), start + 31 * 60_000, 30)).toBe(true);
    expect(isStuck(row(), start + 29 * 60_000, 30)).toBe(false);
    // Older than the threshold, not as old as it.
    expect(isStuck(row(), start + 30 * 60_000, 30)).toBe(false);
    expect(isStuck(row(), start + 11 * 60_000, 10)).toBe(true);
    expect(isStuck(row({ state: 'AWAITING_USER' }), start + 99 * 60_000, 30)).toBe(false);
  });

  it('measures stuck from the hand-off to this agent, not from the session’s start', () => {
    const start = row().startedAtMs;
    const days = 3 * 24 * 60 * 60_000;
    const now = start + days;
    // Opened three days ago, handed to this agent seconds ago: not stuck.
    const justHanded = row({ stateSinceMs: now - 60 * 60_000, assignedAtMs: now - 10_000 });
    expect(isStuck(justHanded, now, 30)).toBe(false);
    expect(heldSince(justHanded)).toEqual({ ms: now - 10_000, from: 'assignment' });
    // An hour with the same agent: stuck.
    expect(isStuck(row({ assignedAtMs: now - 60 * 60_000 }), now, 30)).toBe(true);
    // Without the assignment, from when it entered its state; without that, from its start.
    expect(heldSince(row({ stateSinceMs: now - 5 * 60_000 }))).toEqual({
      ms: now - 5 * 60_000,
      from: 'state',
    });
    expect(isStuck(row({ stateSinceMs: now - 5 * 60_000 }), now, 30)).toBe(false);
    expect(heldSince(row())).toEqual({ ms: start, from: 'start' });
  });

  it('never marks a session without an agent stuck, however long it waits', () => {
    const start = row().startedAtMs;
    expect(isStuck(row({ agent: null }), start + 99 * 60 * 60_000, 30)).toBe(false);
    // Without an agent, the assignment of an earlier one does not count.
    expect(heldSince(row({ agent: null, assignedAtMs: start + 5, stateSinceMs: start + 9 }))).toEqual({
      ms: start + 9,
      from: 'state',
    });
  });
});
