import { useEffect, useState } from 'react';
import { failureDetail, whatHappened } from '../dispatcher/failure-text';
import { useI18n } from '../i18n/context';
import type { ListQuery } from '../list/query';
import { useStore } from '../store/use-store';
import styles from './export.module.css';
import { EXPORT_MAX, type ViewExport } from './view-export';

/**
 * What an export of the view says while it runs and after: its progress with Cancel, a failure with
 * Retry, or what the file holds. The progress is shown, not read out page by page; how it ended is.
 * Another view makes it give way once it is over (one on its way goes on, and tells its end).
 */
export function ExportStatus(props: {
  run: ViewExport;
  /** The file's name, as the browser is given it. */
  file: string;
  /** The page's query now: another one than the export's, once it is over, and this gives way. */
  query: ListQuery;
  /** Told whether the export is on its way (the Export button waits meanwhile). */
  onBusy: (busy: boolean) => void;
  /** Focus goes back to the Export button (the Cancel or Retry pressed is gone). */
  refocus: () => void;
}) {
  const { run, file, onBusy, refocus } = props;
  const { t } = useI18n();
  const { phase, done, matching, total, rejected, failure } = useStore(run);
  const running = phase === 'running';
  useEffect(() => onBusy(running), [onBusy, running]);
  // The view the export belongs to: the one it started in, or the one it ended in.
  const view = JSON.stringify(props.query);
  const [own, setOwn] = useState({ run, view });
  if (own.run !== run || (running && own.view !== view)) setOwn({ run, view });
  if (own.run === run && own.view !== view) return null;
  const capped =
    matching !== null && matching > EXPORT_MAX && phase !== 'cancelled'
      ? t('exportCapped', { count: matching, max: EXPORT_MAX })
      : '';
  let outcome = '';
  if (phase === 'done') {
    outcome = [
      t('exportDone', { count: done, file }),
      capped,
      rejected ? t('exportRejected', { count: rejected }) : '',
    ]
      .filter(Boolean)
      .join(' ');
  } else if (phase === 'cancelled') outcome = t('exportCancelled');
  const progress = total === null ? t('exportProgressOpen', { done }) : t('exportProgress', { done, total });
  return (
    <>
      {running && (
        <span className={styles.status} data-testid="export-progress">
          <progress
            max={total ?? undefined}
            value={done}
            aria-label={t('exportProgressLabel')}
            aria-valuetext={progress}
          />
          <span>
            {progress}
            {capped && ` ${capped}`}
          </span>
          <button
            type="button"
            onClick={() => {
              run.cancel();
              refocus();
            }}
          >
            {t('exportCancel')}
          </button>
        </span>
      )}
      {phase === 'failed' && failure && (
        <span role="alert" className={`${styles.status} ${styles.failed}`} data-testid="export-failed">
          <span>
            {t('exportFailed', { what: t(whatHappened(failure)), done })}{' '}
            {t('details', { detail: failureDetail(failure, t) })}
          </span>
          <button
            type="button"
            onClick={() => {
              refocus();
              void run.retry();
            }}
          >
            {t('retry')}
          </button>
        </span>
      )}
      <p aria-live="polite" className={styles.status} data-testid="export-status">
        {outcome}
      </p>
    </>
  );
}
