// The agents' panel's column headers: each sorts the agents by its column, its arrow and aria-sort saying how.
import type { MessageKey } from '../contract/messages';
import { useI18n } from '../i18n/context';
import styles from './agents.module.css';
import { type AgentColumn, type AgentSort, nextAgentSort } from './sort';

const COLUMNS: Array<{ id: AgentColumn; label: MessageKey }> = [
  { id: 'agent', label: 'colAgent' },
  { id: 'sessions', label: 'sessions' },
  { id: 'stuck', label: 'chipStuck' },
  { id: 'longest', label: 'agentsLongest' },
];

export function AgentsHead(props: { sort: AgentSort; onSort: (sort: AgentSort) => void }) {
  const { sort, onSort } = props;
  const { t } = useI18n();
  return (
    <thead>
      <tr>
        {COLUMNS.map(({ id, label }) => (
          <th
            key={id}
            scope="col"
            className={id === 'agent' ? undefined : styles.number}
            aria-sort={sort.column === id ? sort.direction : 'none'}
          >
            <button
              type="button"
              className={styles.sortButton}
              onClick={() => onSort(nextAgentSort(sort, id))}
            >
              {t(label)}
              <span aria-hidden="true" className={styles.arrow}>
                {sort.column === id ? (sort.direction === 'ascending' ? '▲' : '▼') : ''}
              </span>
            </button>
          </th>
        ))}
        <th scope="col">
          <span className={styles.visuallyHidden}>{t('actions')}</span>
        </th>
      </tr>
    </thead>
  );
}
