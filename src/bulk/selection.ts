// The sessions an administrator chose for a bulk release: kept by id with the row as it was chosen
// (the dialog lists them and the queue sends them), across pages of the same filter. A choice belongs
// to the filter it was made under: under another filter it is empty, by construction, so sessions
// chosen under an earlier filter can never be released under a later one; and a new filter forgets it.
import { useEffect, useMemo, useState } from 'react';
import type { SessionRow } from '../session/row';
import { canRelease } from '../session/rules';
import { Store } from '../store/store';
import { useStore } from '../store/use-store';

export type Chosen = ReadonlyMap<string, SessionRow>;

/** How much of a page is chosen, for its select-all box: none, some (mixed) or every releasable row. */
export function pageChoice(chosen: Chosen, rows: readonly SessionRow[]): 'none' | 'some' | 'all' {
  const releasable = rows.filter(canRelease);
  const picked = releasable.filter((row) => chosen.has(row.id)).length;
  if (picked === 0) return 'none';
  return picked === releasable.length ? 'all' : 'some';
}

const EMPTY: Chosen = new Map();

/** The choice and the filter it was made under. */
export interface ChoiceState {
  readonly filterKey: string;
  readonly chosen: Chosen;
  /** The choice is what "select all matching" made, untouched since. */
  readonly allMatching: boolean;
}

/** The page's choice of sessions: a store, so it is read like every other piece of page state. */
export class SelectionStore extends Store<ChoiceState> {
  constructor() {
    super({ filterKey: '', chosen: EMPTY, allMatching: false });
  }

  /** The sessions chosen under `filterKey`: none when the choice was made under another filter. */
  chosenUnder(filterKey: string): Chosen {
    const state = this.getSnapshot();
    return state.filterKey === filterKey ? state.chosen : EMPTY;
  }

  /** Chooses `row` (if it can be released), or unchooses it. */
  toggle(filterKey: string, row: SessionRow): void {
    const next = new Map(this.chosenUnder(filterKey));
    if (next.has(row.id)) next.delete(row.id);
    else if (canRelease(row)) next.set(row.id, row);
    this.put(filterKey, next, false);
  }

  /** Chooses every releasable row of the page, or none of them when all were chosen. */
  togglePage(filterKey: string, rows: readonly SessionRow[]): void {
    const current = this.chosenUnder(filterKey);
    const next = new Map(current);
    const releasable = rows.filter(canRelease);
    if (pageChoice(current, rows) === 'all') for (const row of releasable) next.delete(row.id);
    else for (const row of releasable) next.set(row.id, row);
    this.put(filterKey, next, false);
  }

  /** Replaces the choice with every releasable session of the filter (select all matching). */
  choose(filterKey: string, rows: readonly SessionRow[]): void {
    this.put(filterKey, new Map(rows.map((row) => [row.id, row])), true);
  }

  clear(): void {
    this.put(this.getSnapshot().filterKey, EMPTY, false);
  }

  /**
   * Takes out of the choice under `filterKey` every session `rows` shows can no longer be released
   * (released elsewhere, moved on); answers how many.
   */
  dropUnreleasable(filterKey: string, rows: readonly SessionRow[]): number {
    const current = this.chosenUnder(filterKey);
    const gone = rows.filter((row) => current.has(row.id) && !canRelease(row)).map((row) => row.id);
    if (gone.length === 0) return 0;
    const next = new Map(current);
    for (const id of gone) next.delete(id);
    this.put(filterKey, next, false);
    return gone.length;
  }

  /** The list is now filtered by `filterKey`: a choice made under another filter is forgotten. */
  filterBy(filterKey: string): void {
    if (this.getSnapshot().filterKey !== filterKey) this.put(filterKey, EMPTY, false);
  }

  private put(filterKey: string, chosen: Chosen, allMatching: boolean): void {
    this.setState({ filterKey, chosen, allMatching });
  }
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
  /** Takes out the chosen sessions `rows` shows can no longer be released; answers how many. */
  dropUnreleasable(rows: readonly SessionRow[]): number;
}

/** The page's choice under `filterKey` (what the list is filtered by): empty under any other. */
export function useSelection(filterKey: string): Selection {
  const [store] = useState(() => new SelectionStore());
  const state = useStore(store);
  // Forgotten, not only hidden: coming back to the earlier filter finds nothing chosen either.
  useEffect(() => store.filterBy(filterKey), [store, filterKey]);
  // The same functions while the filter stays: rows that get them as props are not rendered again.
  const actions = useMemo(
    () => ({
      toggle: (row: SessionRow) => store.toggle(filterKey, row),
      togglePage: (rows: readonly SessionRow[]) => store.togglePage(filterKey, rows),
      choose: (rows: readonly SessionRow[]) => store.choose(filterKey, rows),
      clear: () => store.clear(),
      dropUnreleasable: (rows: readonly SessionRow[]) => store.dropUnreleasable(filterKey, rows),
    }),
    [store, filterKey],
  );
  return useMemo(() => {
    const current = state.filterKey === filterKey;
    return {
      ...actions,
      chosen: current ? state.chosen : EMPTY,
      allMatching: current && state.allMatching,
      filterKey,
    };
  }, [actions, state, filterKey]);
}
