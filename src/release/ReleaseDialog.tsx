import { type FormEvent, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/context';
import { NotesField, notesOver, useModal } from '../ui/dialog-parts';
import styles from '../ui/dialog.module.css';
import type { Formatters } from '../session/format';
import { contactLabel } from '../session/display';
import type { SessionRow } from '../session/row';
import { isFinal } from './outcome';
import type { ReleaseAttempt } from './release-tracker';

interface ReleaseDialogProps {
  row: SessionRow;
  formatters: Formatters;
  /** The session's release so far, if one was confirmed: on its way, or its last outcome. */
  attempt: ReleaseAttempt | undefined;
  /** Confirms the release with these notes (the tracker sends it, once). */
  onConfirm: (notes: string) => void;
  onClose: () => void;
}

/** The confirmation of a release: a modal <dialog> with optional notes, sent once however often it is clicked. */
export function ReleaseDialog(props: ReleaseDialogProps) {
  const { row, formatters, attempt, onConfirm, onClose } = props;
  const { t } = useI18n();
  const modal = useModal(onClose);
  const [draft, setDraft] = useState(attempt?.notes ?? '');
  const busy = attempt?.sending === true;
  const locked = attempt?.locked === true;
  // Once a request may have been applied, the notes are the ones it carried: a retry repeats them.
  const notes = locked ? attempt.notes : draft;
  const problem = attempt?.result && !isFinal(attempt.result) ? attempt.result : null;
  const ids = { title: useId(), problem: useId() };
  const over = notesOver(notes);

  // Once confirmed here, only an outcome that allows a retry opens the way for another send: a click
  // that lands after the final outcome, before the dialog has gone, sends nothing.
  const confirmed = useRef(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const retryable = attempt?.result != null && !isFinal(attempt.result);
    if (busy || over > 0 || (confirmed.current && !retryable)) return;
    confirmed.current = true;
    onConfirm(notes);
  };

  const contact = contactLabel(row);
  const startedAt = formatters.dateTime(row.startedAtMs);
  return (
    <dialog
      ref={modal.ref}
      className={styles.dialog}
      aria-labelledby={ids.title}
      onClose={modal.onClose}
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
        <NotesField
          value={notes}
          onChange={setDraft}
          readOnly={locked || busy}
          describedBy={problem ? ids.problem : undefined}
        />
        {busy && (
          <p className={styles.going} role="status">
            {t('releaseGoesOn')}
          </p>
        )}
        {problem && (
          <div id={ids.problem} role="alert" className={styles.problem}>
            <p className={styles.problemText}>{problem.message}</p>
            <p className={styles.detail}>{t('details', { detail: problem.detail })}</p>
          </div>
        )}
        <div className={styles.buttons}>
          {/* Closing while it is on its way lets the release go on: its outcome is told on the page. */}
          <button type="button" className={styles.secondary} onClick={modal.close}>
            {t(busy ? 'close' : 'cancel')}
          </button>
          <button type="submit" className={styles.primary} aria-disabled={busy || over > 0 || undefined}>
            {t(busy ? 'releasing' : 'confirmRelease')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
