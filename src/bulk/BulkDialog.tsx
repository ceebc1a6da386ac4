// One dialog for a bulk release: who and what is affected and one note for all (confirm), then the
// progress with Stop, then what became of each session with Retry failed.
import { type FormEvent, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/context';
import { NotesField, notesOver, useModal } from '../ui/dialog-parts';
import styles from '../ui/dialog.module.css';
import type { Formatters } from '../session/format';
import { contactLabel } from '../session/display';
import type { SessionRow } from '../session/row';
import { bulkItemText, bulkProgressText, bulkStatusText } from './bulk-messages';
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

const noRun = { subscribe: () => () => undefined, getSnapshot: () => null };

export function BulkDialog(props: BulkDialogProps) {
  const { chosen, run, formatters, onConfirm, onClose } = props;
  const { t } = useI18n();
  const modal = useModal(onClose);
  const store = run ?? noRun;
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
          <Progress snapshot={snapshot} />
        ) : (
          <ol
            className={own.list}
            aria-label={t('bulkList')}
            // biome-ignore lint/a11y/noNoninteractiveTabindex: the list scrolls on its own, so the keyboard must reach it
            tabIndex={0}
          >
            {sessions.map((session) => (
              <li key={session.id}>
                <span className={own.contact}>{contactLabel(session)}</span>
                <span className={own.meta}>
                  {session.agent?.name} ·{' '}
                  {t('bulkItemStarted', { startedAt: formatters.dateTime(session.startedAtMs) })}
                </span>
              </li>
            ))}
          </ol>
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
        <div className={styles.buttons}>
          {!snapshot && (
            <>
              <button type="button" className={styles.secondary} onClick={modal.close}>
                {t('cancel')}
              </button>
              <button
                type="submit"
                className={styles.primary}
                aria-disabled={notesOver(notes) > 0 || undefined}
              >
                {t('releaseSelected', { count })}
              </button>
            </>
          )}
          {snapshot && !snapshot.done && (
            <button
              type="button"
              className={styles.secondary}
              onClick={() => run?.stop()}
              disabled={snapshot.stopped !== null}
            >
              {t('stop')}
            </button>
          )}
          {snapshot?.done && snapshot.retryable > 0 && (
            <button type="button" className={styles.primary} onClick={() => run?.retryFailed()}>
              {t('retryFailed')}
            </button>
          )}
          {snapshot && (
            <button type="button" className={styles.secondary} onClick={modal.close}>
              {t('close')}
            </button>
          )}
        </div>
      </form>
    </dialog>
  );
}

/** The progress while sending, then what became of every session that was not released. */
function Progress({ snapshot }: { snapshot: BulkSnapshot }) {
  const { t } = useI18n();
  const settled = snapshot.total - snapshot.counts.queued - snapshot.counts.sending;
  const notReleased = snapshot.items.filter((item) => item.status !== 'released');
  return (
    <>
      <progress
        className={own.progress}
        max={snapshot.total}
        value={settled}
        aria-label={bulkProgressText(snapshot, t)}
      />
      {/* The page's own live region is inert behind the modal dialog: this one is read out instead. */}
      <p role="status" className={own.status}>
        {bulkStatusText(snapshot, t)}
      </p>
      {snapshot.done && notReleased.length > 0 && (
        <ul
          className={own.list}
          aria-label={t('bulkOutcomes')}
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the list scrolls on its own, so the keyboard must reach it
          tabIndex={0}
        >
          {notReleased.map((item) => (
            <li key={item.session.id}>
              <span className={own.contact}>{contactLabel(item.session)}</span>
              <span className={own.meta}>{bulkItemText(item, t)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

const byAge = (a: SessionRow, b: SessionRow) => a.startedAtMs - b.startedAtMs || a.id.localeCompare(b.id);

/** Each agent of the sessions with how many are theirs, most first. */
function agentCounts(sessions: readonly SessionRow[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const session of sessions) {
    const name = session.agent?.name ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
