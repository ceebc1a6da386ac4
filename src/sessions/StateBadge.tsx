import type { ActiveState } from '../contract/dispatcher-api';
import styles from './StateBadge.module.css';
import { STATE_BADGES } from './states';

/** The state as a coloured badge whose text names it, so colour is never the only signal. */
export function StateBadge({ state }: { state: ActiveState }) {
  const badge = STATE_BADGES[state];
  return (
    <span className={`${styles.badge} ${styles[badge.tone]}`} title={badge.description} data-state={state}>
      {badge.label}
    </span>
  );
}
