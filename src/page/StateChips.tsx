import type { StateCounts } from '../contract/dispatcher-api';
import type { MessageKey } from '../contract/messages';
import { useI18n } from '../i18n/context';
import type { Chip } from '../list/view';
import type { Formatters } from '../session/format';
import styles from './page.module.css';

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
