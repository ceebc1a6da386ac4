// single-spa lifecycles around single-spa-react: props checked once per mount or update into the
// page's handoff, and an unmount that leaves nothing behind (the container single-spa-react created;
// the stylesheets the bundler added are switched off once no instance is mounted).
import React from 'react';
import ReactDOMClient from 'react-dom/client';
import type { AppProps } from 'single-spa';
import singleSpaReact from 'single-spa-react';
import { CONTAINER_NAME } from '../contract/module-manifest';
import { loadLanguage } from '../i18n/languages';
import { MountedInstance } from './handoff';
import { PlainRoot, pageStopped, type RootProps, StrictRoot } from './roots';
import { bundled, sheetApplies } from './sheet-check';
import { StylesheetOwner } from './stylesheets';

/** single-spa's own props, beside the host's custom props. */
type LifecycleProps = AppProps & Record<string, unknown> & { domElement?: unknown };

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

export function createLifecycles() {
  // Development builds (and tests) check the page against React's rules: effects run, clean up and run
  // again, as they may in any host. A production build leaves that to the host, whose React may be a
  // development build.
  const strict = process.env.NODE_ENV !== 'production';
  const react = singleSpaReact<RootProps>({
    React,
    ReactDOMClient,
    rootComponent: strict ? StrictRoot : PlainRoot,
    errorBoundary: pageStopped,
  });
  const mounted = new Map<string, RootProps>();
  const createdContainers = new Map<string, HTMLElement>();
  const stylesheets = new StylesheetOwner(() => ({ uniqueName: CONTAINER_NAME, publicPath: publicPath() }));

  const containerId = (name: string) => `single-spa-application:${name}`;

  return {
    // single-spa-react's own bootstrap does nothing when it is given its root component.
    async bootstrap(_props: LifecycleProps) {},

    async mount(props: LifecycleProps) {
      // The props are checked once, and the first list request leaves now, not after React's first
      // render and commit (render-as-you-fetch); the page adopts the load and owns it from then on.
      const instance = new MountedInstance(props);
      const handoff = instance.getSnapshot();
      if (!handoff.ok) {
        // Names of props only: never a value, which could carry a token or a contact's data.
        console.error(`${CONSOLE_PREFIX} cannot start: ${handoff.problems.join('; ')}`);
      }
      // Everything else waits until the request has left: the host's client sends it over a few
      // microtasks (its interceptors), and React's first render must not hold it back.
      await nextTask();
      stylesheets.claim(props.name);
      // The page's words before its first render, fetched while the first list request is under way.
      if (handoff.language !== undefined) await loadLanguage(handoff.language);
      // A domElement that is not an element would make single-spa-react throw, breaking the
      // application for the host: the page says what is wrong from the default container instead.
      const domElement = props.domElement instanceof HTMLElement ? props.domElement : undefined;
      const existing = domElement ? null : document.getElementById(containerId(props.name));
      const { name, singleSpa, mountParcel } = props;
      const rootProps: RootProps = {
        name,
        singleSpa,
        mountParcel,
        ...(domElement ? { domElement } : {}),
        instance,
        sheets: stylesheets.state,
      };
      mounted.set(name, rootProps);
      await react.mount(rootProps);
      if (!domElement && !existing) {
        const created = document.getElementById(containerId(props.name));
        if (created) createdContainers.set(props.name, created);
      }
      // The page is on screen: its stylesheet should apply to its root by now. Not awaited: a file
      // fetched again must not hold up the mount.
      const root = (domElement ?? document.getElementById(containerId(props.name)))?.firstElementChild;
      if (root && bundled()) void stylesheets.verify(root, sheetApplies);
    },

    async unmount(props: LifecycleProps) {
      const rootProps = mounted.get(props.name);
      if (!rootProps) return;
      await react.unmount(rootProps);
      // Already stopped by the page that adopted it; stopped here if the page never rendered.
      rootProps.instance.stopPreload();
      mounted.delete(props.name);
      createdContainers.get(props.name)?.remove();
      createdContainers.delete(props.name);
      stylesheets.release(props.name);
    },

    /** New props from the host: the instance's handoff is made again, and the page reads it. */
    async update(props: LifecycleProps) {
      mounted.get(props.name)?.instance.update(props);
    },
  };
}
