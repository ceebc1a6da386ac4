// Development builds only: the console's first module (rspack.config.ts), before React DOM loads.
//
// A page of `npm start` runs two React Refresh runtimes, the console's and the remote's: each rspack
// build with React Refresh brings its own, and both drive the console's one React DOM.
// - A runtime finds React DOM's renderer when React DOM registers with `__REACT_DEVTOOLS_GLOBAL_HOOK__`,
//   or, when the runtime comes later, in the hook's `renderers` map. React DevTools' hook keeps that
//   map; the stand-in hook React Refresh makes without DevTools leaves it empty. The remote's runtime
//   comes with the remote's entry, long after React DOM registered: it found no renderer, and an edit
//   of a remote component was a hot update that changed nothing on the page.
// - React DOM holds one refresh handler (which maps a component to its latest version), the one of the
//   runtime that refreshed last: after an edit of the console, remote components edited before went
//   back to their first version at their next render.
// Here the hook keeps every renderer in `renderers`, as DevTools' does, and a renderer asks every
// runtime's handler in turn (each knows only its own components).

type RefreshHandler = ((type: unknown) => unknown) | null;

interface Renderer {
  setRefreshHandler?: (handler: RefreshHandler) => void;
}

interface DevtoolsHook {
  renderers: Map<number, Renderer>;
  supportsFiber: boolean;
  inject(renderer: Renderer): number;
  onScheduleFiberRoot(): void;
  onCommitFiberRoot(): void;
  onCommitFiberUnmount(): void;
}

function askEveryRuntime(renderer: Renderer) {
  const set = renderer.setRefreshHandler;
  if (typeof set !== 'function') return;
  const handlers: Array<(type: unknown) => unknown> = [];
  const resolve = (type: unknown) => {
    for (const handler of handlers) {
      const family = handler(type);
      if (family !== undefined) return family;
    }
    return undefined;
  };
  renderer.setRefreshHandler = (handler) => {
    if (handler && !handlers.includes(handler)) handlers.push(handler);
    set.call(renderer, handlers.length ? resolve : null);
  };
}

const page = globalThis as { __REACT_DEVTOOLS_GLOBAL_HOOK__?: DevtoolsHook };

if (!page.__REACT_DEVTOOLS_GLOBAL_HOOK__) {
  // The shape of React Refresh's own stand-in (a runtime wraps these methods when it comes).
  let nextId = 0;
  page.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    renderers: new Map(),
    supportsFiber: true,
    inject: () => nextId++,
    onScheduleFiberRoot() {},
    onCommitFiberRoot() {},
    onCommitFiberUnmount() {},
  };
}

const hook = page.__REACT_DEVTOOLS_GLOBAL_HOOK__;
if (hook.renderers instanceof Map) {
  const inject = hook.inject;
  hook.inject = function (this: DevtoolsHook, renderer) {
    const id = inject.call(this, renderer);
    askEveryRuntime(renderer);
    if (!hook.renderers.has(id)) hook.renderers.set(id, renderer);
    return id;
  };
}

export {};
