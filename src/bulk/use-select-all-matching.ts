// "Select all N matching": every releasable session of the filter, fetched across pages; the fetch is
// cancelled when the filter changes or the page goes.
import { useEffect, useRef, useState } from 'react';
import type { ClientServices } from '../dispatcher/client-services';
import type { ListSnapshot } from '../list/list-loader';
import type { ListQuery } from '../list/query';
import { releasableMatching } from './select-matching';
import type { Selection } from './selection';

export function useSelectAllMatching(
  services: ClientServices,
  query: ListQuery,
  list: ListSnapshot,
  selection: Selection,
) {
  const [selecting, setSelecting] = useState(false);
  // Fetching every matching session is cancelled when the filter changes or the page goes.
  const matching = useRef<AbortController | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter cancels the old one's fetch
  useEffect(() => () => matching.current?.abort(), [selection.filterKey]);

  const selectAllMatching = async () => {
    if (selecting) return;
    const controller = new AbortController();
    matching.current = controller;
    setSelecting(true);
    try {
      const serverNowMs = Date.now() + (list.page?.clockOffsetMs ?? 0);
      const rows = await releasableMatching(services.api, query, serverNowMs, controller.signal);
      if (!controller.signal.aborted) selection.choose(rows);
    } catch {
      // The list's own notices tell of a dispatcher that fails; the choice stays as it was.
    } finally {
      if (matching.current === controller) {
        matching.current = null;
        setSelecting(false);
      }
    }
  };
  return { selecting, selectAllMatching };
}
