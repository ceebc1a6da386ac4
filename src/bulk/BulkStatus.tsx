import { ExportOutcome } from '../export/ExportOutcome';
import { useI18n } from '../i18n/context';
import type { Formatters } from '../session/format';
import { bulkItemText, bulkStatusText } from './bulk-messages';
import type { BulkRelease, BulkSnapshot } from './bulk-release';
import styles from './bulk.module.css';

/**
 * A run's progress and outcome on the page, read out as they change (the region stays, so its first
 * words are read too), with what can be done next: retry the failed ones, send the ones a Stop or
 * leaving the page kept back (their keys and the note as before), see the details, export them as CSV,
 * or dismiss it.
 */
export function BulkStatus(props: {
  snapshot: BulkSnapshot | null;
  run: BulkRelease | null;
  /** The page was left while the run was sending. */
  left: boolean;
  dialogOpen: boolean;
  onShowDetails: (trigger: HTMLElement) => void;
  onDismiss: () => void;
  formatters: Formatters;
}) {
  const { snapshot, run, left, dialogOpen, onShowDetails, onDismiss, formatters } = props;
  const { t } = useI18n();
  const notSent = snapshot?.counts['not-sent'] ?? 0;
  return (
    <div aria-live="polite">
      {snapshot && (
        <p className={styles.status} data-testid="bulk-status">
          {left && snapshot.done ? `${t('bulkLeft')} ` : ''}
          {bulkStatusText(snapshot, t)}
          {snapshot.done && !dialogOpen && (
            <span className={styles.statusActions}>
              {notSent > 0 && (
                <button type="button" onClick={() => run?.sendRest()}>
                  {t('bulkSendRest', { count: notSent })}
                </button>
              )}
              {snapshot.retryable > 0 && (
                <button type="button" onClick={() => run?.retryFailed()}>
                  {t('retryFailed')}
                </button>
              )}
              <button type="button" onClick={(event) => onShowDetails(event.currentTarget)}>
                {t('showDetails')}
              </button>
              <ExportOutcome
                formatters={formatters}
                lines={() => snapshot.items.map((item) => ({ item, text: bulkItemText(item, t) }))}
              />
              <button type="button" onClick={onDismiss}>
                {t('dismiss')}
              </button>
            </span>
          )}
        </p>
      )}
    </div>
  );
}
