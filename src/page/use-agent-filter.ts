// An agent's name in the Agent column, or in the agents' panel, shows only that agent's sessions; the
// filter says whose.
import { useCallback, useRef, useState } from 'react';
import type { NamedRef } from '../contract/dispatcher-api';
import { type View, withChip } from '../list/view';
import type { SessionRow } from '../session/row';

export function useAgentFilter(view: View, setView: (next: View) => void, rows: readonly SessionRow[]) {
  // The view is read from a ref, so the rows' context stays the same object while the view changes.
  const viewRef = useRef(view);
  viewRef.current = view;
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const onAgent = useCallback(
    (agent: NamedRef) => {
      setNames((known) => new Map(known).set(agent.id, agent.name));
      setView({ ...viewRef.current, agent: agent.id, page: 0 });
    },
    [setView],
  );
  // From the panel, whose numbers are WITH_AGENT sessions: All gives way to With agent, so the list
  // shows the sessions it counted (a set of states without WITH_AGENT would show none); null: every agent.
  const onChooseAgent = useCallback(
    (agent: NamedRef | null) => {
      const current = viewRef.current;
      if (!agent) return setView({ ...current, agent: '', page: 0 });
      setNames((known) => new Map(known).set(agent.id, agent.name));
      const base = current.chip === 'all' ? withChip(current, 'with-agent') : current;
      setView({ ...base, agent: agent.id, page: 0 });
    },
    [setView],
  );
  // The name as it was clicked, else as a row shows it, else the id from a link.
  const agentName =
    names.get(view.agent) ?? rows.find((row) => row.agent?.id === view.agent)?.agent?.name ?? view.agent;
  return { onAgent, onChooseAgent, agentName };
}
