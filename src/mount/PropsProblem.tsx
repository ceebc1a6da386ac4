// The panel shown instead of the page for host props the module cannot work with (the root picks it).
import { useI18n } from '../i18n/context';
import styles from './root.module.css';

/** What the module shows when a host passes props it cannot work with: the host keeps running. */
export function PropsProblem({ problems }: { problems: readonly string[] }) {
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
