// The sessions an administrator chose for a bulk release: kept by id with the row as it was chosen
// (the dialog lists them and the queue sends them), across pages of the same filter.
import { useCallback, useEffect, useState } from 'react';
import { canRelease } from '../session/rules';
import type { SessionRow } from '../session/row';

export type Chosen = ReadonlyMap<string, SessionRow>;

/** How much of a page is chosen, for its select-all box: none, some (mixed) or every releasable row. */
export function pageChoice(chosen: Chosen, rows: readonly SessionRow[]): 'none' | 'some' | 'all' {
  const releasable = rows.filter(canRelease);
  const picked = releasable.filter((row) => chosen.has(row.id)).length;
  if (picked === 0) return 'none';
  return picked === releasable.length ? 'all' : 'some';
}

export interface Selection {
  chosen: Chosen;
  toggle(row: SessionRow): void;
  /** Chooses every releasable row of the page, or none of them when all were chosen. */
  togglePage(rows: readonly SessionRow[]): void;
  /** Replaces the choice with every releasable session of the filter (select all matching). */
  choose(rows: readonly SessionRow[]): void;
  /** The choice is what `choose` made, untouched since. */
  allMatching: boolean;
  /** What the list is filtered by: a new filter empties the choice. */
  filterKey: string;
  clear(): void;
}

const EMPTY: Chosen = new Map();

/** The choice, emptied whenever `filterKey` (what the list is filtered by) changes. */
export function useSelection(filterKey: string): Selection {
  const [chosen, setChosen] = useState<Chosen>(EMPTY);
  // The map `choose` made: any later change to the choice makes a new one.
  const [matched, setMatched] = useState<Chosen | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new filter empties the choice
  useEffect(() => setChosen(EMPTY), [filterKey]);
  const toggle = useCallback(
    (row: SessionRow) =>
      setChosen((current) => {
        const next = new Map(current);
        if (next.has(row.id)) next.delete(row.id);
        else if (canRelease(row)) next.set(row.id, row);
        return next;
      }),
    [],
  );
  const togglePage = useCallback(
    (rows: readonly SessionRow[]) =>
      setChosen((current) => {
        const next = new Map(current);
        const releasable = rows.filter(canRelease);
        if (pageChoice(current, rows) === 'all') for (const row of releasable) next.delete(row.id);
        else for (const row of releasable) next.set(row.id, row);
        return next;
      }),
    [],
  );
  const choose = useCallback((rows: readonly SessionRow[]) => {
    const next: Chosen = new Map(rows.map((row) => [row.id, row]));
    setMatched(next);
    setChosen(next);
  }, []);
  const clear = useCallback(() => setChosen(EMPTY), []);
  return { chosen, toggle, togglePage, choose, allMatching: matched === chosen, filterKey, clear };
}
