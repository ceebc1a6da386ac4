// What the administrator has chosen for a bulk release, and what can be done with it.
import { useI18n } from '../i18n/context';
import styles from './bulk.module.css';
import { BULK_RELEASE_MAX } from './bulk-release';

export interface BulkBarProps {
  /** Sessions chosen. */
  count: number;
  /** Sessions matching the filter across all pages, when the dispatcher said. */
  matching: number | null;
  /** Every releasable session of the page is chosen: offer the rest of the filter. */
  pageChosen: boolean;
  /** The choice is every releasable session of the filter (select all matching): nothing more to offer. */
  allMatching: boolean;
  /** All matching sessions are being fetched. */
  selecting: boolean;
  /** A bulk release is sending: no second one until it is done. */
  running: boolean;
  onSelectAllMatching: () => void;
  onRelease: (trigger: HTMLButtonElement) => void;
  onClear: () => void;
}

export function BulkBar(props: BulkBarProps) {
  const {
    count,
    matching,
    pageChosen,
    allMatching,
    selecting,
    running,
    onSelectAllMatching,
    onRelease,
    onClear,
  } = props;
  const { t } = useI18n();
  const tooMany = count > BULK_RELEASE_MAX;
  const more = pageChosen && !allMatching && matching !== null && matching > count;
  // The matching count takes in sessions nobody can release (unassigned ones): say how many could be.
  const fewer = allMatching && matching !== null && matching > count;
  return (
    <div className={styles.bar} data-testid="bulk-bar">
      <span className={styles.count}>{t('selected', { count })}</span>
      {fewer && <span className={styles.limit}>{t('allMatchingChosen', { count, matching })}</span>}
      {more &&
        (matching > BULK_RELEASE_MAX ? (
          <span className={styles.limit}>
            {t('tooManyMatching', { count: matching, max: BULK_RELEASE_MAX })}
          </span>
        ) : (
          <button
            type="button"
            className={styles.secondary}
            onClick={onSelectAllMatching}
            aria-disabled={selecting || undefined}
          >
            {t(selecting ? 'selectingAllMatching' : 'selectAllMatching', { count: matching })}
          </button>
        ))}
      {tooMany && <span className={styles.limit}>{t('bulkTooMany', { count, max: BULK_RELEASE_MAX })}</span>}
      <button
        type="button"
        className={styles.primary}
        aria-disabled={tooMany || running || undefined}
        onClick={(event) => !tooMany && !running && onRelease(event.currentTarget)}
      >
        {t('releaseSelected', { count })}
      </button>
      <button type="button" className={styles.secondary} onClick={onClear}>
        {t('clearSelection')}
      </button>
    </div>
  );
}
