import { memo } from 'react';
import { conversationLogPath } from '../routes';
import { contactLabel } from '../session/display';
import type { SessionRow } from '../session/row';
import { canRelease, isAlreadyUnassigned } from '../session/rules';
import type { HostNavigation } from '../ui/host-link';
import { HostLink } from '../ui/HostLink';
import type { CellContext, COLUMNS } from './columns';
import styles from './table.module.css';

/** One session: a box to choose it, its cells, Release (WITH_AGENT rows) and its audit trail. */
interface RowProps {
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

/** A clock with an arrow turning back: the session's history. */
function HistoryMark() {
  return (
    <svg
      className={styles.historyMark}
      viewBox="0 0 16 16"
      width="16"
      height="16"
      aria-hidden="true"
      focusable="false"
    >
      <path
        d="M2.5 8a5.5 5.5 0 1 0 1.6-3.9M2.5 2.5v2.6h2.6M8 5v3.2l2.2 1.4"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export const SessionRowView = memo(function SessionRowView({
  row,
  columns,
  context,
  onRelease,
  host,
  chosen,
  onChoose,
  changed,
}: RowProps) {
  const { t } = context.i18n;
  const contact = contactLabel(row);
  const blocked = isAlreadyUnassigned(row);
  const reasonId = `release-reason-${row.id}`;
  const logPath = conversationLogPath(row.id);
  return (
    <tr
      className={styles.row}
      data-testid="session-row"
      data-session-id={row.id}
      data-changed={changed || undefined}
    >
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
          {/* Read out once for the whole refresh by the page, not per row. */}
          {changed && (
            <span className={styles.changedMark} aria-hidden="true">
              {t('rowChanged')}
            </span>
          )}
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
          {/* A history mark in the table (its words as a tooltip), the words themselves on a card. */}
          <HostLink
            host={host}
            route={logPath}
            className={styles.link}
            aria-label={t('auditTrailOf', { contact })}
            title={t('auditTrail')}
          >
            <HistoryMark />
            <span className={styles.linkText}>{t('auditTrail')}</span>
          </HostLink>
        </div>
      </td>
    </tr>
  );
});
