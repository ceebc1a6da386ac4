// The single-spa lifecycles of `./app`: the host's props checked at mount, the list request sent
// before React renders, the page rendered into the host's element (or a container of the module's
// own), and an unmount that leaves nothing behind (the container it created; the stylesheets the
// bundler added are switched off once no instance is mounted). Each instance (the application, any
// parcels) has a React root of its own, by its single-spa name.
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot, type Root as ReactRoot } from 'react-dom/client';
import type { AppProps } from 'single-spa';
import { checkHostProps } from '../contract/host-props';
import { CONTAINER_NAME } from '../contract/module-manifest';
import { sessionsApiFor } from '../sessions/api';
import type { SessionListLoader } from '../sessions/list-loader';
import { DEFAULT_STUCK_AFTER_MINUTES } from '../sessions/model';
import { preloadList } from '../sessions/preload';
import { PageStopped } from './PageStopped';
import { allowed } from './permission';
import { PRELOADED_LIST, REJECTED_DOM_ELEMENT, Root } from './Root';
import { StylesheetOwner } from './stylesheets';

/** single-spa's own props, beside the host's custom props. */
type LifecycleProps = AppProps & Record<string, unknown> & { domElement?: HTMLElement };

declare const __webpack_public_path__: string;
const publicPath = (): string => (typeof __webpack_public_path__ === 'string' ? __webpack_public_path__ : '');

const CONSOLE_PREFIX = `[${CONTAINER_NAME}]`;

/** The container an instance mounts into when the host names no domElement. */
const containerId = (name: string) => `single-spa-application:${name}`;

/**
 * Resolves in a task of its own. The host's axios client sends a request over a few microtasks (its
 * interceptors), so the list request has left by then, and React's first render cannot hold it back.
 */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

// Development builds (and tests) check the page against React's rules: effects run, clean up and run
// again, as they may in any host.
const strict = process.env.NODE_ENV !== 'production';

function page(props: LifecycleProps) {
  const root = (
    <PageStopped>
      <Root {...props} />
    </PageStopped>
  );
  return strict ? <StrictMode>{root}</StrictMode> : root;
}

interface Instance {
  root: ReactRoot;
  /** The container the module created for it, removed at unmount; null for the host's element. */
  created: HTMLElement | null;
  /** The first list load, started by mount; the page adopts it. */
  preload: SessionListLoader | null;
}

export function createLifecycles() {
  const instances = new Map<string, Instance>();
  const stylesheets = new StylesheetOwner(() => ({ uniqueName: CONTAINER_NAME, publicPath: publicPath() }));

  return {
    async bootstrap(_props: LifecycleProps) {},

    async mount(rawProps: LifecycleProps) {
      const check = checkHostProps(rawProps);
      if (!check.ok) {
        // Names of props only: never a value, which could carry a token or a contact's data.
        console.error(`${CONSOLE_PREFIX} cannot start: ${check.problems.join('; ')}`);
      }
      // A domElement that is not an element cannot take the page: mount into the module's own
      // container and show the props message there, instead of failing the host's application.
      const props: LifecycleProps =
        rawProps.domElement == null || rawProps.domElement instanceof HTMLElement
          ? { ...rawProps }
          : { ...rawProps, domElement: undefined, [REJECTED_DOM_ELEMENT]: rawProps.domElement };
      // The first list request leaves now, not after React's first render and commit (render-as-you-fetch);
      // the page adopts the load and owns it from then on. Only for a user who may see the page.
      const preload =
        check.ok && allowed(check.props)
          ? preloadList(
              sessionsApiFor(check.props.dispatcherClient),
              window.location.search,
              check.props.stuckAfterMinutes ?? DEFAULT_STUCK_AFTER_MINUTES,
            )
          : null;
      if (preload) props[PRELOADED_LIST] = preload;
      // Everything else waits until the request has left: switching the stylesheets on alone costs
      // about a millisecond.
      await nextTask();
      stylesheets.claim(props.name);
      let created: HTMLElement | null = null;
      let domElement = props.domElement ?? document.getElementById(containerId(props.name));
      if (!domElement) {
        created = document.createElement('div');
        created.id = containerId(props.name);
        document.body.append(created);
        domElement = created;
      }
      const instance: Instance = { root: createRoot(domElement), created, preload };
      instances.set(props.name, instance);
      // The page's header and controls are rendered and committed at once, in this task, before the
      // list's answer can come: a synchronous render also runs its effects before it returns, so the
      // page listens to the list from now on and rows are rendered the moment the answer lands (not
      // after a frame, when the effects of a scheduled render would subscribe).
      flushSync(() => instance.root.render(page(props)));
    },

    async unmount(props: LifecycleProps) {
      const instance = instances.get(props.name);
      if (!instance) return;
      instances.delete(props.name);
      instance.root.unmount();
      // Already stopped by the page that adopted it; stopped here if the page never rendered.
      instance.preload?.stop();
      instance.created?.remove();
      stylesheets.release(props.name);
    },

    /** New props re-render the page (another tenant's client or user: the page starts afresh). */
    async update(props: LifecycleProps) {
      const instance = instances.get(props.name);
      if (!instance) return;
      flushSync(() => instance.root.render(page({ ...props })));
    },
  };
}
