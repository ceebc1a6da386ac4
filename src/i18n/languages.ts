// Which language the page speaks and where its words come from. English is built in; other shipped
// languages are chunks of their own, fetched only when asked for; a host's `messages` add languages
// or override messages. Anything not found falls back, key by key, to English.
import { retried } from '../chunks/retried';
import type { ActiveSessionsMessages } from '../contract/host-props';
import { CONTAINER_NAME } from '../contract/module-manifest';
import { type Catalog, en, type MessageKey } from './en';
import type { ExportCatalog } from './en-export';
import type { ReleaseCatalog } from './en-release';
import type { Message } from '../contract/messages';
import { createI18n, type I18n } from './translate';

/** A host's messages: partial catalogs by BCP 47 language tag. */
export type HostMessages = ActiveSessionsMessages;

export const DEFAULT_LANGUAGE = 'en';

/**
 * Languages the module ships besides English, each loaded on demand as its own chunk (tried again
 * after a failure, see chunks/retried.ts).
 */
const SHIPPED: Record<string, () => Promise<Catalog>> = {
  de: retried(() => import(/* webpackChunkName: "i18n-de" */ './de').then((module) => module.de)),
};

/** Messages of releasing, by language: fetched with the release code (see loadReleaseMessages). */
const RELEASE_PARTS: Record<string, () => Promise<ReleaseCatalog>> = {
  [DEFAULT_LANGUAGE]: retried(() =>
    import(/* webpackChunkName: "on-demand-release" */ './en-release').then((module) => module.enRelease),
  ),
  de: retried(() =>
    import(/* webpackChunkName: "on-demand-i18n-de-release" */ './de-release').then(
      (module) => module.deRelease,
    ),
  ),
};

/** Messages of exporting, by language: fetched with the export code (see loadExportMessages). */
const EXPORT_PARTS: Record<string, () => Promise<ExportCatalog>> = {
  [DEFAULT_LANGUAGE]: retried(() =>
    import(/* webpackChunkName: "on-demand-export" */ './en-export').then((module) => module.enExport),
  ),
  de: retried(() =>
    import(/* webpackChunkName: "on-demand-i18n-de-export" */ './de-export').then(
      (module) => module.deExport,
    ),
  ),
};

type Messages = Partial<Record<MessageKey, Message>>;

// Each language's messages in one object, which the messages of releasing join when they arrive: the
// page's translators look them up in the same objects, so they find them from then on.
const loaded = new Map<string, Messages>([[DEFAULT_LANGUAGE, { ...en }]]);
/** The parts of messages that came with their code: their loaders, and the languages they joined. */
interface Part {
  loaders: Record<string, () => Promise<Messages>>;
  joined: Set<string>;
}
const RELEASE: Part = { loaders: RELEASE_PARTS, joined: new Set() };
const EXPORT: Part = { loaders: EXPORT_PARTS, joined: new Set() };
const loading = new Map<string, Promise<void>>();
/** Languages whose chunk could not be fetched: English stands in, and a later mount tries again. */
const failed = new Set<string>();
const warned = new Set<string>();

/** `de-AT-x-foo` → `['de-AT-x-foo', 'de-AT', 'de']`: the tag, then each shorter prefix. Invalid: []. */
export function candidatesOf(language: string): string[] {
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(language)[0] ?? '';
  } catch {
    return [];
  }
  const subtags = canonical.split('-');
  return subtags.map((_, index) => subtags.slice(0, subtags.length - index).join('-')).filter(Boolean);
}

const shippedOf = (language: string) => candidatesOf(language).filter((tag) => tag in SHIPPED);

/** Fetches the shipped catalogs `language` needs; resolves at once when there are none or all are here. */
export function loadLanguage(language: string | undefined): Promise<void> {
  const needed = shippedOf(language ?? DEFAULT_LANGUAGE).filter((tag) => !loaded.has(tag));
  return Promise.all(
    needed.map((tag) => {
      let pending = loading.get(tag);
      if (!pending) {
        failed.delete(tag);
        pending = (SHIPPED[tag] as () => Promise<Catalog>)().then(
          (catalog) => {
            loaded.set(tag, { ...catalog });
          },
          () => {
            failed.add(tag);
          },
        );
        pending.finally(() => loading.delete(tag));
        loading.set(tag, pending);
      }
      return pending;
    }),
  ).then(() => undefined);
}

