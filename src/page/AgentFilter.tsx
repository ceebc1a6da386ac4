import { useI18n } from '../i18n/context';
import styles from './page.module.css';

/** The agent the list is filtered by, and the way back to every agent. */
export function AgentFilter({ agent, onClear }: { agent: string; onClear: () => void }) {
  const { t } = useI18n();
  return (
    <button
      type="button"
      className={styles.agentFilter}
      aria-label={`${t('agentFilter', { agent })}. ${t('clearAgentFilter')}`}
      onClick={onClear}
    >
      {t('agentFilter', { agent })}
      <span aria-hidden="true"> ×</span>
    </button>
  );
}
