// The narrower filters: in All, which of the five states to show; in every view, one channel; and one
// action that takes them away, the agent's filter with them. The dispatcher applies them (items, total
// and counts), and the URL keeps them.
import { ACTIVE_STATES, type ActiveState, CHANNELS, type StateCounts } from '../contract/dispatcher-api';
import { useI18n } from '../i18n/context';
import { subsetOf, type View } from '../list/view';
import type { Formatters } from '../session/format';
import styles from './page.module.css';

/** The view without the narrower filters and the agent's: every state, every channel, every agent. */
export function withoutFilters(view: View): View {
  return { ...view, states: [], channels: [], agent: '', page: 0 };
}

export function NarrowFilters(props: {
  view: View;
  setView: (next: View) => void;
  /** Matching sessions per state, from the dispatcher. */
  counts: StateCounts | null;
  formatters: Formatters;
}) {
  const { view, setView, counts, formatters } = props;
  const { t } = useI18n();
  // No choice is every state: each box is ticked, and taking one away leaves the other four.
  const shown = view.states.length ? view.states : ACTIVE_STATES;
  const toggle = (state: ActiveState) => {
    const next = shown.includes(state) ? shown.filter((s) => s !== state) : [...shown, state];
    setView({ ...view, states: subsetOf(ACTIVE_STATES, next), page: 0 });
  };
  const narrowed = view.states.length > 0 || view.channels.length > 0 || view.agent !== '';
  return (
    <div className={styles.filters}>
      {view.chip === 'all' && (
        <fieldset className={styles.states} data-testid="state-filter">
          <legend className={styles.visuallyHidden}>{t('statesShown')}</legend>
          {ACTIVE_STATES.map((state) => (
            <label key={state} className={styles.stateOption}>
              <input
                type="checkbox"
                checked={shown.includes(state)}
                // The last state shown stays: none would mean every one.
                disabled={shown.length === 1 && shown[0] === state}
                onChange={() => toggle(state)}
              />
              {t(state)}
              {counts && <span className={styles.count}> {formatters.number(counts[state])}</span>}
            </label>
          ))}
        </fieldset>
      )}
      <label className={styles.channel}>
        <span className={styles.visuallyHidden}>{t('colChannel')}</span>
        <select
          value={view.channels.length === 1 ? view.channels[0] : ''}
          onChange={(event) => {
            const channels = subsetOf(CHANNELS, [event.currentTarget.value]);
            setView({ ...view, channels, page: 0 });
          }}
        >
          <option value="">{t('allChannels')}</option>
          {CHANNELS.map((channel) => (
            <option key={channel} value={channel}>
              {t(channel)}
            </option>
          ))}
        </select>
      </label>
      {narrowed && (
        <button type="button" className={styles.resetFilters} onClick={() => setView(withoutFilters(view))}>
          {t('resetFilters')}
        </button>
      )}
    </div>
  );
}
