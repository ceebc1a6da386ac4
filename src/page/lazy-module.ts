// Code only some visits need (the release dialogs) is fetched after the first rows are on screen, or
// when first asked for, so it does not weigh on the page's first load.
import { useEffect, useState } from 'react';

export interface LazyModule<M> {
  /** The module, once loaded. */
  get(): M | null;
  /** Loads it (once; again after a failure). */
  load(): Promise<M>;
}

export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let loaded: M | null = null;
  let loading: Promise<M> | null = null;
  return {
    get: () => loaded,
    load() {
      loading ??= load().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          // A failed fetch of the chunk (the remote's server was down) is tried again next time.
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}

/** The module once `wanted` (and loaded); null until then. A module loaded before is there at once. */
export function useLazyModule<M>(module: LazyModule<M>, wanted: boolean): M | null {
  const [value, setValue] = useState(module.get);
  useEffect(() => {
    if (!wanted || value) return;
    let live = true;
    module.load().then(
      (loaded) => live && setValue(() => loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [module, wanted, value]);
  return value;
}
