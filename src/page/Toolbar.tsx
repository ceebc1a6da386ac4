// The controls above the table: chips, search, columns, refresh.
import { type RefObject, useEffect, useId, useRef, useState } from 'react';
import type { StateCounts } from '../contract/dispatcher-api';
import { useI18n } from '../i18n/context';
import type { MessageKey } from '../i18n/en';
import type { Formatters } from '../session/format';
import { useDebounced } from './use-debounced';
import styles from './page.module.css';
import type { Chip, ColumnId } from '../list/view';
import { COLUMN_IDS } from '../list/view';
import { COLUMNS } from '../table/columns';

const total = (counts: StateCounts) => Object.values(counts).reduce((sum, n) => sum + n, 0);

/** The spec's chips as toggle buttons, each with its count from the API. */
export function StateChips(props: {
  chip: Chip;
  counts: StateCounts | null;
  /** Stuck sessions, when the dispatcher counts them. */
  stuck: number | null;
  formatters: Formatters;
  onChange: (chip: Chip) => void;
}) {
  const { chip, counts, stuck, formatters, onChange } = props;
  const { t } = useI18n();
  const chips: Array<{ id: Chip; label: MessageKey; count: number | null }> = [
    { id: 'with-agent', label: 'chipWithAgent', count: counts ? counts.WITH_AGENT : null },
    { id: 'stuck', label: 'chipStuck', count: stuck },
    { id: 'all', label: 'chipAll', count: counts ? total(counts) : null },
  ];
  return (
    <fieldset className={styles.chips}>
      <legend className={styles.visuallyHidden}>{t('showSessions')}</legend>
      {chips.map(({ id, label, count }) => (
        <button
          key={id}
          type="button"
          aria-pressed={chip === id}
          className={styles.chip}
          onClick={() => onChange(id)}
        >
          {t(label)}
          {count !== null && <span className={styles.count}> {formatters.number(count)}</span>}
        </button>
      ))}
    </fieldset>
  );
}

/** Free-text search, sent to the server once typing pauses. */
export function SearchBox(props: {
  value: string;
  onSearch: (q: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { value, onSearch, inputRef } = props;
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const settled = useDebounced(text, 300);
  const id = useId();
  // Only a settled change of the text searches; the view's own value is not an input here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (settled !== value) onSearch(settled);
  }, [settled]);
  // The view's search changed from elsewhere (Clear search, Back and Forward): the box shows it.
  useEffect(() => {
    setText((current) => (current.trim() === value.trim() ? current : value));
  }, [value]);
  return (
    <div className={styles.search}>
      <label htmlFor={id}>{t('search')}</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={text}
        maxLength={200}
        placeholder={t('searchHint')}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}

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

/** The agent the list is filtered by, and the way back to every agent. */
export function AgentFilter({ agent, onClear }: { agent: string; onClear: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className={styles.agentFilter}
      aria-label={`${t('agentFilter', { agent })}. ${t('clearAgentFilter')}`}
      onClick={onClear}
    >
      {t('agentFilter', { agent })}
      <span aria-hidden="true"> ×</span>
    </button>
  );
}
