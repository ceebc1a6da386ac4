import type { Clock } from './clock';
import { useNow } from './hooks';
import { describeDuration, formatDuration, isStuck, type SessionRow } from './model';
import styles from './table.module.css';

/** Time since the session opened, repainted by the page's one clock; marks stuck sessions in words. */
export function DurationCell(props: {
  row: SessionRow;
  clock: Clock;
  stuckAfterMinutes: number;
  locale?: string;
}) {
  const { row, clock, stuckAfterMinutes, locale } = props;
  const now = useNow(clock);
  const elapsed = now - row.startedAtMs;
  const stuck = isStuck(row, now, stuckAfterMinutes);
  return (
    <span className={styles.duration}>
      <span title={describeDuration(elapsed, locale)}>{formatDuration(elapsed)}</span>
      {stuck && (
        <span className={styles.stuck} title={`With an agent for over ${stuckAfterMinutes} minutes`}>
          Stuck
        </span>
      )}
    </span>
  );
}
