// "Select all N matching" while its pages are on their way: it says it is selecting, and a new filter
// or the page going cancels the fetch, so a late answer never chooses sessions of another filter.
import { act, renderHook } from '@testing-library/react';
import type { CheckedPage as ListPage } from '../dispatcher/answers';
import type { SessionsApi } from '../dispatcher/api';
import type { ClientServices } from '../dispatcher/client-services';
import type { ListSnapshot } from '../list/list-loader';
import type { Selection } from './selection';
import { useSelectAllMatching } from './use-select-all-matching';

function setUp() {
  const signals: AbortSignal[] = [];
  let answer: (page: ListPage) => void = () => undefined;
  const api = {
    list: (_params: unknown, signal?: AbortSignal) => {
      signals.push(signal as AbortSignal);
      return new Promise<ListPage>((resolve) => {
        answer = resolve;
      });
    },
  } as unknown as SessionsApi;
  const services = { api } as ClientServices;
  const choose = jest.fn();
  const selectionUnder = (filterKey: string) => ({ filterKey, choose }) as unknown as Selection;
  const hook = renderHook(
    ({ filterKey }: { filterKey: string }) =>
      useSelectAllMatching(
        services,
        { sort: 'startedAt', order: 'desc', limit: 25 },
        { page: null } as ListSnapshot,
        selectionUnder(filterKey),
      ),
    { initialProps: { filterKey: 'stuck' } },
  );
  return { hook, signals, choose, answer: (page: ListPage) => answer(page) };
}

describe('select all matching while it fetches', () => {
  it('says it is selecting until the answer came', async () => {
    const { hook, signals, answer } = setUp();
    expect(hook.result.current.selecting).toBe(false);
    act(() => void hook.result.current.selectAllMatching());
    expect(hook.result.current.selecting).toBe(true);
    expect(signals).toHaveLength(1);
    await act(async () => answer({ rows: [], nextCursor: null } as unknown as ListPage));
    expect(hook.result.current.selecting).toBe(false);
  });

  it('cancels the fetch when the filter changes, and chooses nothing from its late answer', async () => {
    const { hook, signals, choose, answer } = setUp();
    act(() => void hook.result.current.selectAllMatching());
    hook.rerender({ filterKey: 'all' });
    expect(signals[0]?.aborted).toBe(true);
    await act(async () => answer({ rows: [], nextCursor: null } as unknown as ListPage));
    expect(choose).not.toHaveBeenCalled();
  });

  it('keeps the fetch while the filter stays, and cancels it when the page goes', () => {
    const { hook, signals } = setUp();
    act(() => void hook.result.current.selectAllMatching());
    hook.rerender({ filterKey: 'stuck' });
    expect(signals[0]?.aborted).toBe(false);
    hook.unmount();
    expect(signals[0]?.aborted).toBe(true);
  });
});
