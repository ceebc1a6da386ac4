import { contactLabel } from '../session/display';
import { checkSessionPage, ContractError } from './answers';

const valid = {
  id: 's1',
  channel: 'WHATSAPP',
  contact: { phone: '+44 7700 900001', businessPartner: { id: 'bp1', name: 'Acme Ltd' } },
  state: 'WITH_AGENT',
  startedAt: '2026-11-25T10:00:00.000Z',
  agent: { id: 'a1', name: 'Sam' },
};
const counts = { OPEN: 1, ACTIVE: 2, AWAITING_USER: 3, PROCESSING: 4, WITH_AGENT: 5 };
const page = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  items,
  nextCursor: null,
  total: items.length,
  counts,
  serverTime: '2026-11-25T12:00:00.000Z',
  ...extra,
});

describe('checkSessionPage', () => {
  it('keeps valid sessions with their parsed start and the page facts', () => {
    const checked = checkSessionPage(
      page([valid], { nextCursor: 'c2', total: 7 }),
      Date.parse('2026-11-25T11:59:00Z'),
    );
    expect(checked.rows).toEqual([
      expect.objectContaining({
        id: 's1',
        phone: '+44 7700 900001',
        startedAtMs: Date.parse(valid.startedAt),
      }),
    ]);
    expect(checked).toMatchObject({ rejected: 0, nextCursor: 'c2', total: 7, counts, clockOffsetMs: 60_000 });
  });

  it('never returns a terminal session, and does not count it as broken', () => {
    const checked = checkSessionPage(
      page([valid, { ...valid, id: 's2', state: 'RESOLVED' }, { ...valid, id: 's3', state: 'EXPIRED' }]),
      0,
    );
    expect(checked.rows.map((r) => r.id)).toEqual(['s1']);
    expect(checked.rejected).toBe(0);
  });

  it.each([
    ['no id', { ...valid, id: undefined }],
    ['an unknown state', { ...valid, state: 'SLEEPING' }],
    ['an unknown channel', { ...valid, channel: 'SMS' }],
    ['a date that does not parse', { ...valid, startedAt: 'yesterday' }],
    ['no contact', { ...valid, contact: undefined }],
    ['neither phone nor email', { ...valid, contact: {} }],
    ['a malformed agent', { ...valid, agent: 'Sam' }],
    ['a malformed Business Partner', { ...valid, contact: { phone: '1', businessPartner: 7 } }],
    ['an agent without a name', { ...valid, agent: { id: 'a1' } }],
    ['an agent without an id', { ...valid, agent: { id: '', name: 'Sam' } }],
    ['a start date without a time', { ...valid, startedAt: '2026-11-25' }],
    ['a start in another date format', { ...valid, startedAt: 'Wed, 25 Nov 2026 10:00:00 GMT' }],
    ['a phone that is not text', { ...valid, contact: { phone: 447700900001 } }],
    ['not an object', 'session'],
  ])('counts a session with %s as rejected and keeps the rest', (_label, broken) => {
    const checked = checkSessionPage(page([broken, { ...valid, id: 'ok' }]), 0);
    expect(checked.rows.map((r) => r.id)).toEqual(['ok']);
    expect(checked.rejected).toBe(1);
  });

  it('reads a state with no sessions as a count of 0, not as a missing count', () => {
    const none = { ...counts, OPEN: 0, PROCESSING: 0 };
    expect(checkSessionPage(page([valid], { counts: none }), 0).counts).toEqual(none);
  });

  it('shows a session reached by email only, with no phone', () => {
    const emailOnly = { ...valid, contact: { phone: '', email: 'kim@example.com', businessPartner: null } };
    const [row] = checkSessionPage(page([emailOnly]), 0).rows;
    expect(row).toMatchObject({ email: 'kim@example.com', businessPartner: null });
    expect(row && contactLabel(row)).toBe('kim@example.com');
  });

  it('shows a duplicated id once and counts the copy', () => {
    const checked = checkSessionPage(page([valid, valid]), 0);
    expect(checked.rows).toHaveLength(1);
    expect(checked.rejected).toBe(1);
  });

  it('reads the stuck count when the dispatcher gives one, and null when it does not or gives nonsense', () => {
    expect(checkSessionPage(page([valid], { stuck: 4 }), 0).stuck).toBe(4);
    expect(checkSessionPage(page([valid], { stuck: 0 }), 0).stuck).toBe(0);
    expect(checkSessionPage(page([valid]), 0).stuck).toBeNull();
    for (const stuck of [-1, 2.5, '3', null, Number.NaN, Number.POSITIVE_INFINITY, {}]) {
      expect(checkSessionPage(page([valid], { stuck }), 0).stuck).toBeNull();
    }
  });

  it('degrades missing page facts instead of failing', () => {
    const checked = checkSessionPage({ items: [valid], counts: { OPEN: 'x' }, serverTime: 'nope' }, 5);
    expect(checked).toMatchObject({
      total: null,
      counts: null,
      stuck: null,
      nextCursor: null,
      clockOffsetMs: 0,
    });
    expect(checked.rows).toHaveLength(1);
  });

  it.each([null, 'html', [], { items: 'none' }])('rejects an answer that is not a page (%p)', (body) => {
    expect(() => checkSessionPage(body, 0)).toThrow(ContractError);
    expect(() => checkSessionPage(body, 0)).toThrow('The dispatcher answered in an unexpected format.');
  });

  it('reads when a session entered its state and when its agent got it, and does without them otherwise', () => {
    const [full, none, broken, released] = checkSessionPage(
      page([
        {
          ...valid,
          id: 'a',
          stateSince: '2026-11-25T11:00:00.000Z',
          agent: { ...valid.agent, assignedAt: '2026-11-25T11:30:00.000Z' },
        },
        { ...valid, id: 'b' },
        { ...valid, id: 'c', stateSince: 'yesterday', agent: { ...valid.agent, assignedAt: 42 } },
        { ...valid, id: 'd', stateSince: '2026-11-25T11:00:00.000Z', agent: null },
      ]),
      0,
    ).rows;
    expect(full).toMatchObject({
      stateSinceMs: Date.parse('2026-11-25T11:00:00.000Z'),
      assignedAtMs: Date.parse('2026-11-25T11:30:00.000Z'),
      agent: { id: 'a1', name: 'Sam' },
    });
    expect(none).toMatchObject({ stateSinceMs: null, assignedAtMs: null });
    // Instants that are not instants are left out, not the session.
    expect(broken).toMatchObject({ id: 'c', stateSinceMs: null, assignedAtMs: null });
    expect(released).toMatchObject({
      stateSinceMs: Date.parse('2026-11-25T11:00:00.000Z'),
      assignedAtMs: null,
    });
  });

  it('reads times only in the contract’s ISO 8601 form, not an expanded year or a date without a time', () => {
    for (const startedAt of ['+002026-11-25T10:00:00Z', '2026-11-25', 'Tue, 25 Nov 2026 10:00:00 GMT']) {
      expect(checkSessionPage(page([{ ...valid, startedAt }]), 0)).toMatchObject({ rows: [], rejected: 1 });
    }
    expect(checkSessionPage(page([], { serverTime: '+002026-11-25T12:00:00Z' }), 0).clockOffsetMs).toBe(0);
  });
});
