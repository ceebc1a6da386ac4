// What the choice says of itself: "all matching" only while it is exactly what Select all made, and
// never, not even for one render, a choice made under the filter the administrator just left.
import { act, renderHook } from '@testing-library/react';
import { aSession } from '../../test/fake-dispatcher-client';
import type { Session } from '../contract/dispatcher-api';
import { checkReleasedSession } from '../dispatcher/answers';
import type { SessionRow } from '../session/row';
import { SelectionStore, useSelection } from './selection';

const rowOf = (patch: Partial<Session> = {}) => checkReleasedSession(aSession(patch)) as SessionRow;

describe('the bulk choice’s flags', () => {
  it('starts empty and is not a Select all', () => {
    expect(new SelectionStore().getSnapshot()).toEqual({
      filterKey: '',
      chosen: new Map(),
      allMatching: false,
    });
  });

  it('is no longer "all matching" once a chosen session dropped out, nor becomes it by a drop', () => {
    const store = new SelectionStore();
    const [kept, releasedElsewhere] = [rowOf(), rowOf()];
    store.choose('f', [kept, releasedElsewhere]);
    expect(store.getSnapshot().allMatching).toBe(true);
    expect(store.dropUnreleasable('f', [{ ...releasedElsewhere, agent: null }])).toBe(1);
    expect(store.getSnapshot().allMatching).toBe(false);

    const byHand = new SelectionStore();
    byHand.toggle('f', kept);
    byHand.toggle('f', releasedElsewhere);
    byHand.dropUnreleasable('f', [{ ...releasedElsewhere, agent: null }]);
    expect(byHand.getSnapshot()).toMatchObject({ allMatching: false });
    expect([...byHand.chosenUnder('f').keys()]).toEqual([kept.id]);
  });

  it('shows nothing chosen in any render under a new filter', () => {
    const seen: Array<{ filterKey: string; chosen: number; allMatching: boolean }> = [];
    const row = rowOf();
    const hook = renderHook(
      ({ filterKey }: { filterKey: string }) => {
        const selection = useSelection(filterKey);
        seen.push({ filterKey, chosen: selection.chosen.size, allMatching: selection.allMatching });
        return selection;
      },
      { initialProps: { filterKey: 'stuck' } },
    );
    act(() => hook.result.current.choose([row]));
    expect(seen.at(-1)).toEqual({ filterKey: 'stuck', chosen: 1, allMatching: true });
    hook.rerender({ filterKey: 'all' });
    const underNew = seen.filter((render) => render.filterKey === 'all');
    expect(underNew.length).toBeGreaterThan(0);
    expect(underNew).toEqual(underNew.map(() => ({ filterKey: 'all', chosen: 0, allMatching: false })));
  });
});
