import { memo, type ReactNode, useMemo, useRef } from 'react';
import { conversationLogPath } from '../routes';
import { type CellContext, COLUMNS } from './columns';
import { useFirstScreenful } from './first-screenful';
import { onHostLinkClick } from './host-link';
import { canRelease, contactLabel, releaseBlockedReason, type SessionRow } from './model';
import styles from './table.module.css';
import type { ColumnId, View } from './view';

interface TableProps {
  rows: readonly SessionRow[];
  columns: readonly ColumnId[];
  sort: View['sort'];
  onSort: (column: ColumnId) => void;
  context: CellContext;
  onRelease: (row: SessionRow, trigger: HTMLButtonElement) => void;
  navigate: (path: string) => void;
  /** The rows may be out of date (the last refresh failed). */
  stale: boolean;
  busy: boolean;
  /** Shown across the body when there are no rows (loading, empty). */
  placeholder: ReactNode;
}

/**
 * The sessions as one table: sortable headers announce their sort state, each row has its actions.
 * The table stays in the document while a new sort or filter loads, so the focused header keeps focus.
 */
export function SessionsTable(props: TableProps) {
  const { rows, columns, sort, onSort, context, onRelease, navigate, stale, busy, placeholder } = props;
  // The same array until the user picks other columns: a new one would make every memoised row render.
  const shown = useMemo(() => COLUMNS.filter((column) => columns.includes(column.id)), [columns]);
  // The rows on screen first, those below the fold after the browser has painted them.
  const body = useRef<HTMLTableSectionElement>(null);
  const { rendered, pending } = useFirstScreenful(rows, body);
  // A scroll container, so a narrow host column scrolls the table instead of cutting it off; keyboard
  // users scroll it too, hence the tab stop (WCAG 2.1.1, axe's scrollable-region-focusable).
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className={styles.scroller} aria-label="Sessions" tabIndex={0}>
      <table
        className={`${styles.table} ${stale ? styles.stale : ''}`}
        aria-busy={busy || pending}
        data-testid="sessions-table"
      >
        <caption className={styles.caption}>
          Sessions that have not ended{stale ? ' (may be out of date)' : ''}
        </caption>
        <thead>
          <tr>
            {shown.map((column) => {
              const sorted = sort.column === column.id;
              return (
                <th key={column.id} scope="col" aria-sort={sorted ? sort.direction : 'none'}>
                  <button
                    type="button"
                    className={styles.sortButton}
                    data-column={column.id}
                    onClick={() => onSort(column.id)}
                  >
                    {column.header}
                    <span aria-hidden="true" className={styles.sortIcon}>
                      {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody ref={body}>
          {rows.length === 0 && placeholder && (
            <tr>
              <td colSpan={shown.length + 1} className={styles.placeholder}>
                {placeholder}
              </td>
            </tr>
          )}
          {rendered.map((row) => (
            <Row
              key={row.id}
              row={row}
              columns={shown}
              context={context}
              onRelease={onRelease}
              navigate={navigate}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

interface RowProps {
  row: SessionRow;
  columns: typeof COLUMNS;
  context: CellContext;
  onRelease: TableProps['onRelease'];
  navigate: TableProps['navigate'];
}

const Row = memo(function Row({ row, columns, context, onRelease, navigate }: RowProps) {
  const contact = contactLabel(row);
  const blocked = releaseBlockedReason(row);
  const reasonId = `release-reason-${row.id}`;
  const logPath = conversationLogPath(row.id);
  return (
    <tr data-testid="session-row" data-session-id={row.id}>
      {columns.map((column) => (
        <td key={column.id} className={styles[`cell_${column.id}`]}>
          {column.cell(row, context)}
        </td>
      ))}
      <td>
        <div className={styles.actions}>
          {row.state === 'WITH_AGENT' && (
            <>
              <button
                type="button"
                className={styles.release}
                aria-label={`Release session with ${contact}`}
                aria-disabled={!canRelease(row) || undefined}
                aria-describedby={blocked ? reasonId : undefined}
                onClick={(event) => canRelease(row) && onRelease(row, event.currentTarget)}
              >
                Release
              </button>
              {blocked && (
                <span id={reasonId} className={styles.reason}>
                  {blocked}
                </span>
              )}
            </>
          )}
          <a
            href={logPath}
            onClick={onHostLinkClick(navigate, logPath)}
            className={styles.link}
            aria-label={`Audit trail of session with ${contact}`}
          >
            Audit trail
          </a>
        </div>
      </td>
    </tr>
  );
});
