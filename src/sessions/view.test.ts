import {
  DEFAULT_VIEW,
  defaultSort,
  nextSort,
  searchWithView,
  toListQuery,
  viewFromSearch,
  withChip,
} from './view';

describe('view', () => {
  it('starts on the WITH_AGENT chip, oldest first (longest Duration), so stuck sessions lead; 50 a page', () => {
    expect(viewFromSearch('')).toEqual(DEFAULT_VIEW);
    expect(DEFAULT_VIEW.sort).toEqual({ column: 'duration', direction: 'descending' });
    expect(toListQuery(DEFAULT_VIEW, null)).toEqual({
      state: ['WITH_AGENT'],
      sort: 'startedAt',
      order: 'asc',
      limit: 50,
    });
  });

  it('opens All newest first, and a chip change takes that chip’s order from the first page', () => {
    const all = withChip({ ...DEFAULT_VIEW, page: 3, q: 'acme' }, 'all');
    expect(all).toEqual({ ...DEFAULT_VIEW, chip: 'all', sort: defaultSort('all'), page: 0, q: 'acme' });
    expect(toListQuery(all, null)).toMatchObject({ sort: 'startedAt', order: 'desc' });
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
    expect(toListQuery({ ...DEFAULT_VIEW, sort }, null)).toMatchObject({ sort: 'startedAt', order: 'asc' });
    expect(toListQuery({ ...DEFAULT_VIEW, sort: nextSort(sort, 'duration') }, null)).toMatchObject({
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
  ] as const)(
    'sorts the %s column on the server (sort=%s, order=%s on first choice)',
    (column, key, order) => {
      const sort = nextSort(
        { column: column === 'contact' ? 'channel' : 'contact', direction: 'ascending' },
        column,
      );
      expect(toListQuery({ ...DEFAULT_VIEW, sort }, null)).toMatchObject({ sort: key, order });
    },
  );

  it('asks for every non-terminal state on All, and passes the cursor and the search', () => {
    expect(toListQuery({ ...withChip(DEFAULT_VIEW, 'all'), q: ' acme ' }, 'c9')).toEqual({
      sort: 'startedAt',
      order: 'desc',
      limit: 50,
      cursor: 'c9',
      q: 'acme',
    });
  });

  it('round-trips through the URL and keeps the host’s own parameters', () => {
    const view = {
      chip: 'all',
      sort: { column: 'duration', direction: 'descending' },
      q: 'acme',
      pageSize: 100,
      page: 2,
    } as const;
    const search = searchWithView('?tab=x', view);
    expect(new URLSearchParams(search).get('tab')).toBe('x');
    expect(viewFromSearch(search)).toEqual(view);
    expect(searchWithView('?view=all&q=a', DEFAULT_VIEW)).toBe('');
  });

  it('falls back to the defaults for values it does not know', () => {
    expect(viewFromSearch('?view=<b>&sort=secret&dir=up&size=7')).toEqual(DEFAULT_VIEW);
  });
});
