import { DEFAULT_VIEW, nextSort, searchWithView, toListQuery, viewFromSearch } from './view';

describe('view', () => {
  it('starts on the WITH_AGENT chip, newest first, 50 a page', () => {
    expect(viewFromSearch('')).toEqual(DEFAULT_VIEW);
    expect(toListQuery(DEFAULT_VIEW, null)).toEqual({
      state: ['WITH_AGENT'],
      sort: 'startedAt',
      order: 'desc',
      limit: 50,
    });
  });

  it('sorts Duration on the server: longest first is startedAt ascending', () => {
    const sort = nextSort(DEFAULT_VIEW.sort, 'duration');
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
    expect(toListQuery({ ...DEFAULT_VIEW, chip: 'all', q: ' acme ' }, 'c9')).toEqual({
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
