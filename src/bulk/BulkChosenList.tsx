import { useI18n } from '../i18n/context';
import { contactLabel } from '../session/display';
import type { Formatters } from '../session/format';
import type { SessionRow } from '../session/row';
import own from './bulk-dialog.module.css';

/** The chosen sessions, oldest first, each with its agent and start: what the release will touch. */
export function BulkChosenList(props: { sessions: readonly SessionRow[]; formatters: Formatters }) {
  const { sessions, formatters } = props;
  const { t } = useI18n();
  return (
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
  );
}

export const byAge = (a: SessionRow, b: SessionRow) =>
  a.startedAtMs - b.startedAtMs || a.id.localeCompare(b.id);

/** Each agent of the sessions with how many are theirs, most first. */
export function agentCounts(sessions: readonly SessionRow[]): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const session of sessions) {
    const name = session.agent?.name ?? '';
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
