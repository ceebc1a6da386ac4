// single-spa lifecycles around single-spa-react: props checked at mount, and an unmount that leaves
// nothing behind (the container single-spa-react created; the stylesheets the bundler added are
// switched off once no instance is mounted).
import React, { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import ReactDOMClient from 'react-dom/client';
import type { AppProps } from 'single-spa';
import singleSpaReact from 'single-spa-react';
import { checkHostProps } from '../contract/host-props';
import { CONTAINER_NAME } from '../contract/module-manifest';
import { sessionsApiFor } from '../sessions/api';
import type { SessionListLoader } from '../sessions/list-loader';
import { DEFAULT_STUCK_AFTER_MINUTES } from '../sessions/model';
import { preloadList } from '../sessions/preload';
import { allowed } from './permission';
import { PRELOADED_LIST, REJECTED_DOM_ELEMENT, Root } from './Root';
import styles from './root.module.css';
import { StylesheetOwner } from './stylesheets';

/** single-spa's own props, beside the host's custom props. */
type LifecycleProps = AppProps & Record<string, unknown> & { domElement?: HTMLElement };

declare const __webpack_public_path__: string;
const publicPath = (): string => (typeof __webpack_public_path__ === 'string' ? __webpack_public_path__ : '');

const CONSOLE_PREFIX = `[${CONTAINER_NAME}]`;

/**
 * Resolves in a task of its own. The host's axios client sends a request over a few microtasks (its
 * interceptors), so the list request has left by then, and React's first render cannot hold it back.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Development builds (and tests) check the page against React's rules: effects run, clean up and run
// again, as they may in any host.
const strict = process.env.NODE_ENV !== 'production';
const StrictRoot = (props: Record<string, unknown>) => (
  <StrictMode>
    <Root {...props} />
  </StrictMode>
);

export function createLifecycles() {
  const react = singleSpaReact({
    React,
    ReactDOMClient,
    rootComponent: strict ? StrictRoot : Root,
    errorBoundary: () => (
      <section className={styles.panel} role="alert">
        <h1 className={styles.title}>Active Sessions stopped</h1>
        <p>
          An unexpected error stopped the page. Open it again from the menu; if it keeps happening, tell
          support.
        </p>
      </section>
    ),
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
      // application for the host: mount into the default container and show the props message there.
      const props: LifecycleProps =
        rawProps.domElement == null || rawProps.domElement instanceof HTMLElement
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
      stylesheets.claim(props.name);
      const existing = props.domElement ? null : document.getElementById(containerId(props.name));
      await nextTask();
      // The page's header and controls are rendered and committed at once, in this task, before the
      // list's answer can come: a synchronous render also runs its effects before it returns, so the
      // page listens to the list from now on and rows are rendered the moment the answer lands (not
      // after a frame, when the effects of a scheduled render would subscribe).
      let mounted: Promise<unknown> = Promise.resolve();
      flushSync(() => {
        mounted = react.mount(props);
      });
      await mounted;
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
