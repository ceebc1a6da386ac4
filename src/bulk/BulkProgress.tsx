import { useI18n } from '../i18n/context';
import { contactLabel } from '../session/display';
import { bulkItemText, bulkProgressText, bulkStatusText } from './bulk-messages';
import type { BulkSnapshot } from './bulk-release';
import own from './bulk-dialog.module.css';

/** The progress while sending, then what became of every session that was not released. */
export function BulkProgress({ snapshot }: { snapshot: BulkSnapshot }) {
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
