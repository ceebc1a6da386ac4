// The agents at a glance: each agent holding WITH_AGENT sessions, with how many, how many are stuck
// and how long they have had the oldest, as the dispatcher counts them (never from the rows of one
// page). Heaviest first; any column sorts. Choosing an agent filters the list to their sessions, and
// "Select all N" chooses every one of them for a bulk release.
import { useId, useMemo, useState } from 'react';
import type { NamedRef } from '../contract/dispatcher-api';
import type { ClientServices } from '../dispatcher/client-services';
import { SELECT_MATCHING_MAX } from '../bulk/select-matching';
import type { Selection } from '../bulk/selection';
import { useSelectAllMatching } from '../bulk/use-select-all-matching';
import { useI18n } from '../i18n/context';
import type { ListSnapshot } from '../list/list-loader';
import type { ListQuery } from '../list/query';
import type { View } from '../list/view';
import type { Formatters } from '../session/format';
import type { Clock } from '../table/clock';
import { AgentRow } from './AgentRow';
import { AgentsHead } from './AgentsHead';
import styles from './agents.module.css';
import { HEAVIEST_FIRST, sortLoads } from './sort';
import { useWorkload } from './use-workload';

/** Agents shown before "Show all": the panel stays compact on a tenant with many. */
export const COMPACT_AGENTS = 10;

export interface AgentsPanelProps {
  services: ClientServices;
  view: View;
  /** The list's query: "Select all" chooses what it matches across pages. */
  query: ListQuery;
  list: ListSnapshot;
  selection: Selection;
  /** The page's clock, on the dispatcher's time. */
  clock: Clock;
  formatters: Formatters;
  stuckAfterMinutes: number;
  /** Filters the list to the agent's sessions; null: every agent's again. */
  onChoose: (agent: NamedRef | null) => void;
}

export function AgentsPanel(props: AgentsPanelProps) {
  const { services, view, query, list, selection, clock, formatters, stuckAfterMinutes, onChoose } = props;
  const { t } = useI18n();
  const headingId = useId();
  const q = view.q.trim();
  const workloadQuery = useMemo(
    () => ({ channel: view.channels, ...(q ? { q } : {}), stuckAfterMinutes }),
    [view.channels, q, stuckAfterMinutes],
  );
  const { workload, missing, busy } = useWorkload(services, workloadQuery, list.changedAtMs);
  const [sort, setSort] = useState(HEAVIEST_FIRST);
  const [expanded, setExpanded] = useState(false);
  const { selecting, selectAllMatching } = useSelectAllMatching(services, query, list, selection);
  const sorted = useMemo(() => sortLoads(workload?.agents ?? [], sort), [workload, sort]);
  if (missing || sorted.length === 0) return null;

  // The agent the list is filtered by stays in view, however far down the order they are.
  const compact = sorted.slice(0, COMPACT_AGENTS);
  const chosen = sorted.find((load) => load.agent.id === view.agent);
  const visible = expanded ? sorted : chosen && !compact.includes(chosen) ? [...compact, chosen] : compact;

  return (
    <section className={styles.panel} aria-labelledby={headingId} aria-busy={busy} data-testid="agents-panel">
      <h2 id={headingId} className={styles.heading}>
        {t('agentsHeading')}
      </h2>
      <table className={styles.table}>
        <AgentsHead sort={sort} onSort={setSort} />
        <tbody>
          {visible.map((load) => {
            const isChosen = load === chosen;
            // What the list shows of this agent, and so what "Select all" takes: the Stuck view, their stuck ones.
            const count = view.chip === 'stuck' ? load.stuck : load.sessions;
            const offered = isChosen && count > 0 && count <= SELECT_MATCHING_MAX && !selection.allMatching;
            return (
              <AgentRow
                key={load.agent.id}
                load={load}
                chosen={isChosen}
                clock={clock}
                formatters={formatters}
                onChoose={onChoose}
                selectAll={offered ? count : null}
                selecting={selecting}
                onSelectAll={() => void selectAllMatching()}
              />
            );
          })}
        </tbody>
      </table>
      {sorted.length > COMPACT_AGENTS && (
        <button type="button" className={styles.more} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('showFewerAgents') : t('showAllAgents', { count: sorted.length })}
        </button>
      )}
    </section>
  );
}
