import { useI18n } from '../i18n/context';
import type { Told } from '../release/SingleRelease';
import { HOST_ROUTES } from '../routes';
import { onHostLinkClick } from '../ui/host-link';
import styles from './page.module.css';

/** What the page has to say about releases: successes in the status region, problems in an alert. */
export function Announcements(props: { told: Told | null; navigate: (path: string) => void }) {
  const { told, navigate } = props;
  const { t } = useI18n();
  return (
    <div className={styles.announcements}>
      <div role="status" data-testid="status">
        {told?.success.length ? (
          <p className={styles.success}>
            {told.success.join(' ')}{' '}
            <a href={HOST_ROUTES.handoffInbox} onClick={onHostLinkClick(navigate, HOST_ROUTES.handoffInbox)}>
              {t('openHandoffInbox')}
            </a>
          </p>
        ) : null}
      </div>
      <div role="alert">
        {told?.problems.map(({ text, detail }) => (
          <div key={text} className={styles.problem}>
            <p>{text}</p>
            {detail && <p className={styles.detail}>{t('details', { detail })}</p>}
          </div>
        ))}
      </div>
    </div>
  );
}
