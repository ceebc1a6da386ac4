import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { RELEASE_NOTES_MAX } from '../contract/dispatcher-api';
import { useI18n } from '../i18n/context';
import type { SessionsApi } from './api';
import styles from './dialog.module.css';
import type { Formatters } from './format';
import { contactLabel, type SessionRow } from './model';
import { classifyReleaseFailure, type ReleaseResult } from './release';

/** A release whose outcome is not known yet: retried with the same key and the same notes. */
export interface PendingRelease {
  key: string;
  notes: string;
  message: string;
  /** The technical side of the failure, shown smaller. */
  detail: string;
  /** The dispatcher gave no answer: the notes are locked, since the request may already have been applied. */
  unknown: boolean;
}

interface ReleaseDialogProps {
  row: SessionRow;
  api: SessionsApi;
  formatters: Formatters;
  /** Outcome not known yet for this session, from an earlier attempt. */
  pending: PendingRelease | undefined;
  newKey: () => string;
  onPending: (pending: PendingRelease | undefined) => void;
  /** A final outcome, reported before the dialog closes itself. */
  onResult: (result: Exclude<ReleaseResult, { kind: 'failed' | 'unknown' }>) => void;
  onClose: () => void;
}

/** The confirmation of a release: a modal <dialog> with optional notes, sent once however often it is clicked. */
export function ReleaseDialog(props: ReleaseDialogProps) {
  const { row, api, formatters, pending, newKey, onPending, onResult, onClose } = props;
  const { t } = useI18n();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const sending = useRef<AbortController | null>(null);
  const [notes, setNotes] = useState(pending?.notes ?? '');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState(
    pending ? { message: pending.message, detail: pending.detail } : null,
  );
  const [key] = useState(() => pending?.key ?? newKey());
  const [locked, setLocked] = useState(pending?.unknown ?? false);
  const ids = { title: useId(), notes: useId(), counter: useId(), problem: useId() };
  // Characters as a person counts them (code points), as the dispatcher does: an emoji is one.
  const length = [...notes].length;
  const over = length - RELEASE_NOTES_MAX;

  // Whether the dialog is shown on purpose. React may run the effect's cleanup and the effect again
  // (StrictMode, effect replay): the close that the cleanup causes must not close the release.
  const shown = useRef(false);
  useEffect(() => {
    const dialog = dialogRef.current;
    shown.current = true;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      shown.current = false;
      sending.current?.abort();
      if (dialog?.open) dialog.close();
    };
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (sending.current || over > 0) return;
    const controller = new AbortController();
    sending.current = controller;
    setBusy(true);
    setProblem(null);
    const body = notes.trim() ? { notes } : {};
    let result: ReleaseResult;
    try {
      result = { kind: 'released', row: await api.release(row.id, body, key, controller.signal) };
    } catch (error) {
      result = classifyReleaseFailure(error, t);
    }
    if (controller.signal.aborted) return;
    setBusy(false);
    if (result.kind === 'failed' || result.kind === 'unknown') {
      // Only an outcome that allows a retry opens the way for another send; a final one never does,
      // even for a click that lands before the dialog has gone.
      sending.current = null;
      const unknown = locked || result.kind === 'unknown';
      setProblem({ message: result.message, detail: result.detail });
      setLocked(unknown);
      onPending({ key, notes, message: result.message, detail: result.detail, unknown });
      return;
    }
    onPending(undefined);
    onResult(result);
    dialogRef.current?.close();
  };

  const contact = contactLabel(row);
  const startedAt = formatters.dateTime(row.startedAtMs);
  return (
    <dialog
      ref={dialogRef}
      className={styles.dialog}
      aria-labelledby={ids.title}
      onCancel={(event) => busy && event.preventDefault()}
      onClose={() => shown.current && !dialogRef.current?.open && onClose()}
      data-testid="release-dialog"
    >
      <form onSubmit={submit} className={styles.form}>
        <h2 id={ids.title} className={styles.title}>
          {t('releaseSession')}
        </h2>
        <p className={styles.summary}>
          <span>{contact}</span>
          {row.businessPartner && <span>{t('withPartner', { partner: row.businessPartner.name })}</span>}
          {row.agent && <span>{t('withAgent', { agent: row.agent.name })}</span>}
          <span>{t('startedAt', { startedAt })}</span>
        </p>
        <p>{t('releaseExplained')}</p>
        <label htmlFor={ids.notes} className={styles.label}>
          {t('notes')}
        </label>
        <textarea
          id={ids.notes}
          className={styles.notes}
          value={notes}
          onChange={(event) => setNotes(event.target.value)}
          readOnly={locked || busy}
          rows={4}
          placeholder={t('notesHint')}
          aria-describedby={`${ids.counter}${problem ? ` ${ids.problem}` : ''}`}
          aria-invalid={over > 0 || undefined}
          autoFocus
        />
        <p id={ids.counter} className={over > 0 ? styles.counterOver : styles.counter} aria-live="polite">
          {over > 0
            ? t('tooManyCharacters', { count: over, max: RELEASE_NOTES_MAX })
            : t('characters', { length, max: RELEASE_NOTES_MAX })}
        </p>
        {problem && (
          <div id={ids.problem} role="alert" className={styles.problem}>
            <p className={styles.problemText}>{problem.message}</p>
            <p className={styles.detail}>{t('details', { detail: problem.detail })}</p>
          </div>
        )}
        <div className={styles.buttons}>
          <button
            type="button"
            className={styles.secondary}
            onClick={() => dialogRef.current?.close()}
            disabled={busy}
          >
            {t('cancel')}
          </button>
          <button type="submit" className={styles.primary} aria-disabled={busy || over > 0 || undefined}>
            {t(busy ? 'releasing' : 'confirmRelease')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
