import { aSession } from '../../test/fake-dispatcher-client';
import { checkReleasedSession } from '../dispatcher/answers';
import type { Session } from '../contract/dispatcher-api';
import type { SessionRow } from '../session/row';
import { pageChoice, SelectionStore } from './selection';

const rowOf = (patch: Partial<Session> = {}) => checkReleasedSession(aSession(patch)) as SessionRow;
const ids = (store: SelectionStore, filterKey: string) => [...store.chosenUnder(filterKey).keys()];

describe('the bulk choice', () => {
  it('says how much of a page is chosen by its releasable rows alone', () => {
    const [a, b] = [rowOf(), rowOf()];
    const unassigned = rowOf({ agent: null });
    const rows = [a, b, unassigned] as SessionRow[];
    expect(pageChoice(new Map(), rows)).toBe('none');
    expect(pageChoice(new Map([[a.id, a]]), rows)).toBe('some');
    expect(pageChoice(new Map([a, b].map((row) => [row.id, row])), rows)).toBe('all');
    // A chosen row of another page counts for nothing here.
    expect(pageChoice(new Map([[unassigned.id, unassigned]]), [a])).toBe('none');
  });

  it('chooses and unchooses a row, never one that cannot be released', () => {
    const store = new SelectionStore();
    const [a, open] = [rowOf(), rowOf({ state: 'OPEN', agent: null })];
    store.toggle('f', a);
    store.toggle('f', open);
    expect(ids(store, 'f')).toEqual([a.id]);
    expect(store.chosenUnder('f').get(a.id)).toBe(a);
    store.toggle('f', a);
    expect(ids(store, 'f')).toEqual([]);
  });

  it('chooses every releasable row of a page, and none of them when all were chosen, keeping other pages’ rows', () => {
    const store = new SelectionStore();
    const elsewhere = rowOf();
    const page = [rowOf(), rowOf(), rowOf({ agent: null })];
    store.toggle('f', elsewhere);
    store.toggle('f', page[0] as SessionRow);
    store.togglePage('f', page);
    expect(ids(store, 'f')).toEqual([elsewhere.id, page[0]?.id, page[1]?.id]);
    store.togglePage('f', page);
    expect(ids(store, 'f')).toEqual([elsewhere.id]);
  });

  it('is empty under another filter, and a new filter forgets it for good', () => {
    const store = new SelectionStore();
    const a = rowOf();
    store.toggle('f', a);
    expect(ids(store, 'g')).toEqual([]);
    const before = store.getSnapshot();
    store.filterBy('f');
    expect(store.getSnapshot()).toBe(before);
    store.filterBy('g');
    store.filterBy('f');
    expect(ids(store, 'f')).toEqual([]);
    // A toggle under another filter starts from nothing.
    store.toggle('f', a);
    store.toggle('g', rowOf());
    expect(store.getSnapshot().filterKey).toBe('g');
    expect(ids(store, 'f')).toEqual([]);
  });

  it('marks a choice made by select-all-matching until it is touched, and clear empties it under its filter', () => {
    const store = new SelectionStore();
    const [a, b] = [rowOf(), rowOf()];
    store.choose('f', [a, b]);
    expect(store.getSnapshot()).toMatchObject({ filterKey: 'f', allMatching: true });
    expect(ids(store, 'f')).toEqual([a.id, b.id]);
    store.toggle('f', b);
    expect(store.getSnapshot().allMatching).toBe(false);
    store.choose('f', [a, b]);
    store.clear();
    expect(store.getSnapshot()).toMatchObject({ filterKey: 'f', allMatching: false });
    expect(ids(store, 'f')).toEqual([]);
  });

  it('drops the chosen sessions that can no longer be released, says how many, and changes nothing when none', () => {
    const store = new SelectionStore();
    const [a, b, c] = [rowOf(), rowOf(), rowOf()];
    for (const row of [a, b, c]) store.toggle('f', row);
    const before = store.getSnapshot();
    expect(store.dropUnreleasable('f', [a, rowOf({ agent: null })])).toBe(0);
    expect(store.getSnapshot()).toBe(before);
    const releasedElsewhere = { ...b, agent: null };
    const movedOn = { ...c, state: 'ACTIVE' as const };
    expect(store.dropUnreleasable('f', [a, releasedElsewhere, movedOn])).toBe(2);
    expect(ids(store, 'f')).toEqual([a.id]);
    // Under another filter there is nothing to drop.
    expect(store.dropUnreleasable('g', [{ ...a, agent: null }])).toBe(0);
    expect(ids(store, 'f')).toEqual([a.id]);
  });
});
