import { type RefObject, useEffect, useId, useState } from 'react';
import { useI18n } from '../i18n/context';
import styles from './page.module.css';
import { useDebounced } from './use-debounced';

/** Free-text search, sent to the server once typing pauses. */
export function SearchBox(props: {
  value: string;
  onSearch: (q: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
}) {
  const { value, onSearch, inputRef } = props;
  const { t } = useI18n();
  const [text, setText] = useState(value);
  const settled = useDebounced(text, 300);
  const id = useId();
  // Only a settled change of the text searches; the view's own value is not an input here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    if (settled !== value) onSearch(settled);
  }, [settled]);
  // The view's search changed from elsewhere (Clear search, Back and Forward): the box shows it.
  useEffect(() => {
    setText((current) => (current.trim() === value.trim() ? current : value));
  }, [value]);
  return (
    <div className={styles.search}>
      <label htmlFor={id}>{t('search')}</label>
      <input
        ref={inputRef}
        id={id}
        type="search"
        value={text}
        maxLength={200}
        placeholder={t('searchHint')}
        onChange={(event) => setText(event.target.value)}
      />
    </div>
  );
}
