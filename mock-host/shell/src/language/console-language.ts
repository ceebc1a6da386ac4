// The language the signed-in user reads the console in, apart from the regional format (locale), as
// consoles that let users choose both do. Modules get it as their `language` prop. Kept for the tab
// in sessionStorage, like the identity; `?language=` picks one for a test and wins over the stored one.
import { createStore, type Store } from '../store';

export interface LanguageOption {
  tag: string;
  /** The language's name in itself, as language pickers show it. */
  label: string;
}

/** Languages the console offers; any other BCP 47 tag still works from the URL. */
export const LANGUAGES: readonly LanguageOption[] = [
  { tag: 'en', label: 'English' },
  { tag: 'de', label: 'Deutsch' },
];

export const DEFAULT_LANGUAGE = 'en';
export const LANGUAGE_PARAM = 'language';
const STORAGE_KEY = 'tenant-console.language';

/** A BCP 47 tag in its canonical form, or null. */
export function canonicalTag(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    return Intl.getCanonicalLocales(value)[0] ?? null;
  } catch {
    return null;
  }
}

/** The language at start-up: the URL wins over sessionStorage, which wins over English. */
export function resolveInitialLanguage({
  search,
  stored,
}: {
  search: string;
  stored: string | null;
}): string {
  return (
    canonicalTag(new URLSearchParams(search).get(LANGUAGE_PARAM)) ?? canonicalTag(stored) ?? DEFAULT_LANGUAGE
  );
}

/** `search` without the language parameter, other parameters kept in order. */
export function withoutLanguageParam(search: string): string {
  const params = new URLSearchParams(search);
  params.delete(LANGUAGE_PARAM);
  const rest = params.toString();
  return rest ? `?${rest}` : '';
}

export function readStoredLanguage(): string | null {
  try {
    return window.sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The console's language, stored for the tab whenever it changes. */
export function createLanguageStore(initial: string): Store<string> {
  const store = createStore(initial);
  const remember = (tag: string) => {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, tag);
    } catch {
      // Storage can be disabled; the choice then lasts until the page is left.
    }
  };
  remember(initial);
  return {
    ...store,
    set(next) {
      remember(next);
      store.set(next);
    },
  };
}
