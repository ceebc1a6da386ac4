// The page's words in React: the I18n of the host's props, given to every component through context.
import { createContext, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { type HostMessages, i18nFor, loadLanguage } from './languages';
import type { I18n } from './translate';

const I18nContext = createContext<I18n | null>(null);

export const I18nProvider = I18nContext.Provider;

/** The page's I18n; English when no provider is above (a component rendered on its own). */
export function useI18n(): I18n {
  return useContext(I18nContext) ?? english;
}

const english = i18nFor({}) as I18n;

/**
 * The I18n for the host's props. While a language's catalog is on its way it keeps the one it had
 * (null only on the very first render, which the mount lifecycle avoids by loading it first).
 */
export function useI18nFor(
  language: string | undefined,
  messages: HostMessages | undefined,
  locale: string | undefined,
): I18n | null {
  const [loads, setLoads] = useState(0);
  // `loads` stands for the catalogs fetched since: the same props may now resolve.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  const current = useMemo(() => i18nFor({ language, messages, locale }), [language, messages, locale, loads]);
  const last = useRef<I18n | null>(null);
  if (current) last.current = current;
  useEffect(() => {
    if (current) return;
    let live = true;
    void loadLanguage(language).then(() => live && setLoads((n) => n + 1));
    return () => {
      live = false;
    };
  }, [current, language]);
  return current ?? last.current;
}
