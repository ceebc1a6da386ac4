import { LIST_TEXT_MAX } from '../contract/dispatcher-api';
import {
  DEFAULT_VIEW,
  defaultSort,
  nextSort,
  searchWithView,
  subsetOf,
  type View,
  viewFromSearch,
  withChip,
} from './view';
import { paramsForSearch, resolveListQuery, toListQuery } from './query';

describe('view', () => {
  it('starts on the WITH_AGENT chip, held longest first (the stuck rule’s time), so stuck sessions lead; 50 a page', () => {
    expect(viewFromSearch('')).toEqual(DEFAULT_VIEW);
    expect(DEFAULT_VIEW.sort).toEqual({ column: 'held', direction: 'descending' });
    expect(toListQuery(DEFAULT_VIEW, null, 30)).toEqual({
      state: ['WITH_AGENT'],
      sort: 'heldSince',
      order: 'asc',
      limit: 50,
      stuckAfterMinutes: 30,
      stuckOlderThanMs: 30 * 60_000,
    });
  });

  it('opens All newest first, and a chip change takes that chip’s order from the first page', () => {
    const all = withChip({ ...DEFAULT_VIEW, page: 3, q: 'acme' }, 'all');
    expect(all).toEqual({ ...DEFAULT_VIEW, chip: 'all', sort: defaultSort('all'), page: 0, q: 'acme' });
    expect(toListQuery(all, null, 30)).toMatchObject({ sort: 'startedAt', order: 'desc' });
    expect(searchWithView('', all)).toBe('?view=all&q=acme');
    expect(viewFromSearch('?view=all')).toEqual({ ...DEFAULT_VIEW, chip: 'all', sort: defaultSort('all') });
    expect(withChip(all, 'with-agent').sort).toEqual(DEFAULT_VIEW.sort);
  });

  it('keeps the page in the URL from the second page on, and ignores pages it cannot read', () => {
    expect(searchWithView('', { ...DEFAULT_VIEW, page: 1 })).toBe('?page=2');
    expect(viewFromSearch('?page=2').page).toBe(1);
    for (const bad of ['0', '1', '-3', '2.5', 'x', '99999999'])
      expect(viewFromSearch(`?page=${bad}`).page).toBe(0);
  });

  it('sorts Duration on the server: longest first is startedAt ascending', () => {
    const sort = nextSort(defaultSort('all'), 'duration');
    expect(sort).toEqual({ column: 'duration', direction: 'descending' });
    expect(toListQuery({ ...DEFAULT_VIEW, sort }, null, 30)).toMatchObject({
      sort: 'startedAt',
      order: 'asc',
    });
    expect(toListQuery({ ...DEFAULT_VIEW, sort: nextSort(sort, 'duration') }, null, 30)).toMatchObject({
      order: 'desc',
    });
  });

  it.each([
    ['contact', 'contact', 'asc'],
    ['channel', 'channel', 'asc'],
    ['state', 'state', 'asc'],
    ['agent', 'agent', 'asc'],
    ['startedAt', 'startedAt', 'desc'],
    ['duration', 'startedAt', 'asc'],
    ['held', 'heldSince', 'asc'],
  ] as const)(
    'sorts the %s column on the server (sort=%s, order=%s on first choice)',
    (column, key, order) => {
      const sort = nextSort(
        { column: column === 'contact' ? 'channel' : 'contact', direction: 'ascending' },
        column,
      );
      expect(toListQuery({ ...DEFAULT_VIEW, sort }, null, 30)).toMatchObject({ sort: key, order });
    },
  );

  it('asks for every non-terminal state on All, and passes the cursor and the search', () => {
    expect(toListQuery({ ...withChip(DEFAULT_VIEW, 'all'), q: ' acme ' }, 'c9', 30)).toEqual({
      sort: 'startedAt',
      order: 'desc',
      limit: 50,
      cursor: 'c9',
      q: 'acme',
      stuckAfterMinutes: 30,
      stuckOlderThanMs: 30 * 60_000,
    });
  });

  it('round-trips through the URL and keeps the host’s own parameters', () => {
    const view = {
      chip: 'all',
      sort: { column: 'duration', direction: 'descending' },
      q: 'acme',
      pageSize: 100,
      page: 2,
      agent: 'agt-4',
      states: ['OPEN', 'WITH_AGENT'],
      channels: ['EMAIL'],
    } as const;
    const search = searchWithView('?tab=x', view);
    expect(new URLSearchParams(search).get('tab')).toBe('x');
    expect(viewFromSearch(search)).toEqual(view);
    expect(searchWithView('?view=all&q=a', DEFAULT_VIEW)).toBe('');
  });

  it('keeps a sort the user chose in the URL, in either direction, and reads it back', () => {
    for (const sort of [
      { column: 'duration', direction: 'ascending' },
      { column: 'contact', direction: 'descending' },
      { column: 'agent', direction: 'ascending' },
    ] as const) {
      const view = { ...DEFAULT_VIEW, sort };
      const search = searchWithView('', view);
      expect(search).toBe(`?sort=${sort.column}&dir=${sort.direction === 'ascending' ? 'asc' : 'desc'}`);
      expect(viewFromSearch(search)).toEqual(view);
    }
    // A link with a column and no direction opens that column the way a first click would.
    expect(viewFromSearch('?sort=contact').sort).toEqual({ column: 'contact', direction: 'ascending' });
    expect(viewFromSearch('?sort=startedAt').sort).toEqual({ column: 'startedAt', direction: 'descending' });
  });

  it('keeps a search in the URL without its outer spaces, and no search at all for spaces alone', () => {
    expect(searchWithView('', { ...DEFAULT_VIEW, q: '  acme ltd ' })).toBe('?q=acme+ltd');
    expect(searchWithView('', { ...DEFAULT_VIEW, q: '   ' })).toBe('');
    expect(toListQuery({ ...DEFAULT_VIEW, q: '   ' }, null, 30)).not.toHaveProperty('q');
    expect(viewFromSearch(`?q=${'a'.repeat(LIST_TEXT_MAX + 50)}`).q).toHaveLength(LIST_TEXT_MAX);
  });

  it('turns the sort of the sorted column around each time, and starts another column its own way', () => {
    expect(nextSort({ column: 'duration', direction: 'descending' }, 'duration')).toEqual({
      column: 'duration',
      direction: 'ascending',
    });
    expect(nextSort({ column: 'duration', direction: 'ascending' }, 'duration')).toEqual({
      column: 'duration',
      direction: 'descending',
    });
    expect(nextSort({ column: 'duration', direction: 'ascending' }, 'startedAt').direction).toBe(
      'descending',
    );
  });

  it('takes pages up to the ten thousandth from a URL', () => {
    expect(viewFromSearch('?page=10000').page).toBe(9999);
    expect(viewFromSearch('?page=10001').page).toBe(0);
  });

  it('falls back to the defaults for values it does not know', () => {
    expect(viewFromSearch('?view=<b>&sort=secret&dir=up&size=7')).toEqual(DEFAULT_VIEW);
  });

  it('shows only stuck sessions on the Stuck chip, on the server, as of the moment each request leaves', () => {
    const stuck = withChip(DEFAULT_VIEW, 'stuck');
    expect(searchWithView('', stuck)).toBe('?view=stuck');
    expect(viewFromSearch('?view=stuck')).toEqual(stuck);
    const query = toListQuery(stuck, null, 45);
    expect(query).toMatchObject({ state: ['WITH_AGENT'], sort: 'heldSince', order: 'asc' });
    const now = Date.parse('2026-12-01T12:00:00Z');
    // The held rule, on the dispatcher's clock; by start, for a dispatcher without it.
    expect(resolveListQuery(query, now)).toEqual({
      state: ['WITH_AGENT'],
      sort: 'heldSince',
      order: 'asc',
      limit: 50,
      stuckAfterMinutes: 45,
      stuckOnly: true,
      startedBefore: '2026-12-01T11:15:00.000Z',
      stuckBefore: '2026-12-01T11:15:00.000Z',
    });
    expect(resolveListQuery(toListQuery(DEFAULT_VIEW, null, 30), now)).not.toHaveProperty('startedBefore');
  });

  it('filters by one agent on the server, kept in the URL, from the first page', () => {
    const view = { ...DEFAULT_VIEW, agent: 'acme-agt-4' };
    expect(toListQuery(view, null, 30)).toMatchObject({ agent: 'acme-agt-4', state: ['WITH_AGENT'] });
    expect(toListQuery(DEFAULT_VIEW, null, 30)).not.toHaveProperty('agent');
    expect(searchWithView('', view)).toBe('?agent=acme-agt-4');
    expect(viewFromSearch('?agent=acme-agt-4')).toEqual(view);
    expect(viewFromSearch(`?agent=${'x'.repeat(300)}`).agent).toHaveLength(200);
  });

  describe('states and channels', () => {
    const all = withChip(DEFAULT_VIEW, 'all');

    it('asks All for the chosen states and every view for the chosen channels, as lists', () => {
      const view: View = { ...all, states: ['OPEN', 'PROCESSING'], channels: ['WHATSAPP'] };
      expect(toListQuery(view, null, 30)).toMatchObject({
        state: ['OPEN', 'PROCESSING'],
        channel: ['WHATSAPP'],
      });
      const params = paramsForSearch(searchWithView('', view), Date.parse('2026-12-01T12:00:00Z'));
      expect(params).toMatchObject({ state: 'OPEN,PROCESSING', channel: 'WHATSAPP' });
      // The other chips keep to WITH_AGENT; the channel narrows them too.
      for (const chip of ['with-agent', 'stuck'] as const) {
        const query = toListQuery({ ...withChip(DEFAULT_VIEW, chip), channels: ['EMAIL'] }, null, 30);
        expect(query).toMatchObject({ state: ['WITH_AGENT'], channel: ['EMAIL'] });
      }
      // No choice: every state of All, every channel.
      expect(toListQuery(all, null, 30)).not.toHaveProperty('state');
      expect(toListQuery(all, null, 30)).not.toHaveProperty('channel');
    });

    it('keeps them in the URL as comma lists and reads them back in the contract’s order', () => {
      const view: View = { ...all, states: ['ACTIVE', 'AWAITING_USER'], channels: ['EMAIL'] };
      expect(searchWithView('', view)).toBe('?view=all&state=ACTIVE%2CAWAITING_USER&channel=EMAIL');
      expect(viewFromSearch(searchWithView('', view))).toEqual(view);
      expect(viewFromSearch('?view=all&state=WITH_AGENT,OPEN,OPEN').states).toEqual(['OPEN', 'WITH_AGENT']);
      expect(viewFromSearch('?channel=EMAIL').channels).toEqual(['EMAIL']);
    });

    it('ignores what it does not know: terminal or unknown states, unknown channels, states outside All', () => {
      expect(viewFromSearch('?view=all&state=RESOLVED,EXPIRED,<b>,open').states).toEqual([]);
      expect(viewFromSearch('?view=all&state=RESOLVED,OPEN').states).toEqual(['OPEN']);
      expect(viewFromSearch('?channel=FAX,,sms').channels).toEqual([]);
      expect(viewFromSearch('?state=OPEN')).toEqual(DEFAULT_VIEW);
      expect(viewFromSearch('?view=stuck&state=OPEN').states).toEqual([]);
      expect(searchWithView('', { ...DEFAULT_VIEW, states: ['OPEN'] })).toBe('');
    });

    it('takes every state or every channel as no filter: one list, one query, one URL', () => {
      expect(
        viewFromSearch('?view=all&state=OPEN,ACTIVE,AWAITING_USER,PROCESSING,WITH_AGENT').states,
      ).toEqual([]);
      expect(viewFromSearch('?channel=EMAIL,WHATSAPP').channels).toEqual([]);
      expect(subsetOf(['a', 'b', 'c'], ['c', 'x', 'a'])).toEqual(['a', 'c']);
      expect(subsetOf(['a', 'b'], ['b', 'a'])).toEqual([]);
    });

    it('leaves the states behind with All, and keeps the channel across chips', () => {
      const view: View = { ...all, states: ['OPEN'], channels: ['EMAIL'] };
      expect(withChip(view, 'with-agent')).toMatchObject({ states: [], channels: ['EMAIL'] });
      expect(withChip(view, 'all')).toMatchObject({ states: ['OPEN'], channels: ['EMAIL'] });
    });
  });
});
