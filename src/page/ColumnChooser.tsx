import { useEffect, useRef } from 'react';
import { useI18n } from '../i18n/context';
import { COLUMN_IDS, type ColumnId } from '../list/view';
import { COLUMNS } from '../table/columns';
import styles from './page.module.css';

/** Which columns are shown; at least one stays. Closes on Escape and on a click elsewhere. */
export function ColumnChooser(props: {
  columns: readonly ColumnId[];
  onChange: (columns: ColumnId[]) => void;
}) {
  const { columns, onChange } = props;
  const { t } = useI18n();
  const details = useRef<HTMLDetailsElement>(null);
  const summary = useRef<HTMLElement>(null);
  // Listening for the page's life rather than from the toggle event on, which browsers (and React
  // versions) deliver at different times: the handlers look at whether the menu is open.
  useEffect(() => {
    const menu = details.current;
    if (!menu) return;
    const doc = menu.ownerDocument;
    const close = (returnFocus: boolean) => {
      menu.open = false;
      if (returnFocus) summary.current?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || !menu.open) return;
      event.preventDefault();
      close(true);
    };
    // After the click has moved focus: it goes back to the button only if it would otherwise be lost.
    const onClick = (event: MouseEvent) => {
      if (!menu.open || menu.contains(event.target as Node)) return;
      const focus = doc.activeElement;
      close(!focus || focus === doc.body || menu.contains(focus));
    };
    doc.addEventListener('keydown', onKey);
    doc.addEventListener('click', onClick);
    return () => {
      doc.removeEventListener('keydown', onKey);
      doc.removeEventListener('click', onClick);
    };
  }, []);
  return (
    <details ref={details} className={styles.columns}>
      <summary ref={summary} className={styles.columnsButton}>
        {t('columns')}
      </summary>
      <fieldset className={styles.columnsMenu}>
        <legend className={styles.visuallyHidden}>{t('visibleColumns')}</legend>
        {COLUMN_IDS.map((id) => {
          const checked = columns.includes(id);
          const header = COLUMNS.find((column) => column.id === id)?.header;
          return (
            <label key={id} className={styles.columnOption}>
              <input
                type="checkbox"
                checked={checked}
                disabled={checked && columns.length === 1}
                onChange={() => onChange(checked ? columns.filter((c) => c !== id) : [...columns, id])}
              />
              {header ? t(header) : id}
            </label>
          );
        })}
      </fieldset>
    </details>
  );
}
