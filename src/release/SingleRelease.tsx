// The release of one session, as the page shows it: the dialog while it is open, and the outcomes of
// releases not told yet (from the open dialog, from one closed while it was sending, or from before the
// page was left and shown again: the tracker kept them).
import { useEffect, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/context';
import type { ClientServices } from '../dispatcher/client-services';
import type { Formatters } from '../session/format';
import type { SessionListLoader } from '../list/list-loader';
import type { SessionRow } from '../session/row';
import { ReleaseDialog } from './ReleaseDialog';
import { isFinal } from './outcome';
import { makeReleaseTracker } from './release-tracker';

/** What the page announces: successes in its status region, problems (with their detail) in an alert. */
export interface Told {
  success: string[];
  problems: Array<{ text: string; detail?: string }>;
}

export function SingleRelease(props: {
  services: ClientServices;
  loader: SessionListLoader;
  /** The session whose dialog is open, if any. */
  row: SessionRow | null;
  formatters: Formatters;
  onTold: (told: Told) => void;
  /** Whether a row is stuck now: a released one leaves the stuck count at once. */
  isStuckNow: (row: SessionRow) => boolean;
  /** Closes the dialog (the user closed it, or the release came to its end). */
  onClose: () => void;
}) {
  const { services, loader, row, formatters, onTold, onClose, isStuckNow } = props;
  const { t } = useI18n();
  const tracker = services.once(makeReleaseTracker);
  const attempts = useSyncExternalStore(tracker.subscribe, tracker.getSnapshot);
  const releasingId = row?.id;

  // biome-ignore lint/correctness/useExhaustiveDependencies: runs per new outcome; the rest is read as it is
  useEffect(() => {
    const told: Told = { success: [], problems: [] };
    let reload = false;
    let close = false;
    for (const attempt of attempts.values()) {
      const { result, sessionId } = attempt;
      if (!result || attempt.sending || attempt.told) continue;
      const inDialog = sessionId === releasingId;
      if (result.kind === 'released') {
        const shown = loader.getSnapshot().page?.rows.find((listed) => listed.id === sessionId);
        const updated = result.row ?? (shown ? { ...shown, agent: null } : null);
        if (updated) loader.patchRow(updated, shown && isStuckNow(shown) ? -1 : 0);
        told.success.push(t('released', { contact: attempt.contact }));
      } else if (isFinal(result)) {
        if (result.kind === 'gone') loader.dropRow(sessionId);
        told.problems.push({ text: result.message, detail: result.detail });
        reload = true;
      } else if (!inDialog) {
        told.problems.push({
          text: t('releaseProblemOf', { contact: attempt.contact, message: result.message }),
          detail: result.detail,
        });
      }
      tracker.told(sessionId);
      if (inDialog && isFinal(result)) close = true;
    }
    if (told.success.length || told.problems.length) onTold(told);
    if (reload) loader.refresh();
    if (close) onClose();
  }, [attempts]);

  return row ? (
    <ReleaseDialog
      key={row.id}
      row={row}
      formatters={formatters}
      attempt={attempts.get(row.id)}
      onConfirm={(notes) => tracker.send(row, notes, t)}
      onClose={onClose}
    />
  ) : null;
}
