// The view's Export button. It is all the page carries of exporting: the code and its words are fetched
// when it is pressed (load-export-kit.ts), and an export on its way is cancelled when the page goes.
import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import type { SessionsApi } from '../dispatcher/api';
import { useI18n } from '../i18n/context';
import type { ListSnapshot } from '../list/list-loader';
import type { ListQuery } from '../list/query';
import type { Chip } from '../list/view';
import type { Formatters } from '../session/format';
import { ReloadNotice } from '../ui/ReloadNotice';
import styles from './export.module.css';
import { type ExportKit, loadExportKit } from './load-export-kit';
import type { ViewExport } from './view-export';

/** A stand-in store while no export has started, so one can be read unconditionally. */
const NO_EXPORT = { subscribe: () => () => undefined, getSnapshot: () => null };

export function ExportView(props: {
  api: SessionsApi;
  query: ListQuery;
  list: ListSnapshot;
  formatters: Formatters;
  chip: Chip;
}) {
  const i18n = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // What the button starts is the view of the moment it is pressed, not of the moment it was drawn.
  const latest = useRef(props);
  latest.current = props;
  const [shown, setShown] = useState<{ kit: ExportKit; run: ViewExport; file: string } | null>(null);
  const [loading, setLoading] = useState(false);
  const [failed, setFailed] = useState(false);
  const store = shown?.run ?? NO_EXPORT;
  const running = useSyncExternalStore(store.subscribe, store.getSnapshot)?.phase === 'running';
  // Leaving the page cancels an export on its way: no file arrives later, out of the blue.
  useEffect(() => () => shown?.run.cancel(), [shown]);
  // Another view: what the last export said makes way (one on its way goes on, and tells its end).
  const queryKey = JSON.stringify(props.query);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per view
  useEffect(
    () => setShown((last) => (last?.run.getSnapshot().phase === 'running' ? last : null)),
    [queryKey],
  );

  const start = () => {
    if (running || loading) return;
    setLoading(true);
    setFailed(false);
    loadExportKit(i18n.language)
      .then(
        (kit) => {
          const parent = root.current;
          if (!parent) return;
          const { api, query, list, formatters, chip } = latest.current;
          const serverNowMs = Date.now() + (list.page?.clockOffsetMs ?? 0);
          const started = kit.startViewExport({ api, query, serverNowMs, chip, i18n, formatters, parent });
          setShown({ kit, ...started });
        },
        () => setFailed(true),
      )
      .finally(() => setLoading(false));
  };

  return (
    <div ref={root} className={styles.export} data-testid="export">
      {shown && (
        <shown.kit.ExportStatus run={shown.run} file={shown.file} refocus={() => button.current?.focus()} />
      )}
      <button ref={button} type="button" onClick={start} aria-disabled={running || loading || undefined}>
        {i18n.t('exportCsv')}
      </button>
      {failed && <ReloadNotice message={i18n.t('pageUpdated')} />}
    </div>
  );
}
