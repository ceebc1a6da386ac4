import type { I18n } from '../i18n/translate';
import type { SessionRow } from '../session/row';
import type { Clock } from './clock';
import { StateBadge } from './StateBadge';
import { StuckMarker } from './StuckMarker';
import styles from './table.module.css';

/**
 * The session's state as a badge; with an agent, who (or Unassigned) and whether it is stuck, so the
 * session an administrator looks for is told without turning a column on.
 */
export function StateCell(props: { row: SessionRow; clock: Clock; i18n: I18n; stuckAfterMinutes: number }) {
  const { row, i18n } = props;
  return (
    <span className={styles.stateCell}>
      <StateBadge state={row.state} />
      {row.state === 'WITH_AGENT' &&
        (row.agent ? (
          <span className={styles.holder} title={row.agent.name}>
            {row.agent.name}
          </span>
        ) : (
          <em className={styles.unassigned}>{i18n.t('unassigned')}</em>
        ))}
      <StuckMarker {...props} />
    </span>
  );
}
