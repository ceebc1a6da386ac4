import { useEffect, useState } from 'react';
import { useI18n } from '../i18n/context';
import styles from './page.module.css';

/** "Updated N seconds ago"; its own coarse timer, so it never repaints the table. */
function UpdatedAgo({ updatedAtMs }: { updatedAtMs: number }) {
  const { t, ago } = useI18n();
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);
  const seconds = Math.max(0, Math.round((now - updatedAtMs) / 1000));
  return <span>{seconds < 5 ? t('updatedJustNow') : t('updatedAgo', { ago: ago(seconds) })}</span>;
}

/**
 * How fresh the list is, and whether auto-refresh is paused: said in words (and announced), beside
 * the toggle that is named for what it does.
 */
export function RefreshStatus(props: { updatedAtMs: number | null; loading: boolean; autoRefresh: boolean }) {
  const { updatedAtMs, loading, autoRefresh } = props;
  const { t } = useI18n();
  return (
    <p className={styles.updated}>
      <span aria-live="polite" className={styles.paused} data-testid="auto-refresh-state">
        {autoRefresh ? '' : t('paused')}
      </span>
      {loading ? t('loading') : updatedAtMs !== null ? <UpdatedAgo updatedAtMs={updatedAtMs} /> : null}
    </p>
  );
}

/** Refresh now, and pause or resume the 30-second auto-refresh ("Pause auto-refresh", then "Resume auto-refresh"). */
export function RefreshControls(props: {
  loading: boolean;
  autoRefresh: boolean;
  onRefresh: () => void;
  onAutoRefresh: (on: boolean) => void;
}) {
  const { loading, autoRefresh, onRefresh, onAutoRefresh } = props;
  const { t } = useI18n();
  return (
    <div className={styles.refresh}>
      <button type="button" onClick={onRefresh} aria-disabled={loading || undefined}>
        {t('refresh')}
      </button>
      <button type="button" onClick={() => onAutoRefresh(!autoRefresh)}>
        {t(autoRefresh ? 'pause' : 'resume')}
      </button>
    </div>
  );
}
