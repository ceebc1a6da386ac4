import { act, renderHook } from '@testing-library/react';
import { DEFAULT_COLUMNS } from '../list/view';
import { useVisibleColumns } from './visible-columns';

const KEY = 'active-sessions:columns:v1';

beforeEach(() => window.localStorage.clear());

describe('the visible columns', () => {
  it('are the defaults in a browser that remembers none', () => {
    const { result } = renderHook(() => useVisibleColumns());
    expect(result.current[0]).toEqual([...DEFAULT_COLUMNS]);
  });

  it('are what this browser remembers, in the table’s order, unknown ones left out', () => {
    window.localStorage.setItem(KEY, JSON.stringify(['agent', 'contact', 'gone-column']));
    const { result } = renderHook(() => useVisibleColumns());
    expect(result.current[0]).toEqual(['contact', 'agent']);
  });

  it.each([
    ['not JSON', '{'],
    ['not a list', JSON.stringify({ contact: true })],
    ['no column it knows', JSON.stringify(['gone-column'])],
    ['an empty list', '[]'],
  ])('are the defaults when what is remembered is %s', (_, stored) => {
    window.localStorage.setItem(KEY, stored);
    const { result } = renderHook(() => useVisibleColumns());
    expect(result.current[0]).toEqual([...DEFAULT_COLUMNS]);
  });

  it('change in the table’s order, and are remembered for the next visit', () => {
    const { result } = renderHook(() => useVisibleColumns());
    act(() => result.current[1](['agent', 'channel']));
    expect(result.current[0]).toEqual(['channel', 'agent']);
    expect(JSON.parse(window.localStorage.getItem(KEY) ?? 'null')).toEqual(['channel', 'agent']);
    const next = renderHook(() => useVisibleColumns());
    expect(next.result.current[0]).toEqual(['channel', 'agent']);
  });

  it('still change for this visit when the browser will not store them', () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    try {
      const { result } = renderHook(() => useVisibleColumns());
      act(() => result.current[1](['contact']));
      expect(result.current[0]).toEqual(['contact']);
    } finally {
      setItem.mockRestore();
    }
  });
});
