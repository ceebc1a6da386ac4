import { useI18n } from '../i18n/context';
import { bulkStatusText } from './bulk-messages';
import type { BulkSnapshot } from './bulk-release';
import styles from './bulk.module.css';

/** A run's progress and outcome on the page, read out as they change (the region stays, so its first words are read too). */
export function BulkStatus(props: {
  snapshot: BulkSnapshot | null;
  /** The page was left while the run was sending. */
  left: boolean;
  dialogOpen: boolean;
  onShowDetails: (trigger: HTMLElement) => void;
  onDismiss: () => void;
}) {
  const { snapshot, left, dialogOpen, onShowDetails, onDismiss } = props;
  const { t } = useI18n();
  return (
    <div aria-live="polite">
      {snapshot && (
        <p className={styles.status} data-testid="bulk-status">
          {left && snapshot.done ? `${t('bulkLeft')} ` : ''}
          {bulkStatusText(snapshot, t)}
          {snapshot.done && !dialogOpen && (
            <>
              {' '}
              <button type="button" onClick={(event) => onShowDetails(event.currentTarget)}>
                {t('showDetails')}
              </button>{' '}
              <button type="button" onClick={onDismiss}>
                {t('dismiss')}
              </button>
            </>
          )}
        </p>
      )}
    </div>
  );
}
