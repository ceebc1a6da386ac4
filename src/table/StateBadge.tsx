import type { ActiveState } from '../contract/dispatcher-api';
import { useI18n } from '../i18n/context';
import styles from './StateBadge.module.css';
import { STATE_TONES } from './states';

/** The state as a coloured badge whose text names it, so colour is never the only signal. */
export function StateBadge({ state }: { state: ActiveState }) {
  const { t } = useI18n();
  return (
    <span className={`${styles.badge} ${styles[STATE_TONES[state]]}`} data-state={state}>
      {t(state)}
    </span>
  );
}
