import { useMemo, useRef } from 'react';
import { COLUMNS } from './columns';
import { SessionRowView } from './SessionRowView';
import { TableHead } from './TableHead';
import { useFirstScreenful } from './first-screenful';
import { useFitLayout } from './fit-layout';
import { canRelease } from '../session/rules';
import styles from './table.module.css';
import type { TableProps } from './table-props';

export type { TableChoice } from './table-props';

/**
 * The sessions as one table: sortable headers announce their sort state, each row has its actions.
 * The table stays in the document while a new sort or filter loads, so the focused header keeps focus.
 * Where it does not fit the host's column, the same table is laid out as cards (see fit-layout.ts).
 */
export function SessionsTable(props: TableProps) {
  const {
    rows,
    columns,
    sort,
    onSort,
    context,
    onRelease,
    host,
    stale,
    busy,
    placeholder,
    choice,
    onIntent,
    changed,
  } = props;
  const intent = (event: { target: EventTarget }) => {
    if (onIntent && event.target instanceof Element && event.target.closest('[data-intent]')) onIntent();
  };
  // The same array until the user picks other columns: a new one would make every memoised row render.
  const shown = useMemo(() => COLUMNS.filter((column) => columns.includes(column.id)), [columns]);
  const { t } = context.i18n;
  const scroller = useRef<HTMLElement>(null);
  const table = useRef<HTMLTableElement>(null);
  useFitLayout(scroller, table);
  // The rows on screen first, those below the fold after the browser has painted them.
  const body = useRef<HTMLTableSectionElement>(null);
  const { rendered, pending } = useFirstScreenful(rows, body);
  // A scroll container, so a narrow host column scrolls the table instead of cutting it off; keyboard
  // users scroll it too, hence the tab stop (WCAG 2.1.1, axe's scrollable-region-focusable).
  return (
    <section
      ref={scroller}
      className={styles.scroller}
      data-region="sessions"
      aria-label={t('sessions')}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
      tabIndex={0}
      onPointerOver={intent}
      onFocus={intent}
    >
      <table
        ref={table}
        className={`${styles.table} ${stale ? styles.stale : ''}`}
        aria-busy={busy || pending}
        data-testid="sessions-table"
      >
        <caption className={stale ? styles.staleCaption : styles.caption}>
          {t(stale ? 'captionStale' : 'caption')}
        </caption>
        <TableHead
          columns={shown}
          sort={sort}
          onSort={onSort}
          choice={choice}
          canChoose={rows.some(canRelease)}
          t={t}
        />
        <tbody ref={body} className={styles.body}>
          {rows.length === 0 && placeholder && (
            <tr className={styles.placeholderRow}>
              <td colSpan={shown.length + (choice ? 2 : 1)} className={styles.placeholder}>
                {placeholder}
              </td>
            </tr>
          )}
          {rendered.map((row) => (
            <SessionRowView
              key={row.id}
              row={row}
              columns={shown}
              context={context}
              onRelease={onRelease}
              host={host}
              chosen={choice ? choice.chosen.has(row.id) : undefined}
              changed={changed?.has(row.id) === true}
              onChoose={choice?.onToggle}
            />
          ))}
        </tbody>
      </table>
    </section>
  );
}
