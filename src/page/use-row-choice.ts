// The rows' boxes for a bulk release: the choice under the view's filter, sessions no longer releasable dropped.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { pageChoice, type Selection, useSelection } from '../bulk/selection';
import type { ListSnapshot, SessionListLoader } from '../list/list-loader';
import type { View } from '../list/view';
import type { SessionRow } from '../session/row';

/** The choice belongs to what the list is filtered by: a new filter empties it. */
export const useViewSelection = (view: View): Selection =>
  useSelection(`${view.chip}|${view.q.trim()}|${view.agent}|${view.states}|${view.channels}`);

/**
 * The boxes' state and what they do (each first tries the release code again if it could not be
 * fetched), and how many chosen sessions the last answer took out of the choice.
 */
export function useRowChoice(
  selection: Selection,
  list: ListSnapshot,
  loader: SessionListLoader,
  retryKit: () => void,
) {
  // A chosen session released elsewhere or moved on leaves the choice, and the page says so.
  const [dropped, setDropped] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per answer, with the choice of that moment
  useEffect(() => setDropped(selection.dropUnreleasable(list.page?.rows ?? [])), [list.page]);
  // The same function across refreshes: every row gets it, and a new one would render them all.
  const onToggle = useCallback(
    (row: SessionRow) => {
      retryKit();
      selection.toggle(row);
    },
    [retryKit, selection.toggle],
  );
  const choice = useMemo(
    () => ({
      chosen: selection.chosen,
      page: pageChoice(selection.chosen, list.page?.rows ?? []),
      onToggle,
      onTogglePage: () => {
        retryKit();
        selection.togglePage(loader.getSnapshot().page?.rows ?? []);
      },
    }),
    [selection, loader, list.page, retryKit, onToggle],
  );
  return { dropped, choice };
}
