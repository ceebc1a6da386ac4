// What the release dialogs share: a native modal <dialog> that survives React's effect replay, and
// the notes field with its counter (code points, as the dispatcher counts them).
import { type RefObject, type SyntheticEvent, useEffect, useId, useRef } from 'react';
import { RELEASE_NOTES_MAX } from '../contract/dispatcher-api';
import { useI18n } from '../i18n/context';
import styles from './dialog.module.css';

/** Characters too many in `notes`, counted as a person counts them: an emoji is one. 0 or less fits. */
export const notesOver = (notes: string): number => [...notes].length - RELEASE_NOTES_MAX;

/**
 * Shows the dialog as a modal while the component is mounted. `onClose` runs when the user closed it
 * (Escape, a Close button), not for the close that unmounting causes: React may clean the effect up
 * and run it again at once (StrictMode, effect replay), which must not close the dialog.
 */
export function useModal(onClose: () => void): {
  ref: RefObject<HTMLDialogElement | null>;
  close: () => void;
  onClose: (event: SyntheticEvent<HTMLDialogElement>) => void;
} {
  const ref = useRef<HTMLDialogElement>(null);
  const shown = useRef(false);
  useEffect(() => {
    const dialog = ref.current;
    shown.current = true;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      shown.current = false;
      if (dialog?.open) dialog.close();
    };
  }, []);
  return {
    ref,
    close: () => ref.current?.close(),
    onClose: () => shown.current && !ref.current?.open && onClose(),
  };
}

/** The Notes field with its counter; `describedBy` adds the ids of messages about it (a problem). */
export function NotesField(props: {
  value: string;
  onChange: (notes: string) => void;
  readOnly: boolean;
  describedBy?: string | undefined;
}) {
  const { value, onChange, readOnly, describedBy } = props;
  const { t } = useI18n();
  const ids = { notes: useId(), counter: useId() };
  const over = notesOver(value);
  return (
    <>
      <label htmlFor={ids.notes} className={styles.label}>
        {t('notes')}
      </label>
      <textarea
        id={ids.notes}
        className={styles.notes}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        readOnly={readOnly}
        rows={4}
        placeholder={t('notesHint')}
        aria-describedby={describedBy ? `${ids.counter} ${describedBy}` : ids.counter}
        aria-invalid={over > 0 || undefined}
        // biome-ignore lint/a11y/noAutofocus: the field sits in a modal dialog, whose first field takes focus as it opens
        autoFocus
      />
      <p id={ids.counter} className={over > 0 ? styles.counterOver : styles.counter} aria-live="polite">
        {over > 0
          ? t('tooManyCharacters', { count: over, max: RELEASE_NOTES_MAX })
          : t('characters', { length: [...value].length, max: RELEASE_NOTES_MAX })}
      </p>
    </>
  );
}
