import {
  ACTIVE_STATES,
  type ActiveState,
  SORT_KEYS,
  type Session,
  type SortKey,
  type SortOrder,
} from '../../src/contract/dispatcher-api';
import { generateTenantData } from './dataset';
import { type ListQuery, TenantStore } from './store';
import { stateRank } from './testing';

const NOW = Date.parse('2030-01-15T12:00:00.000Z');
// Big enough that a broad search takes the scanning path and a narrow one the sorting path.
const seeded = generateTenantData({ tenant: 'globex', seed: 5, sessions: 10_000, now: NOW });
const store = new TenantStore(seeded);

function value(s: Session, sort: SortKey): number | string {
  switch (sort) {
    case 'startedAt':
      return Date.parse(s.startedAt);
    case 'contact':
      return (s.contact.phone ?? s.contact.email ?? '').toLowerCase();
    case 'channel':
      return s.channel;
    case 'state':
      return stateRank(s.state);
    case 'agent':
      return s.agent?.name.toLowerCase() ?? '';
  }
}

function reference(q: string, states: ActiveState[] | null, sort: SortKey, order: SortOrder): Session[] {
  const needle = q.toLowerCase();
  const matches = (s: Session) =>
    !q ||
    [s.contact.phone, s.contact.email, s.contact.businessPartner?.name].some((f) =>
      f?.toLowerCase().includes(needle),
    ) ||
    (s.contact.phone ?? '').replace(/\s+/g, '').includes(needle.replace(/\s+/g, ''));
  return seeded
    .map((x) => x.session)
    .filter((s) => (states ?? ACTIVE_STATES).includes(s.state as ActiveState) && matches(s))
    .sort((a, b) => {
      const x = value(a, sort);
      const y = value(b, sort);
      const c = x < y ? -1 : x > y ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
      return order === 'asc' ? c : -c;
    });
}

function pageThrough(query: Omit<ListQuery, 'after'>): { ids: string[]; totals: number[] } {
  const ids: string[] = [];
  const totals: number[] = [];
  let after: ListQuery['after'] = null;
  for (let guard = 0; guard < 1000; guard++) {
    const page = store.list({ ...query, after });
    ids.push(...page.items.map((s) => s.id));
    totals.push(page.total);
    if (!page.next) return { ids, totals };
    after = page.next;
  }
  throw new Error('paging never ended');
}

describe('TenantStore.list against a brute-force reference', () => {
  const searches = ['', '+44', 'example', 'zürich', '7700 9', 'no such text'];
  it.each(searches)('matches the reference for q=%j in every sort, order and a state filter', (q) => {
    for (const sort of SORT_KEYS) {
      for (const order of ['asc', 'desc'] as const) {
        for (const states of [null, ['WITH_AGENT', 'PROCESSING'] as ActiveState[]]) {
          const expected = reference(q, states, sort, order);
          const { ids, totals } = pageThrough({
            q,
            states: states && new Set(states),
            sort,
            order,
            limit: 173,
          });
          expect(ids).toEqual(expected.map((s) => s.id));
          expect(new Set(totals)).toEqual(new Set([expected.length]));
        }
      }
    }
  });

  it('counts matches per state whatever the state filter', () => {
    const page = store.list({
      q: '+44',
      states: new Set(['OPEN']),
      sort: 'state',
      order: 'asc',
      limit: 5,
      after: null,
    });
    const all = reference('+44', null, 'startedAt', 'asc');
    expect(all.length).toBeGreaterThan(2000);
    expect(page.counts).toEqual(
      Object.fromEntries(ACTIVE_STATES.map((state) => [state, all.filter((s) => s.state === state).length])),
    );
  });
});
