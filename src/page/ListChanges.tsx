import { useI18n } from '../i18n/context';
import type { ListSnapshot } from '../list/list-loader';
import styles from './page.module.css';

/**
 * What the last refresh changed, said once for screen readers (not one message per row), and the
 * changes that wait while the list is worked on, with the one action that shows them.
 */
export function ListChanges(props: { list: ListSnapshot; dropped: number; onShow: () => void }) {
  const { list, dropped, onShow } = props;
  const { t, language } = useI18n();
  const { waiting, changed } = list;
  const joined = new Intl.ListFormat(language, { type: 'conjunction' });
  const parts = waiting
    ? [
        ...(waiting.added ? [t('changesNew', { count: waiting.added })] : []),
        ...(waiting.left ? [t('changesLeft', { count: waiting.left })] : []),
        ...(waiting.moved ? [t('changesMoved')] : []),
      ]
    : [];
  const waitingText = parts.length > 0 ? t('changesWaiting', { changes: joined.format(parts) }) : '';
  return (
    <div className={styles.changes}>
      {/* One summary for the whole refresh, in a region that is always there, so it is read out. */}
      <p aria-live="polite" className={styles.changesSaid}>
        {changed.size > 0 && `${t('changesSeen', { count: changed.size })} `}
        {dropped > 0 && `${t('choiceDropped', { count: dropped })} `}
        {waitingText}
      </p>
      {dropped > 0 && (
        <p className={styles.waiting} data-testid="choice-dropped">
          {t('choiceDropped', { count: dropped })}
        </p>
      )}
      {waitingText && (
        <p className={styles.waiting} data-testid="waiting-changes">
          <span>{waitingText}</span>{' '}
          <button type="button" onClick={onShow}>
            {t('showChanges')}
          </button>
        </p>
      )}
    </div>
  );
}
