// The bulk dialog's buttons for each stage: Cancel and confirm, then Stop, then Retry failed and Close.
import { useI18n } from '../i18n/context';
import styles from '../ui/dialog.module.css';
import type { BulkRelease, BulkSnapshot } from './bulk-release';

export function BulkDialogButtons(props: {
  /** The run's progress; null before the release is confirmed. */
  snapshot: BulkSnapshot | null;
  run: BulkRelease | null;
  /** How many sessions the release is about, for the confirm button's words. */
  count: number;
  /** The notes are over their limit: confirming does nothing yet. */
  notesTooLong: boolean;
  /** Closes the dialog (Cancel before the start, Close after). */
  onClose: () => void;
}) {
  const { snapshot, run, count, notesTooLong, onClose } = props;
  const { t } = useI18n();
  return (
    <div className={styles.buttons}>
      {!snapshot && (
        <>
          <button type="button" className={styles.secondary} onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="submit" className={styles.primary} aria-disabled={notesTooLong || undefined}>
            {t('releaseSelected', { count })}
          </button>
        </>
      )}
      {snapshot && !snapshot.done && (
        <button
          type="button"
          className={styles.secondary}
          onClick={() => run?.stop()}
          disabled={snapshot.stopped !== null}
        >
          {t('stop')}
        </button>
      )}
      {snapshot?.done && snapshot.retryable > 0 && (
        <button type="button" className={styles.primary} onClick={() => run?.retryFailed()}>
          {t('retryFailed')}
        </button>
      )}
      {snapshot && (
        <button type="button" className={styles.secondary} onClick={onClose}>
          {t('close')}
        </button>
      )}
    </div>
  );
}
