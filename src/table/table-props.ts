// What the page gives the sessions table and the table gives each row, apart so the components read as their markup.
import type { ReactNode } from 'react';
import type { ColumnId, View } from '../list/view';
import type { SessionRow } from '../session/row';
import type { HostNavigation } from '../ui/host-link';
import type { CellContext, COLUMNS } from './columns';

export interface TableProps {
  rows: readonly SessionRow[];
  columns: readonly ColumnId[];
  sort: View['sort'];
  onSort: (column: ColumnId) => void;
  context: CellContext;
  onRelease: (row: SessionRow, trigger: HTMLButtonElement) => void;
  /** The console around the page, for the rows' links to its pages. */
  host: HostNavigation;
  /** The rows may be out of date (the last refresh failed). */
  stale: boolean;
  busy: boolean;
  /** Shown across the body when there are no rows (loading, empty). */
  placeholder: ReactNode;
  /** Choosing sessions for a bulk release: a box on each releasable row and one for the page. */
  choice?: TableChoice;
  /** A pointer on, or focus in, a Release button or a box: the administrator is about to release. */
  onIntent?: () => void;
  /** Rows the last refresh changed or brought: marked for a moment. */
  changed?: ReadonlySet<string>;
}

/** The sessions chosen for a bulk release, and what the boxes do. */
export interface TableChoice {
  /** The chosen sessions, by id. */
  chosen: ReadonlyMap<string, unknown>;
  /** How much of the page is chosen, for its select-all box. */
  page: 'none' | 'some' | 'all';
  onToggle: (row: SessionRow) => void;
  onTogglePage: () => void;
}

/** One session: a box to choose it, its cells, Release (WITH_AGENT rows) and its audit trail. */
export interface RowProps {
  row: SessionRow;
  columns: typeof COLUMNS;
  context: CellContext;
  onRelease: (row: SessionRow, trigger: HTMLButtonElement) => void;
  /** The console around the page: where its pages are, and how to go there. */
  host: HostNavigation;
  /** Whether the row is chosen for a bulk release; undefined when there is nothing to choose. */
  chosen: boolean | undefined;
  /** The last refresh changed or brought this row: marked for a moment, in words as well as colour. */
  changed: boolean;
  onChoose: ((row: SessionRow) => void) | undefined;
}
