// One agent in the panel: their name (choosing them filters the list), their numbers, and Select all of theirs.
import type { NamedRef } from '../contract/dispatcher-api';
import type { AgentLoad } from '../dispatcher/workload';
import { useI18n } from '../i18n/context';
import type { Formatters } from '../session/format';
import type { Clock } from '../table/clock';
import { ElapsedTime } from '../table/ElapsedTime';
import styles from './agents.module.css';

export function AgentRow(props: {
  load: AgentLoad;
  /** The list is filtered by this agent. */
  chosen: boolean;
  clock: Clock;
  formatters: Formatters;
  onChoose: (agent: NamedRef | null) => void;
  /** How many of theirs "Select all" takes; null when it is not offered. */
  selectAll: number | null;
  /** Sessions are being fetched for a "Select all". */
  selecting: boolean;
  onSelectAll: () => void;
}) {
  const { load, chosen, clock, formatters, onChoose, selectAll, selecting, onSelectAll } = props;
  const { t, duration } = useI18n();
  return (
    <tr data-agent-id={load.agent.id}>
      <th scope="row">
        <button
          type="button"
          className={styles.agent}
          aria-pressed={chosen}
          aria-label={t('showAgent', { agent: load.agent.name })}
          onClick={() => onChoose(chosen ? null : load.agent)}
        >
          {load.agent.name}
        </button>
      </th>
      <td className={styles.number}>{formatters.number(load.sessions)}</td>
      <td className={load.stuck > 0 ? `${styles.number} ${styles.stuck}` : styles.number}>
        {formatters.number(load.stuck)}
      </td>
      <td className={styles.number}>
        <ElapsedTime sinceMs={load.oldestHeldMs} clock={clock} duration={duration} />
      </td>
      <td>
        {selectAll !== null && (
          <button
            type="button"
            className={styles.selectAll}
            aria-disabled={selecting || undefined}
            onClick={onSelectAll}
          >
            {t('selectAgentSessions', { count: selectAll })}
          </button>
        )}
      </td>
    </tr>
  );
}
