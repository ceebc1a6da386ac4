import { contactLabel, isoDuration, tickIntervalMs } from './display';
import type { SessionRow } from './row';

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

describe('contact', () => {
  it('labels a contact by phone, else email, else nothing', () => {
    expect(contactLabel({ phone: '+44 1', email: 'kim@example.com' })).toBe('+44 1');
    expect(contactLabel({ email: 'kim@example.com' })).toBe('kim@example.com');
    expect(contactLabel({})).toBe('');
  });
});

describe('durations', () => {
  it('gives the duration a machine-readable ISO 8601 value', () => {
    expect(isoDuration(3 * 3_600_000 + 4 * 60_000 + 9_000)).toBe('PT3H4M9S');
    expect(isoDuration(2 * 86_400_000 + 5_000)).toBe('P2DT0H0M5S');
    expect(isoDuration(-1)).toBe('PT0H0M0S');
  });

  it('ticks every second while a row is under an hour old, every minute otherwise, never without rows', () => {
    const now = Date.parse('2026-11-25T12:00:00Z');
    expect(
      tickIntervalMs([row({ startedAtMs: now - 59 * 60_000 }), row({ startedAtMs: now - 9e6 })], now),
    ).toBe(1000);
    expect(tickIntervalMs([row({ startedAtMs: now - 61 * 60_000 })], now)).toBe(60_000);
    // At exactly an hour the cell reads "1 hr, 0 min": nothing changes within the minute.
    expect(tickIntervalMs([row({ startedAtMs: now - 60 * 60_000 })], now)).toBe(60_000);
    expect(tickIntervalMs([], now)).toBeNull();
  });
});
