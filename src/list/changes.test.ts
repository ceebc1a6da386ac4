// What a refresh changed, as the page decides with it whether rows may move under the administrator:
// a row that came, went or moved reshapes the list; a row whose data changed does not.
import type { SessionRow } from '../session/row';
import { reshapes, type RowChanges, rowChanges } from './changes';

const row = (id: string, state: SessionRow['state'] = 'WITH_AGENT'): SessionRow => ({
  id,
  channel: 'WHATSAPP',
  state,
  startedAt: '2026-12-07T09:00:00.000Z',
  startedAtMs: Date.UTC(2026, 11, 7, 9),
  phone: '+49 30 1',
  businessPartner: null,
  agent: null,
  stateSinceMs: null,
  assignedAtMs: null,
});
const rows = (...ids: string[]) => ids.map((id) => row(id));
const none: RowChanges = { added: [], left: [], moved: false, changed: [] };

describe('what a refresh changed', () => {
  it('names the rows that came and went, and the rows whose data changed', () => {
    const changes = rowChanges(rows('a', 'b', 'c'), [row('a'), row('c', 'AWAITING_USER'), row('d')]);
    expect(changes).toEqual({ added: ['d'], left: ['b'], moved: false, changed: ['c'] });
  });

  it('sees two rows that swapped places, even when the rows around them stay', () => {
    expect(rowChanges(rows('a', 'b', 'c'), rows('a', 'c', 'b')).moved).toBe(true);
    expect(rowChanges(rows('a', 'b'), rows('b', 'a')).moved).toBe(true);
  });

  it('does not call the rows that stay in their order moved when others come or go between them', () => {
    expect(rowChanges(rows('a', 'b', 'c'), rows('x', 'a', 'c', 'y')).moved).toBe(false);
    expect(rowChanges(rows('a', 'b', 'c'), rows('a', 'b', 'c'))).toEqual(none);
  });
});

describe('whether taking a refresh in reshapes the list', () => {
  it('is so for a row that came, one that went, or rows that moved', () => {
    expect(reshapes({ ...none, added: ['d'] })).toBe(true);
    expect(reshapes({ ...none, left: ['b'] })).toBe(true);
    expect(reshapes({ ...none, moved: true })).toBe(true);
  });

  it('is not so when rows only changed in place, or nothing changed', () => {
    expect(reshapes({ ...none, changed: ['c'] })).toBe(false);
    expect(reshapes(none)).toBe(false);
  });
});
