import { useI18n } from '../i18n/context';
import styles from './reload-notice.module.css';

/**
 * What the page says when a file of its own could not be fetched, even after retries (a new release
 * replaced it): what is missing, and a Reload that loads the console again, with the new release.
 * An alert when something the administrator asked for did not happen; a status otherwise.
 */
export function ReloadNotice({ message, role = 'alert' }: { message: string; role?: 'alert' | 'status' }) {
  const { t } = useI18n();
  return (
    <div role={role} className={styles.notice} data-testid="reload-notice">
      <p className={styles.text}>{message}</p>
      <button type="button" className={styles.reload} onClick={() => window.location.reload()}>
        {t('reload')}
      </button>
    </div>
  );
}
