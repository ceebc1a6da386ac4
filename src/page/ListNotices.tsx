import { useI18n } from '../i18n/context';
import { explainListFailure } from '../dispatcher/failure-text';
import type { ListSnapshot } from '../list/list-loader';
import styles from './page.module.css';
import type { Chip } from '../list/view';

/** Loading, empty and error states of the list, and the notice about rows that could not be shown. */
export function ListNotices(props: { list: ListSnapshot; onRetry: () => void }) {
  const { list, onRetry } = props;
  const { t } = useI18n();
  const rejected = list.page?.rejected ?? 0;
  const explained =
    list.error &&
    explainListFailure(list.error, { stale: list.page !== null, retrying: list.nextLoadAtMs !== null }, t);
  return (
    <>
      {explained && (
        <div role="alert" className={styles.error} data-testid="list-error">
          <div>
            <p>{explained.message}</p>
            <p className={styles.detail}>{t('details', { detail: explained.detail })}</p>
          </div>
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      )}
      {rejected > 0 && (
        <p className={styles.notice} role="note" data-testid="rejected-notice">
          {t('rejected', { count: rejected })}
        </p>
      )}
    </>
  );
}

/** What the table body says while it has no rows: loading, that there are none, or none for the search. */
export function ListPlaceholder(props: {
  list: ListSnapshot;
  chip: Chip;
  search: string;
  onClearSearch: () => void;
}) {
  const { list, chip, search, onClearSearch } = props;
  const { t } = useI18n();
  if (!list.page) return list.loading ? <span className={styles.loading}>{t('loadingSessions')}</span> : null;
  if (list.page.rows.length > 0 || list.error) return null;
  const query = search.trim();
  if (query) {
    return (
      <span className={styles.empty} data-testid="empty">
        <span>
          {t(
            chip === 'with-agent' ? 'noMatchWithAgent' : chip === 'stuck' ? 'noMatchStuck' : 'noMatchActive',
            {
              query,
            },
          )}
        </span>
        <button type="button" className={styles.clearSearch} onClick={onClearSearch}>
          {t('clearSearch')}
        </button>
      </span>
    );
  }
  return (
    <span className={styles.empty} data-testid="empty">
      {t(chip === 'with-agent' ? 'noneWithAgent' : chip === 'stuck' ? 'noneStuck' : 'noneActive')}
    </span>
  );
}
