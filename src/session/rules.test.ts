import type { SessionRow } from './row';
import { canRelease, isAlreadyUnassigned, isStuck } from './rules';

const row = (patch: Partial<SessionRow> = {}): SessionRow => ({
  id: 'r',
  channel: 'EMAIL',
  state: 'WITH_AGENT',
  startedAt: '2026-11-25T10:00:00.000Z',
  startedAtMs: Date.parse('2026-11-25T10:00:00.000Z'),
  email: 'a@example.com',
  businessPartner: null,
  agent: { id: 'a', name: 'Sam' },
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
});
