// The panel shown instead of the page for a user without the module's permission (the root picks it).
import { useI18n } from '../i18n/context';
import manifest from '../manifest';
import styles from './root.module.css';

export function MissingPermission() {
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
