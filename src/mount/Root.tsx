import { type ActiveSessionsProps, checkHostProps } from '../contract/host-props';
import { I18nProvider, useI18n, useI18nFor } from '../i18n/context';
import manifest from '../manifest';
import { ActiveSessionsPage } from '../page/ActiveSessionsPage';
import { defaultNavigate } from './navigate';
import { allowed } from './permission';
import { sessionsApiFor } from '../dispatcher/api';
import { SessionListLoader } from '../list/list-loader';
import { DEFAULT_STUCK_AFTER_MINUTES } from '../session/rules';
import styles from './root.module.css';

const identities = new WeakMap<object, number>();
let lastIdentity = 0;
function identityOf(value: object): number {
  let id = identities.get(value);
  if (id === undefined) {
    // Stryker disable next-line AssignmentOperator: equivalent, counting down gives ids as unique as counting up
    lastIdentity += 1;
    id = lastIdentity;
    identities.set(value, id);
  }
  return id;
}

/** What the module shows when a host passes props it cannot work with: the host keeps running. */
export function PropsProblem({ problems }: { problems: string[] }) {
  const { t, language } = useI18n();
  // The problems themselves are for the host's developers, in English like the console line.
  return (
    <section
      className={styles.panel}
      role="alert"
      aria-labelledby="active-sessions-props-problem"
      lang={language}
    >
      <h1 id="active-sessions-props-problem" className={styles.title}>
        {t('cannotStart')}
      </h1>
      <p>{t('cannotStartIntro')}</p>
      <ul lang="en">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </section>
  );
}

function MissingPermission() {
  const { t, template } = useI18n();
  // The permission's name as code, where the language's sentence puts it.
  const [before, after] = template('missingPermission').split('{permission}');
  return (
    <section className={styles.panel} aria-labelledby="active-sessions-heading">
      <h1 id="active-sessions-heading" className={styles.title}>
        {t('heading')}
      </h1>
      <p role="alert">
        {before}
        <code>{manifest.requiredPermission}</code>
        {after}
      </p>
    </section>
  );
}

function Page(props: ActiveSessionsProps & { preloadedList?: SessionListLoader | undefined }) {
  const {
    dispatcherClient,
    navigate = defaultNavigate,
    locale,
    timeZone,
    stuckAfterMinutes,
    preloadedList,
  } = props;
  // One per client (onePer): the page is keyed by the client, so a new one remounts it anyway.
  const api = sessionsApiFor(dispatcherClient);
  if (!allowed(props)) return <MissingPermission />;
  return (
    <ActiveSessionsPage
      api={api}
      navigate={navigate}
      {...(locale ? { locale } : {})}
      {...(timeZone ? { timeZone } : {})}
      stuckAfterMinutes={stuckAfterMinutes ?? DEFAULT_STUCK_AFTER_MINUTES}
      {...(preloadedList ? { preloadedList } : {})}
    />
  );
}

/** Set by mount to the host's domElement when that is not an element (or absent), so the root checks what was given. */
// Stryker disable next-line StringLiteral: equivalent, the name only has to differ from the host's props and the other one
export const REJECTED_DOM_ELEMENT = 'activeSessionsRejectedDomElement';

/** Set by mount when it started the first list load before rendering. */
// Stryker disable next-line StringLiteral: equivalent, the name only has to differ from the host's props and the other one
export const PRELOADED_LIST = 'activeSessionsPreloadedList';

const preloaded = (value: unknown) => (value instanceof SessionListLoader ? value : undefined);

/**
 * The module's root: checks the host's props, then shows the page. A new client or permission check
 * (another tenant or user) remounts the page, so nothing of the previous identity survives.
 */
export function Root(rawProps: Record<string, unknown>) {
  const check = checkHostProps(
    REJECTED_DOM_ELEMENT in rawProps ? { ...rawProps, domElement: rawProps[REJECTED_DOM_ELEMENT] } : rawProps,
  );
  // The words: of the host's language when it is a tag at all (English otherwise), with its messages
  // when they are well-formed. Null only until a shipped language's catalog first arrives.
  const checked = check.ok ? check.props : null;
  const i18n = useI18nFor(
    typeof rawProps.language === 'string' ? rawProps.language : undefined,
    checked?.messages,
    checked?.locale,
  );
  if (!i18n) return null;
  if (!check.ok) {
    return (
      <I18nProvider value={i18n}>
        <PropsProblem problems={check.problems} />
      </I18nProvider>
    );
  }
  const props = check.props;
  const key = `${identityOf(props.dispatcherClient)}:${identityOf(props.hasPermission)}`;
  return (
    <I18nProvider value={i18n}>
      <div className={styles.root} lang={i18n.language}>
        <Page key={key} {...props} preloadedList={preloaded(rawProps[PRELOADED_LIST])} />
      </div>
    </I18nProvider>
  );
}
