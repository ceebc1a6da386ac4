import type { DispatcherFailure } from './api';
import type { Formatters } from './format';
import type { ListSnapshot } from './list-loader';
import styles from './page.module.css';
import type { Chip } from './view';

// The failure already says what happened (api.ts); only a refusal gets words about the list itself.
const describeFailure = (error: DispatcherFailure): string =>
  error.status === 403
    ? 'You are not allowed to list sessions (permission communications.access).'
    : error.message;

/** Loading, empty and error states of the list, and the notice about rows that could not be shown. */
export function ListNotices(props: { list: ListSnapshot; formatters: Formatters; onRetry: () => void }) {
  const { list, formatters, onRetry } = props;
  const rejected = list.page?.rejected ?? 0;
  return (
    <>
      {list.error && (
        <div role="alert" className={styles.error} data-testid="list-error">
          <p>
            {describeFailure(list.error)}{' '}
            {list.page
              ? 'The rows below are from the last successful load and may be out of date.'
              : 'No sessions could be loaded.'}
            {list.nextLoadAtMs !== null && ' It is tried again automatically.'}
          </p>
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

/** What the table body says while it has no rows: loading, or that there are none. */
export function ListPlaceholder({ list, chip }: { list: ListSnapshot; chip: Chip }) {
  if (!list.page) return list.loading ? <span className={styles.loading}>Loading sessions…</span> : null;
  if (list.page.rows.length > 0 || list.error) return null;
  return (
    <span className={styles.empty} data-testid="empty">
      {chip === 'with-agent'
        ? 'No sessions with an agent'
        : chip === 'stuck'
          ? 'No stuck sessions'
          : 'No active sessions'}
    </span>
  );
}
