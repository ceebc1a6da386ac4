import type { I18n } from '../i18n/translate';
import type { SessionRow } from '../session/row';
import type { Clock } from './clock';
import { StateBadge } from './StateBadge';
import { StuckMarker } from './StuckMarker';
import styles from './table.module.css';

/**
 * The session's state as a badge; with an agent, who (or Unassigned) and whether it is stuck, so the
 * session an administrator looks for is told without turning a column on. Beside the badge on one
 * line, or below it where rows take two lines. The Stuck marker sits beside the time it is about (In
 * state for), and here only while that column is hidden.
 */
export function StateCell(props: {
  row: SessionRow;
  clock: Clock;
  i18n: I18n;
  stuckAfterMinutes: number;
  /** Whether the Stuck marker is here (the In state for column, its own place, is hidden). */
  marked: boolean;
}) {
  const { row, i18n, marked, ...marker } = props;
  return (
    <span className={styles.stateCell}>
      <StateBadge state={row.state} />
      <span className={styles.holderLine}>
        {row.state === 'WITH_AGENT' &&
          (row.agent ? (
            <span className={styles.holder} title={row.agent.name}>
              {row.agent.name}
            </span>
          ) : (
            <em className={styles.unassigned}>{i18n.t('unassigned')}</em>
          ))}
        {marked && <StuckMarker row={row} i18n={i18n} {...marker} />}
      </span>
    </span>
  );
}
