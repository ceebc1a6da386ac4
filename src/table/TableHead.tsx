import { useLayoutEffect, useRef } from 'react';
import type { I18n } from '../i18n/translate';
import type { ColumnId, View } from '../list/view';
import type { ColumnDef } from './columns';
import type { TableChoice } from './SessionsTable';
import styles from './table.module.css';

/** The header row: the page's select-all box, a sort button per column announcing its sort, Actions. */
export function TableHead(props: {
  columns: readonly ColumnDef[];
  sort: View['sort'];
  onSort: (column: ColumnId) => void;
  choice: TableChoice | undefined;
  /** A row of the page can be released, so its box can be ticked. */
  canChoose: boolean;
  t: I18n['t'];
}) {
  const { columns: shown, sort, onSort, choice, canChoose, t } = props;
  return (
    <thead className={styles.head}>
      <tr className={styles.headRow} data-sort-label={t('sortBy')}>
        {choice && (
          <th scope="col" className={`${styles.headCell} ${styles.choiceHead}`}>
            <PageChoiceBox
              state={choice.page}
              disabled={!canChoose}
              label={t('selectPage')}
              onChange={choice.onTogglePage}
            />
          </th>
        )}
        {shown.map((column) => {
          const sorted = sort.column === column.id;
          return (
            <th
              key={column.id}
              scope="col"
              aria-sort={sorted ? sort.direction : 'none'}
              className={styles.headCell}
            >
              <button
                type="button"
                className={styles.sortButton}
                data-column={column.id}
                onClick={() => onSort(column.id)}
              >
                {t(column.header)}
                <span aria-hidden="true" className={styles.sortIcon}>
                  {sorted ? (sort.direction === 'ascending' ? '▲' : '▼') : '↕'}
                </span>
              </button>
            </th>
          );
        })}
        <th scope="col" className={`${styles.headCell} ${styles.actionsHead}`}>
          {t('actions')}
        </th>
      </tr>
    </thead>
  );
}

/** The page's select-all box: checked, unchecked or mixed (`indeterminate`, which only a property sets). */
function PageChoiceBox(props: {
  state: 'none' | 'some' | 'all';
  disabled: boolean;
  label: string;
  onChange: () => void;
}) {
  const { state, disabled, label, onChange } = props;
  const box = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (box.current) box.current.indeterminate = state === 'some';
  }, [state]);
  return (
    <input
      ref={box}
      type="checkbox"
      className={styles.choice}
      data-intent
      checked={state === 'all'}
      disabled={disabled}
      aria-label={label}
      onChange={onChange}
    />
  );
}
