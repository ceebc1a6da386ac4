// The bulk release on the page: the choice of sessions, the bar, the dialog and what the status
// region says, wired to the registry that keeps a run going when the page is left.
import { type ReactNode, useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../../i18n/context';
import type { SessionsApi } from '../api';
import type { Formatters } from '../format';
import { useWhileMounted } from '../hooks';
import { lazyModule, useLazyModule } from '../lazy-module';
import type { ListSnapshot, SessionListLoader } from '../list-loader';
import type { TableChoice } from '../SessionsTable';
import type { ListQuery } from '../view';
import { BulkBar } from './BulkBar';
import { bulkRefusalMessage, bulkStatusText } from './bulk-messages';
import { BulkReleaseRefused, type BulkSnapshot } from './bulk-release';
import { bulkRunsFor } from './bulk-runs';
import { releasableMatching } from './select-matching';
import { pageChoice, useSelection } from './selection';

// In the chunk of the single release's dialog: fetched once the first rows are shown.
const bulkDialogModule = lazyModule(() => import(/* webpackChunkName: "release-dialog" */ './BulkDialog'));

const noRun = { subscribe: () => () => undefined, getSnapshot: () => null };

export interface BulkReleaseParts {
  /** For the table: the chosen sessions and the boxes' handlers. */
  choice: TableChoice;
  /** The bar above the table, while sessions are chosen. */
  bar: ReactNode;
  /** What the status region says of the run: progress, then the outcome with its actions. */
  status: ReactNode;
  /** The dialog, while open. */
  dialog: ReactNode;
}

export function useBulkRelease(options: {
  api: SessionsApi;
  loader: SessionListLoader;
  list: ListSnapshot;
  query: ListQuery;
  /** What the list is filtered by: a new filter empties the choice. */
  filterKey: string;
  formatters: Formatters;
  /** Where focus goes when the dialog closes and its opener has gone. */
  fallbackFocus: () => HTMLElement | null;
  statusClassName: string;
}): BulkReleaseParts {
  const { api, loader, list, query, filterKey, formatters, fallbackFocus, statusClassName } = options;
  const { t } = useI18n();
  const selection = useSelection(filterKey);
  const runs = bulkRunsFor(api);
  const { run, left } = useSyncExternalStore(runs.subscribe, runs.getSnapshot);
  const snapshot: BulkSnapshot | null = useSyncExternalStore(
    (run ?? noRun).subscribe,
    (run ?? noRun).getSnapshot,
  );
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const [selecting, setSelecting] = useState(false);
  const dialogs = useLazyModule(bulkDialogModule, list.page !== null || opener !== null);
  const rows = list.page?.rows ?? [];

  // Leaving the page sends nothing new; what is on its way finishes, and is told on return.
  useWhileMounted(
    runs,
    () => undefined,
    () => runs.leave(),
  );

  // Once a run is done: the list shows what became of each session (released ones as Unassigned).
  const toldDone = useRef<BulkSnapshot | null>(null);
  useEffect(() => {
    if (!snapshot?.done || toldDone.current === snapshot) return;
    toldDone.current = snapshot;
    for (const item of snapshot.items) if (item.row) loader.patchRow(item.row);
    loader.refresh();
  }, [snapshot, loader]);

  const close = useCallback(() => {
    const target = opener?.isConnected ? opener : fallbackFocus();
    setOpener(null);
    // After the commit that removed the dialog, so focus lands on a button that is still there.
    queueMicrotask(() => target?.focus());
  }, [opener, fallbackFocus]);

  const selectAllMatching = async () => {
    if (selecting) return;
    setSelecting(true);
    try {
      selection.choose(await releasableMatching(api, query, Date.now() + (list.page?.clockOffsetMs ?? 0)));
    } catch {
      // The list's own notices tell of a dispatcher that fails; the choice stays as it was.
    } finally {
      setSelecting(false);
    }
  };

  const confirm = (notes: string): string | null => {
    try {
      runs.start([...selection.chosen.values()], notes);
      selection.clear();
      return null;
    } catch (error) {
      if (error instanceof BulkReleaseRefused) return bulkRefusalMessage(error.refusal, t);
      throw error;
    }
  };

  const running = snapshot !== null && !snapshot.done;
  const count = selection.chosen.size;
  const bar =
    count > 0 ? (
      <BulkBar
        count={count}
        matching={list.page?.total ?? null}
        pageChosen={pageChoice(selection.chosen, rows) === 'all'}
        selecting={selecting}
        running={running}
        onSelectAllMatching={selectAllMatching}
        onRelease={setOpener}
        onClear={selection.clear}
      />
    ) : null;

  const status = snapshot ? (
    <p className={statusClassName} data-testid="bulk-status">
      {left && snapshot.done ? `${t('bulkLeft')} ` : ''}
      {bulkStatusText(snapshot, t)}
      {snapshot.done && !opener && (
        <>
          {' '}
          <button type="button" onClick={(event) => setOpener(event.currentTarget)}>
            {t('showDetails')}
          </button>{' '}
          <button type="button" onClick={() => runs.dismiss()}>
            {t('dismiss')}
          </button>
        </>
      )}
    </p>
  ) : null;

  const dialog =
    opener && dialogs ? (
      <dialogs.BulkDialog
        chosen={[...selection.chosen.values()]}
        run={run}
        formatters={formatters}
        onConfirm={confirm}
        onClose={close}
      />
    ) : null;

  return {
    choice: {
      chosen: selection.chosen,
      onToggle: selection.toggle,
      onTogglePage: () => selection.togglePage(rows),
    },
    bar,
    status,
    dialog,
  };
}
