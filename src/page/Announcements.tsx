import { useI18n } from '../i18n/context';
import type { Told } from '../release/SingleRelease';
import { HOST_ROUTES } from '../routes';
import type { HostNavigation } from '../ui/host-link';
import { HostLink } from '../ui/HostLink';
import styles from './page.module.css';

/** What the page has to say about releases: successes in the status region, problems in an alert. */
export function Announcements(props: { told: Told | null; host: HostNavigation }) {
  const { told, host } = props;
  const { t } = useI18n();
  return (
    <div className={styles.announcements}>
      <div role="status" data-testid="status">
        {told?.success.length ? (
          <p className={styles.success}>
            {told.success.join(' ')}{' '}
            <HostLink host={host} route={HOST_ROUTES.handoffInbox}>
              {t('openHandoffInbox')}
            </HostLink>
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
