// Export of a bulk release's outcome: what became of each session, as the page tells it, with its key.
// The code comes when the button is pressed, as the view's export does.
import { useRef, useState } from 'react';
import { useI18n } from '../i18n/context';
import type { Formatters } from '../session/format';
import type { OutcomeLine } from './columns';
import { loadExportKit } from './load-export-kit';

export function ExportOutcome(props: {
  /** The outcome as it stands when the button is pressed. */
  lines: () => OutcomeLine[];
  formatters: Formatters;
}) {
  const i18n = useI18n();
  const root = useRef<HTMLSpanElement>(null);
  const [failed, setFailed] = useState(false);
  const exportNow = () => {
    setFailed(false);
    loadExportKit(i18n.language).then(
      (kit) => root.current && kit.downloadOutcome(props.lines(), i18n, props.formatters, root.current),
      () => setFailed(true),
    );
  };
  return (
    <span ref={root}>
      <button type="button" onClick={exportNow}>
        {i18n.t('exportOutcome')}
      </button>
      {failed && <span role="alert"> {i18n.t('pageUpdated')}</span>}
    </span>
  );
}
