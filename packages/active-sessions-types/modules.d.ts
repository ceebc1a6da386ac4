// The two modules the remote exposes, as a host imports them from its federation runtime:
// `import('active_sessions/app')` and `import manifest from 'active_sessions/manifest'`.

declare module 'active_sessions/app' {
  import type { ActiveSessionsProps } from 'active-sessions-mfe-types/contract/host-props';

  /** What single-spa passes each lifecycle beside the host's custom props (more, which the module ignores). */
  interface SingleSpaProps {
    name: string;
  }

  /** The props a lifecycle gets: single-spa's own and the host's ActiveSessionsProps. */
  export type LifecycleProps = ActiveSessionsProps & SingleSpaProps;

  /** single-spa's `bootstrap` (single-spa 6). */
  export function bootstrap(props: LifecycleProps): Promise<void>;
  /** single-spa 7's name for `bootstrap`. */
  export function init(props: LifecycleProps): Promise<void>;
  /** Checks the props and renders the page into `domElement` (or a container of its own). */
  export function mount(props: LifecycleProps): Promise<void>;
  /** Leaves no DOM, timer, listener or list request behind. */
  export function unmount(props: LifecycleProps): Promise<void>;
  /** New props: a new `dispatcherClient` or `hasPermission` starts the page afresh. */
  export function update(props: LifecycleProps): Promise<void>;
}

declare module 'active_sessions/manifest' {
  import type { ModuleManifest } from 'active-sessions-mfe-types/contract/module-manifest';

  /** The menu entry, route and permission of the page: plain data. */
  const manifest: ModuleManifest;
  export default manifest;
}
