import { useId } from 'react';
import { useI18n } from '../i18n/context';
import type { Formatters } from '../session/format';
import type { ListSnapshot } from '../list/list-loader';
import styles from './page.module.css';
import { PAGE_SIZES, type PageSize } from '../list/view';

/** Cursor paging: where the user is in the total, previous / next, and the page size. */
export function Pager(props: {
  list: ListSnapshot;
  formatters: Formatters;
  pageSize: PageSize;
  onPageSize: (size: PageSize) => void;
  onPrevious: () => void;
  onNext: () => void;
}) {
  const { list, formatters, pageSize, onPageSize, onPrevious, onNext } = props;
  const sizeId = useId();
  const { t } = useI18n();
  const page = list.page;
  const first = list.pageIndex * pageSize + 1;
  const last = list.pageIndex * pageSize + (page?.rows.length ?? 0);
  // aria-disabled, not disabled: a refresh must not pull focus off a button the user is on.
  return (
    <nav className={styles.pager} aria-label={t('pages')}>
      {page && page.total !== null && page.rows.length > 0 && (
        <p className={styles.range}>
          {t('range', {
            first: formatters.number(first),
            last: formatters.number(last),
            total: formatters.number(page.total),
          })}
        </p>
      )}
      <button
        type="button"
        onClick={onPrevious}
        aria-disabled={list.pageIndex === 0 || list.loading || undefined}
      >
        {t('previousPage')}
      </button>
      <button type="button" onClick={onNext} aria-disabled={!page?.nextCursor || list.loading || undefined}>
        {t('nextPage')}
      </button>
      <label htmlFor={sizeId}>{t('rowsPerPage')}</label>
      <select
        id={sizeId}
        value={pageSize}
        onChange={(event) => onPageSize(Number(event.target.value) as PageSize)}
      >
        {PAGE_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
    </nav>
  );
}
