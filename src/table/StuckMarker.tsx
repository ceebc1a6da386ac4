import { useSyncExternalStore } from 'react';
import type { I18n } from '../i18n/translate';
import type { SessionRow } from '../session/row';
import { heldSince, isStuck } from '../session/rules';
import type { Clock } from './clock';
import styles from './table.module.css';

const HINTS = { assignment: 'stuckHint', state: 'stuckHintState', start: 'stuckHintStart' } as const;

/**
 * "Stuck", in words, on a session its agent has had longer than the threshold; its hint says what the
 * time was counted from. React renders again only when the marker comes or goes, not every tick.
 */
export function StuckMarker(props: { row: SessionRow; clock: Clock; i18n: I18n; stuckAfterMinutes: number }) {
  const { row, clock, i18n, stuckAfterMinutes } = props;
  const stuck = useSyncExternalStore(clock.subscribe, () => isStuck(row, clock.now(), stuckAfterMinutes));
  if (!stuck) return null;
  const hint = i18n.t(HINTS[heldSince(row).from], { count: stuckAfterMinutes, agent: row.agent?.name ?? '' });
  return (
    <span className={styles.stuck} title={hint}>
      {i18n.t('stuck')}
      <span className={styles.visuallyHidden}>: {hint}</span>
    </span>
  );
}
