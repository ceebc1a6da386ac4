// What the table gives each row, apart so the row's component reads as its markup.
import type { SessionRow } from '../session/row';
import type { HostNavigation } from '../ui/host-link';
import type { CellContext, COLUMNS } from './columns';

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
