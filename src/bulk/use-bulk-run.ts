// The page's bulk run as React reads it: the registry's run and its progress, kept going when the page is left.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { ClientServices } from '../dispatcher/client-services';
import type { SessionListLoader } from '../list/list-loader';
import type { SessionRow } from '../session/row';
import { useWhileMounted } from '../store/use-while-mounted';
import type { BulkSnapshot } from './bulk-release';
import { type BulkRuns, makeBulkRuns } from './bulk-runs';
import { NO_RUN } from './no-run';

/**
 * The run of the host client's registry (one still going or finished when the page came back), its
 * snapshot, and whether the page was left while it was sending; once it is done, the list shows what
 * became of each session.
 */
export function useBulkRun(
  services: ClientServices,
  loader: SessionListLoader,
  isStuckNow: (row: SessionRow) => boolean,
) {
  const runs = services.once(makeBulkRuns);
  const { run, left } = useSyncExternalStore(runs.subscribe, runs.getSnapshot);
  const store = run ?? NO_RUN;
  const snapshot: BulkSnapshot | null = useSyncExternalStore(store.subscribe, store.getSnapshot);

  // Leaving the page sends nothing new; what is on its way finishes, and is told on return.
  useWhileMounted(
    runs,
    () => undefined,
    () => runs.leave(),
  );

  // Once a run is done: the list shows what became of each session (released ones as Unassigned).
  const toldDone = useRef<BulkSnapshot | null>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per finished run, by the rule of that moment
  useEffect(() => {
    if (!snapshot?.done || toldDone.current === snapshot) return;
    toldDone.current = snapshot;
    const shown = new Map((loader.getSnapshot().page?.rows ?? []).map((row) => [row.id, row]));
    for (const item of snapshot.items) {
      const was = shown.get(item.session.id);
      if (item.row) loader.patchRow(item.row, was && isStuckNow(was) ? -1 : 0);
    }
    loader.refresh();
  }, [snapshot, loader]);

  return { runs, run, left, snapshot };
}

/** Another action replaces the outcome of a finished run on the page (a running one stays in view). */
export function useOutcomeMakesWay(runs: BulkRuns, otherAction: number) {
  const seenAction = useRef(otherAction);
  useEffect(() => {
    if (seenAction.current === otherAction) return;
    seenAction.current = otherAction;
    runs.dismiss();
  }, [otherAction, runs]);
}
