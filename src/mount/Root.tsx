// The module's root: the page, or what stands in its place (props it cannot work with, a user
// without the permission), in the words of the host's language. It reads the handoff of its mounted
// instance, so new props from the host reach it without a magic prop or a second check.
import { I18nProvider, useI18nFor } from '../i18n/context';
import { unavailableLanguage } from '../i18n/languages';
import { ActiveSessionsPage } from '../page/ActiveSessionsPage';
import { DEFAULT_STUCK_AFTER_MINUTES } from '../session/rules';
import { type Store, ValueStore } from '../store/store';
import { useStore } from '../store/use-store';
import { ReloadNotice } from '../ui/ReloadNotice';
import type { MountedInstance, PageHandoff } from './handoff';
import { MissingPermission } from './MissingPermission';
import { PropsProblem } from './PropsProblem';
import styles from './root.module.css';
import type { SheetsState } from './stylesheets';

/** For a root rendered without the lifecycles (tests): nothing is known of the stylesheet. */
const UNCHECKED = new ValueStore<SheetsState>('unchecked');

/** A language's name in `inLanguage` (`de` in English: German); the tag where the browser has no names. */
function languageName(tag: string, inLanguage: string): string {
  try {
    return new Intl.DisplayNames([inLanguage], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

function Page({ handoff }: { handoff: Extract<PageHandoff, { ok: true }> }) {
  const { props, services, preloaded } = handoff;
  if (!handoff.allowed) return <MissingPermission />;
  return (
    <ActiveSessionsPage
      services={services}
      navigate={handoff.navigate}
      basePath={handoff.basePath}
      {...(props.locale ? { locale: props.locale } : {})}
      {...(props.timeZone ? { timeZone: props.timeZone } : {})}
      stuckAfterMinutes={props.stuckAfterMinutes ?? DEFAULT_STUCK_AFTER_MINUTES}
      {...(props.subscribe ? { subscribe: props.subscribe } : {})}
      {...(preloaded ? { preloadedList: preloaded } : {})}
    />
  );
}

/**
 * The root of one mounted instance. Another tenant or user (a new identity in the handoff) remounts
 * the page, so nothing of the previous identity survives.
 */
export function Root({ instance, sheets }: { instance: MountedInstance; sheets?: Store<SheetsState> }) {
  const handoff = useStore(instance);
  const sheetsState = useStore(sheets ?? UNCHECKED);
  // The words: of the host's language when it is a tag at all (English otherwise), with its messages
  // when they are well-formed. Null only until a shipped language's catalog first arrives.
  const i18n = useI18nFor(
    handoff.language,
    handoff.ok ? handoff.props.messages : undefined,
    handoff.ok ? handoff.props.locale : undefined,
  );
  if (!i18n) return null;
  if (!handoff.ok) {
    return (
      <I18nProvider value={i18n}>
        <PropsProblem problems={handoff.problems} />
      </I18nProvider>
    );
  }
  // A shipped language whose words could not be fetched: the page speaks English and says so.
  const missing = unavailableLanguage(handoff.language);
  return (
    <I18nProvider value={i18n}>
      <div className={styles.root} lang={i18n.language}>
        {sheetsState === 'failed' && <ReloadNotice message={i18n.t('pageUpdated')} />}
        {missing && (
          <ReloadNotice
            role="status"
            message={i18n.t('languageNotLoaded', { language: languageName(missing, i18n.language) })}
          />
        )}
        <Page key={handoff.identity} handoff={handoff} />
      </div>
    </I18nProvider>
  );
}
