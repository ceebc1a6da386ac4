// One dialog for a bulk release: who and what is affected and one note for all (confirm), then the
// progress with Stop, then what became of each session with Retry failed.
import { type FormEvent, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/context';
import { NotesField, notesOver, useModal } from '../ui/dialog-parts';
import styles from '../ui/dialog.module.css';
import type { Formatters } from '../session/format';
import type { SessionRow } from '../session/row';
import { BulkChosenList, agentCounts, byAge } from './BulkChosenList';
import { BulkDialogButtons } from './BulkDialogButtons';
import { BulkProgress } from './BulkProgress';
import { NO_RUN } from './no-run';
import type { BulkRelease, BulkSnapshot } from './bulk-release';
import own from './bulk-dialog.module.css';

export interface BulkDialogProps {
  /** The chosen sessions, before the release starts. */
  chosen: readonly SessionRow[];
  /** The release once confirmed (also one still running or finished when the page came back). */
  run: BulkRelease | null;
  formatters: Formatters;
  /** Starts the release; answers why it was refused, or null when it started. */
  onConfirm: (notes: string) => string | null;
  onClose: () => void;
}

export function BulkDialog(props: BulkDialogProps) {
  const { chosen, run, formatters, onConfirm, onClose } = props;
  const { t } = useI18n();
  const modal = useModal(onClose);
  const store = run ?? NO_RUN;
  const snapshot: BulkSnapshot | null = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const [notes, setNotes] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const ids = { title: useId(), problem: useId() };
  const count = snapshot?.total ?? chosen.length;

  // Oldest first, as they are sent; the agents with how many of theirs are affected.
  const sessions = useMemo(
    () => (snapshot ? snapshot.items.map((item) => item.session) : [...chosen].sort(byAge)),
    [snapshot, chosen],
  );
  const agents = useMemo(() => agentCounts(sessions), [sessions]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (run || notesOver(notes) > 0) return;
    setRefusal(onConfirm(notes));
  };

  return (
    <dialog
      ref={modal.ref}
      className={`${styles.dialog} ${own.dialog}`}
      aria-labelledby={ids.title}
      onClose={modal.onClose}
      data-testid="bulk-dialog"
    >
      <form onSubmit={submit} className={styles.form}>
        <h2 id={ids.title} className={styles.title}>
          {t('releaseSelected', { count })}
        </h2>
        <p className={styles.summary}>
          {t('bulkAgents', {
            agents: agents.map(([agent, n]) => t('bulkAgent', { agent, count: n })).join(', '),
          })}
        </p>
        {!snapshot && <p>{t('bulkExplained')}</p>}
        {snapshot ? (
          <BulkProgress snapshot={snapshot} />
        ) : (
          <BulkChosenList sessions={sessions} formatters={formatters} />
        )}
        {!snapshot && (
          <NotesField
            value={notes}
            onChange={setNotes}
            readOnly={false}
            describedBy={refusal ? ids.problem : undefined}
          />
        )}
        {refusal && (
          <p id={ids.problem} role="alert" className={styles.problem}>
            {refusal}
          </p>
        )}
        <BulkDialogButtons
          snapshot={snapshot}
          run={run}
          count={count}
          notesTooLong={notesOver(notes) > 0}
          onClose={modal.close}
        />
      </form>
    </dialog>
  );
}
