import { memo, type ReactNode, useLayoutEffect, useMemo, useRef } from 'react';
import { type Chosen, pageChoice } from '../bulk/selection';
import { conversationLogPath } from '../routes';
import { type CellContext, COLUMNS } from './columns';
import { useFirstScreenful } from './first-screenful';
import { useFitLayout } from './fit-layout';
import { onHostLinkClick } from '../ui/host-link';
import { canRelease, isAlreadyUnassigned } from '../session/rules';
import { contactLabel } from '../session/display';
import type { SessionRow } from '../session/row';
import styles from './table.module.css';
import type { ColumnId, View } from '../list/view';

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
  /** Choosing sessions for a bulk release: a box on each releasable row and one for the page. */
  choice?: TableChoice;
  /** A pointer on, or focus in, a Release button or a box: the administrator is about to release. */
  onIntent?: () => void;
}

/** The sessions chosen for a bulk release, and what the boxes do. */
export interface TableChoice {
  chosen: Chosen;
  onToggle: (row: SessionRow) => void;
  onTogglePage: () => void;
}

/**
 * The sessions as one table: sortable headers announce their sort state, each row has its actions.
 * The table stays in the document while a new sort or filter loads, so the focused header keeps focus.
 * Where it does not fit the host's column, the same table is laid out as cards (see fit-layout.ts).
 */
export function SessionsTable(props: TableProps) {
  const {
    rows,
    columns,
    sort,
    onSort,
    context,
    onRelease,
    navigate,
    stale,
    busy,
    placeholder,
    choice,
    onIntent,
  } = props;
  const intent = (event: { target: EventTarget }) => {
    if (onIntent && event.target instanceof Element && event.target.closest('[data-intent]')) onIntent();
  };
  // The same array until the user picks other columns: a new one would make every memoised row render.
  const shown = useMemo(() => COLUMNS.filter((column) => columns.includes(column.id)), [columns]);
  const { t } = context.i18n;
  const scroller = useRef<HTMLElement>(null);
  const table = useRef<HTMLTableElement>(null);
  useFitLayout(scroller, table);
  // The rows on screen first, those below the fold after the browser has painted them.
  const body = useRef<HTMLTableSectionElement>(null);
  const { rendered, pending } = useFirstScreenful(rows, body);
  // A scroll container, so a narrow host column scrolls the table instead of cutting it off; keyboard
  // users scroll it too, hence the tab stop (WCAG 2.1.1, axe's scrollable-region-focusable).
  return (
    <section
      ref={scroller}
      className={styles.scroller}
      aria-label={t('sessions')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      onPointerOver={intent}
      onFocus={intent}
    >
      <table
        ref={table}
        className={`${styles.table} ${stale ? styles.stale : ''}`}
        aria-busy={busy || pending}
        data-testid="sessions-table"
      >
        <caption className={stale ? styles.staleCaption : styles.caption}>
          {t(stale ? 'captionStale' : 'caption')}
        </caption>
        <thead className={styles.head}>
          <tr className={styles.headRow} data-sort-label={t('sortBy')}>
            {choice && (
              <th scope="col" className={`${styles.headCell} ${styles.choiceHead}`}>
                <PageChoiceBox
                  state={pageChoice(choice.chosen, rows)}
                  disabled={!rows.some(canRelease)}
                  label={t('selectPage')}
                  onChange={choice.onTogglePage}
                />
              </th>
            )}
            {shown.map((column) => {
              const sorted = sort.column === column.id;
              return (
                <th
                  key={column.id}
                  scope="col"
                  aria-sort={sorted ? sort.direction : 'none'}
                  className={styles.headCell}
                >
                  <button
                    type="button"
                    className={styles.sortButton}
                    data-column={column.id}
                    onClick={() => onSort(column.id)}
                  >
                    {t(column.header)}
                    <span aria-hidden="true" className={styles.sortIcon}>
                      {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
            <th scope="col" className={`${styles.headCell} ${styles.actionsHead}`}>
              {t('actions')}
            </th>
          </tr>
        </thead>
        <tbody ref={body} className={styles.body}>
          {rows.length === 0 && placeholder && (
            <tr className={styles.placeholderRow}>
              <td colSpan={shown.length + (choice ? 2 : 1)} className={styles.placeholder}>
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
              chosen={choice ? choice.chosen.has(row.id) : undefined}
              onChoose={choice?.onToggle}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The page's select-all box: checked, unchecked or mixed (`indeterminate`, which only a property sets). */
function PageChoiceBox(props: {
  state: 'none' | 'some' | 'all';
  disabled: boolean;
  label: string;
  onChange: () => void;
}) {
  const { state, disabled, label, onChange } = props;
  const box = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={box}
      type="checkbox"
      className={styles.choice}
      data-intent
      checked={state === 'all'}
      disabled={disabled}
      aria-label={label}
      onChange={onChange}
    />
  );
}

interface RowProps {
  row: SessionRow;
  columns: typeof COLUMNS;
  context: CellContext;
  onRelease: TableProps['onRelease'];
  navigate: TableProps['navigate'];
  /** Whether the row is chosen for a bulk release; undefined when there is nothing to choose. */
  chosen: boolean | undefined;
  onChoose: ((row: SessionRow) => void) | undefined;
}

const Row = memo(function Row({ row, columns, context, onRelease, navigate, chosen, onChoose }: RowProps) {
  const { t } = context.i18n;
  const contact = contactLabel(row);
  const blocked = isAlreadyUnassigned(row);
  const reasonId = `release-reason-${row.id}`;
  const logPath = conversationLogPath(row.id);
  return (
    <tr className={styles.row} data-testid="session-row" data-session-id={row.id}>
      {chosen !== undefined && (
        <td className={`${styles.cell} ${styles.cell_choice}`}>
          {canRelease(row) && (
            <input
              type="checkbox"
              className={styles.choice}
              data-intent
              checked={chosen}
              aria-label={t('selectSession', { contact })}
              onChange={() => onChoose?.(row)}
            />
          )}
        </td>
      )}
      {columns.map((column) => (
        <td
          key={column.id}
          className={`${styles.cell} ${styles[`cell_${column.id}`]}`}
          data-label={column.labelInCards ? t(column.header) : undefined}
        >
          {column.cell(row, context)}
        </td>
      ))}
      <td className={`${styles.cell} ${styles.cell_actions}`}>
        <div className={styles.actions}>
          {row.state === 'WITH_AGENT' && (
            <span className={styles.release}>
              <button
                type="button"
                className={styles.releaseButton}
                data-intent
                aria-label={t('releaseSessionWith', { contact })}
                aria-disabled={!canRelease(row) || undefined}
                aria-describedby={blocked ? reasonId : undefined}
                onClick={(event) => canRelease(row) && onRelease(row, event.currentTarget)}
              >
                {t('release')}
              </button>
              {blocked && (
                <span id={reasonId} className={styles.reason}>
                  {t('alreadyUnassigned')}
                </span>
              )}
            </span>
          )}
          <a
            href={logPath}
            onClick={onHostLinkClick(navigate, logPath)}
            className={styles.link}
            aria-label={t('auditTrailOf', { contact })}
          >
            {t('auditTrail')}
          </a>
        </div>
      </td>
    </tr>
  );
});
