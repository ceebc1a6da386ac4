import type { Formatters } from './format';
import { explainListFailure } from './failure-text';
import type { ListSnapshot } from './list-loader';
import styles from './page.module.css';
import type { Chip } from './view';

/** Loading, empty and error states of the list, and the notice about rows that could not be shown. */
export function ListNotices(props: { list: ListSnapshot; formatters: Formatters; onRetry: () => void }) {
  const { list, formatters, onRetry } = props;
  const rejected = list.page?.rejected ?? 0;
  const explained =
    list.error &&
    explainListFailure(list.error, { stale: list.page !== null, retrying: list.nextLoadAtMs !== null });
  return (
    <>
      {explained && (
        <div role="alert" className={styles.error} data-testid="list-error">
          <div className={styles.errorText}>
            <p>{explained.message}</p>
            <p className={styles.detail}>Details: {explained.detail}</p>
          </div>
          <button type="button" onClick={onRetry}>
            Retry
          </button>
        </div>
      )}
      {rejected > 0 && (
        <p className={styles.notice} role="note" data-testid="rejected-notice">
          {formatters.number(rejected)} {rejected === 1 ? 'session' : 'sessions'} of this page could not be
          shown because the dispatcher sent incomplete or invalid data.
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
  if (!list.page) return list.loading ? <span className={styles.loading}>Loading sessions…</span> : null;
  if (list.page.rows.length > 0 || list.error) return null;
  const query = search.trim();
  if (query) {
    return (
      <span className={styles.empty} data-testid="empty">
        <span className={styles.emptyText}>
          {chip === 'with-agent'
            ? `No sessions with an agent match “${query}”.`
            : `No active sessions match “${query}”.`}
        </span>
        <button type="button" className={styles.clearSearch} onClick={onClearSearch}>
          Clear search
        </button>
      </span>
    );
  }
  return (
    <span className={styles.empty} data-testid="empty">
      {chip === 'with-agent' ? 'No sessions with an agent' : 'No active sessions'}
    </span>
  );
}
