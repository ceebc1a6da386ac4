import { memo } from 'react';
import { conversationLogPath } from '../routes';
import { contactLabel } from '../session/display';
import { canRelease, isAlreadyUnassigned } from '../session/rules';
import { HostLink } from '../ui/HostLink';
import { HistoryMark } from './HistoryMark';
import type { RowProps } from './table-props';
import styles from './table.module.css';

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
