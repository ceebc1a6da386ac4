// The bulk release on the page: the bar over the chosen sessions, what a run says as it goes (a live
// region), and its dialog, wired to the registry that keeps a run going when the page is left.
import { useCallback, useState } from 'react';
import { useI18n } from '../i18n/context';
import type { ClientServices } from '../dispatcher/client-services';
import type { Formatters } from '../session/format';
import type { SessionRow } from '../session/row';
import type { ListSnapshot, SessionListLoader } from '../list/list-loader';
import type { ListQuery } from '../list/query';
import { useSelectAllMatching } from './use-select-all-matching';
import { BulkBar } from './BulkBar';
import { BulkDialog } from './BulkDialog';
import { bulkRefusalMessage } from './bulk-messages';
import { BulkStatus } from './BulkStatus';
import { BulkReleaseRefused } from './bulk-release';
import { pageChoice, type Selection } from './selection';
import { useBulkRun, useOutcomeMakesWay } from './use-bulk-run';

export function BulkArea(props: {
  services: ClientServices;
  loader: SessionListLoader;
  list: ListSnapshot;
  query: ListQuery;
  selection: Selection;
  formatters: Formatters;
  /** Where focus goes when the dialog closes and its opener has gone. */
  fallbackFocus: () => HTMLElement | null;
  /** Whether a row is stuck now: released ones leave the stuck count at once. */
  isStuckNow: (row: SessionRow) => boolean;
  /** A run started: the page's notice of an earlier action makes way. */
  onStart: () => void;
  /** Counts the administrator's other actions (a single release opened): a finished run's outcome makes way. */
  otherAction: number;
}) {
  const { services, loader, list, query, selection, formatters } = props;
  const { fallbackFocus, isStuckNow, onStart, otherAction } = props;
  const { t } = useI18n();
  const { runs, run, left, snapshot } = useBulkRun(services, loader, isStuckNow);
  const [opener, setOpener] = useState<HTMLElement | null>(null);
  const rows = list.page?.rows ?? [];

  const close = useCallback(() => {
    const target = opener?.isConnected ? opener : fallbackFocus();
    setOpener(null);
    // After the commit that removed the dialog, so focus lands on a button that is still there.
    queueMicrotask(() => target?.focus());
  }, [opener, fallbackFocus]);

  const { selecting, selectAllMatching } = useSelectAllMatching(services, query, list, selection);

  useOutcomeMakesWay(runs, otherAction);

  const confirm = (notes: string): string | null => {
    try {
      runs.start([...selection.chosen.values()], notes);
      selection.clear();
      onStart();
      return null;
    } catch (error) {
      if (error instanceof BulkReleaseRefused) return bulkRefusalMessage(error.refusal, t);
      throw error;
    }
  };

  const count = selection.chosen.size;
  return (
    <>
      {count > 0 && (
        <BulkBar
          count={count}
          matching={list.page?.total ?? null}
          pageChosen={pageChoice(selection.chosen, rows) === 'all'}
          allMatching={selection.allMatching}
          selecting={selecting}
          running={snapshot !== null && !snapshot.done}
          onSelectAllMatching={selectAllMatching}
          onRelease={(trigger) => {
            // A finished run's outcome makes way for the new choice's dialog.
            runs.dismiss();
            setOpener(trigger);
          }}
          onClear={selection.clear}
        />
      )}
      <BulkStatus
        snapshot={snapshot}
        run={run}
        left={left}
        dialogOpen={opener !== null}
        onShowDetails={(trigger) => setOpener(trigger)}
        onDismiss={() => runs.dismiss()}
        formatters={formatters}
      />
      {opener && (
        <BulkDialog
          chosen={[...selection.chosen.values()]}
          run={run}
          formatters={formatters}
          onConfirm={confirm}
          onClose={close}
        />
      )}
    </>
  );
}