/**
 * The shipped language `language` needs whose catalog could not be fetched, even after retries (a
 * new release removed the file): the page is in English meanwhile and says so. Null when none failed.
 */
export function unavailableLanguage(language: string | undefined): string | null {
  return shippedOf(language ?? DEFAULT_LANGUAGE).find((tag) => failed.has(tag)) ?? null;
}

/** Fetches `part` for `language` (and English, which every language falls back to), after the language's own catalog. */
async function loadPart(part: Part, language: string | undefined): Promise<void> {
  await loadLanguage(language);
  const tags = [...shippedOf(language ?? DEFAULT_LANGUAGE), DEFAULT_LANGUAGE].filter(
    (tag) => tag in part.loaders && loaded.has(tag) && !part.joined.has(tag),
  );
  await Promise.all(
    tags.map(async (tag) => {
      const messages = await (part.loaders[tag] as () => Promise<Messages>)();
      Object.assign(loaded.get(tag) as Messages, messages);
      part.joined.add(tag);
    }),
  );
}

/**
 * Fetches the messages of releasing for `language` (and English, which every language falls back to),
 * after the language's own catalog. The release code waits for them before it shows anything.
 */
export const loadReleaseMessages = (language: string | undefined): Promise<void> =>
  loadPart(RELEASE, language);

/** Fetches the messages of exporting for `language`, as loadReleaseMessages does those of releasing. */
export const loadExportMessages = (language: string | undefined): Promise<void> => loadPart(EXPORT, language);

/** Whether the messages of releasing for `language` are here (see loadReleaseMessages). */
export function releaseMessagesReady(language: string | undefined): boolean {
  return [...shippedOf(language ?? DEFAULT_LANGUAGE), DEFAULT_LANGUAGE].every(
    (tag) => !(tag in RELEASE_PARTS) || RELEASE.joined.has(tag),
  );
}

function warnOnce(language: string, why: string) {
  if (warned.has(language)) return;
  warned.add(language);
  // The tag only: never another prop's value, which could carry anything.
  console.warn(`[${CONTAINER_NAME}] language "${language}" ${why}: showing English`);
}

/**
 * The page's words for `language` (default English) with the host's `messages`, numbers in
 * `locale`; null while a shipped catalog it needs is still on its way (see loadLanguage).
 */
export function i18nFor(options: {
  language?: string | undefined;
  messages?: HostMessages | undefined;
  locale?: string | undefined;
}): I18n | null {
  const asked = options.language ?? DEFAULT_LANGUAGE;
  const messages = options.messages ?? {};
  const candidates = candidatesOf(asked);
  if (candidates.some((tag) => tag in SHIPPED && !loaded.has(tag) && !failed.has(tag))) return null;
  const available = (tag: string) => tag in messages || loaded.has(tag);
  const chosen = candidates.findIndex(available);
  let language: string;
  let chain: string[];
  if (chosen === -1) {
    language = DEFAULT_LANGUAGE;
    chain = [];
    // Not a tag at all: the props check already says so, without echoing it.
    if (candidates.length > 0 && !candidates.includes(DEFAULT_LANGUAGE)) {
      warnOnce(
        candidates[0] ?? asked,
        candidates.some((tag) => failed.has(tag)) ? 'could not be loaded' : 'is not available',
      );
    }
  } else {
    language = candidates[chosen] as string;
    chain = candidates.slice(chosen);
  }
  // Most specific first: the host's messages for a tag win over the module's own for it.
  const catalogs: Messages[] = [];
  for (const tag of [...chain, DEFAULT_LANGUAGE]) {
    const host = messages[tag];
    if (host) catalogs.push(host);
    const shipped = loaded.get(tag);
    if (shipped) catalogs.push(shipped);
  }
  const lookup = (key: MessageKey): Message => {
    for (const catalog of catalogs) {
      const message = catalog[key];
      if (message !== undefined) return message;
    }
    // A message of releasing or exporting asked for before its part arrived (their code waits for it).
    return (loaded.get(DEFAULT_LANGUAGE) as Messages)[key] ?? key;
  };
  return createI18n({ language, locale: options.locale, lookup });
}
