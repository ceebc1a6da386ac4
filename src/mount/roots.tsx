// What single-spa-react renders: the root, in StrictMode or not, and the panel once the page has stopped.
import { type ErrorInfo, StrictMode } from 'react';
import type { AppProps } from 'single-spa';
import { i18nFor } from '../i18n/languages';
import type { MountedInstance } from './handoff';
import { Root } from './Root';
import styles from './root.module.css';
import type { StylesheetOwner } from './stylesheets';

/** What single-spa-react renders the root with: single-spa's own props, where, and the handoff. */
export type RootProps = Pick<AppProps, 'name' | 'singleSpa' | 'mountParcel'> & {
  domElement?: HTMLElement;
  instance: MountedInstance;
  /** Whether the module's stylesheet applies (all instances share it). */
  sheets: StylesheetOwner['state'];
};

export const StrictRoot = (props: RootProps) => (
  <StrictMode>
    <Root instance={props.instance} sheets={props.sheets} />
  </StrictMode>
);
export const PlainRoot = (props: RootProps) => <Root instance={props.instance} sheets={props.sheets} />;

/** single-spa-react's error boundary: what stands in place of a page that threw, in the host's language. */
export function pageStopped(_error: Error, _info: ErrorInfo, props: RootProps) {
  // The catalog was loaded at mount; English if the language is not one the module can speak.
  const { language } = props.instance.getSnapshot();
  const { t, language: spoken } =
    i18nFor({ language }) ?? (i18nFor({}) as NonNullable<ReturnType<typeof i18nFor>>);
  return (
    <section className={styles.panel} role="alert" lang={spoken}>
      <h1 className={styles.title}>{t('stopped')}</h1>
      <p>{t('stoppedBody')}</p>
    </section>
  );
}
