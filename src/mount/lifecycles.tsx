// single-spa lifecycles around single-spa-react: props checked at mount, and an unmount that leaves
// nothing behind (the container single-spa-react created; the stylesheets the bundler added are
// switched off once no instance is mounted).
import React, { StrictMode } from 'react';
import ReactDOMClient from 'react-dom/client';
import type { AppProps } from 'single-spa';
import singleSpaReact from 'single-spa-react';
import { checkHostProps } from '../contract/host-props';
import { CONTAINER_NAME } from '../contract/module-manifest';
import { i18nFor, loadLanguage } from '../i18n/languages';
import { sessionsApiFor } from '../dispatcher/api';
import type { SessionListLoader } from '../list/list-loader';
import { DEFAULT_STUCK_AFTER_MINUTES } from '../session/rules';
import { preloadList } from '../list/preload';
import { allowed } from './permission';
import { PRELOADED_LIST, REJECTED_DOM_ELEMENT, Root } from './Root';
import styles from './root.module.css';
import { StylesheetOwner } from './stylesheets';

/** single-spa's own props, beside the host's custom props. */
type LifecycleProps = AppProps & Record<string, unknown> & { domElement?: HTMLElement };

declare const __webpack_public_path__: string;
// The bundler always defines the public path; only the tests have none, and then no stylesheet is
// known by its file name.
// Stryker disable next-line StringLiteral: equivalent, no link's absolute href starts with any other text either
const NO_PUBLIC_PATH = '';
const publicPath = (): string =>
  typeof __webpack_public_path__ === 'string' ? __webpack_public_path__ : NO_PUBLIC_PATH;

const CONSOLE_PREFIX = `[${CONTAINER_NAME}]`;

/** Resolves in a task of its own, after the microtasks queued before it. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const StrictRoot = (props: Record<string, unknown>) => (
  <StrictMode>
    <Root {...props} />
  </StrictMode>
);

export function createLifecycles() {
  // Development builds (and tests) check the page against React's rules: effects run, clean up and run
  // again, as they may in any host. A production build leaves that to the host, whose React may be a
  // development build.
  const strict = process.env.NODE_ENV !== 'production';
  const react = singleSpaReact({
    React,
    ReactDOMClient,
    rootComponent: strict ? StrictRoot : Root,
    errorBoundary: (_error, _info, props) => {
      // The catalog was loaded at mount; English if the language is not one the module can speak.
      const language = typeof props.language === 'string' ? props.language : undefined;
      const { t, language: spoken } =
        i18nFor({ language }) ?? (i18nFor({}) as NonNullable<ReturnType<typeof i18nFor>>);
      return (
        <section className={styles.panel} role="alert" lang={spoken}>
          <h1 className={styles.title}>{t('stopped')}</h1>
          <p>{t('stoppedBody')}</p>
        </section>
      );
    },
  });
  const createdContainers = new Map<string, HTMLElement>();
  const preloads = new Map<string, SessionListLoader>();
  const stylesheets = new StylesheetOwner(() => ({ uniqueName: CONTAINER_NAME, publicPath: publicPath() }));

  const containerId = (name: string) => `single-spa-application:${name}`;

  return {
    bootstrap: react.bootstrap,

    async mount(rawProps: LifecycleProps) {
      const check = checkHostProps(rawProps);
      if (!check.ok) {
        // Names of props only: never a value, which could carry a token or a contact's data.
        console.error(`${CONSOLE_PREFIX} cannot start: ${check.problems.join('; ')}`);
      }
      // A domElement that is not an element would make single-spa-react throw, breaking the
      // application for the host: mount into the default container and let the root check what was
      // given (nothing at all is fine, single-spa-react then makes the container).
      const props: LifecycleProps =
        rawProps.domElement instanceof HTMLElement
          ? { ...rawProps }
          : { ...rawProps, domElement: undefined, [REJECTED_DOM_ELEMENT]: rawProps.domElement };
      // The first list request leaves now, not after React's first render and commit (render-as-you-fetch);
      // the page adopts the load and owns it from then on. Only for a user who may see the page.
      if (check.ok && allowed(check.props)) {
        preloads.set(
          props.name,
          preloadList(
            sessionsApiFor(check.props.dispatcherClient),
            window.location.search,
            check.props.stuckAfterMinutes ?? DEFAULT_STUCK_AFTER_MINUTES,
          ),
        );
        props[PRELOADED_LIST] = preloads.get(props.name);
      }
      // Everything else waits until the request has left: the host's client sends it over a few
      // microtasks (its interceptors), and React's first render must not hold it back.
      await nextTask();
      stylesheets.claim(props.name);
      // The page's words before its first render, fetched while the first list request is under way.
      if (typeof rawProps.language === 'string') await loadLanguage(rawProps.language);
      const existing = props.domElement ? null : document.getElementById(containerId(props.name));
      await react.mount(props);
      if (!props.domElement && !existing) {
        const created = document.getElementById(containerId(props.name));
        if (created) createdContainers.set(props.name, created);
      }
    },

    async unmount(props: LifecycleProps) {
      await react.unmount(props);
      // Already stopped by the page that adopted it; stopped here if the page never rendered.
      preloads.get(props.name)?.stop();
      preloads.delete(props.name);
      createdContainers.get(props.name)?.remove();
      createdContainers.delete(props.name);
      stylesheets.release(props.name);
    },

    update: react.update as (props: LifecycleProps) => Promise<unknown>,
  };
}
