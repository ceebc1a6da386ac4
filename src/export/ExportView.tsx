// The view's Export button: all the page carries of exporting. The code and its words are fetched when it
// is pressed (load-export-kit.ts); what an export does and says is theirs (export-kit.ts, ExportStatus.tsx).
import { useEffect, useRef, useState } from 'react';
import type { SessionsApi } from '../dispatcher/api';
import { useI18n } from '../i18n/context';
import type { ListSnapshot } from '../list/list-loader';
import type { ListQuery } from '../list/query';
import type { Chip } from '../list/view';
import type { Formatters } from '../session/format';
import { ReloadNotice } from '../ui/ReloadNotice';
import { type ExportKit, loadExportKit } from './load-export-kit';
import type { ViewExport } from './view-export';

export interface ExportViewProps {
  api: SessionsApi;
  query: ListQuery;
  list: ListSnapshot;
  formatters: Formatters;
  chip: Chip;
  /** The page's class for the line the button is on. */
  className?: string;
}

export function ExportView(props: ExportViewProps) {
  const i18n = useI18n();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  // What the button starts is the view of the moment the code is here, not of the moment it was drawn.
  const latest = useRef(props);
  latest.current = props;
  const [shown, setShown] = useState<{ kit: ExportKit; run: ViewExport; file: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  // Leaving the page cancels an export on its way: no file arrives later, out of the blue.
  useEffect(() => () => shown?.run.cancel(), [shown]);

  const start = () => {
    if (busy) return;
    setBusy(true);
    setFailed(false);
    loadExportKit(i18n.language).then(
      (kit) => root.current && setShown({ kit, ...kit.startViewExport(latest.current, i18n, root.current) }),
      () => {
        setBusy(false);
        setFailed(true);
      },
    );
  };

  return (
    <div ref={root} className={props.className} data-testid="export">
      {shown && (
        <shown.kit.ExportStatus
          run={shown.run}
          file={shown.file}
          query={props.query}
          onBusy={setBusy}
          refocus={() => button.current?.focus()}
        />
      )}
      <button ref={button} type="button" onClick={start} aria-disabled={busy || undefined}>
        {i18n.t('exportCsv')}
      </button>
      {failed && <ReloadNotice message={i18n.t('pageUpdated')} />}
    </div>
  );
}
