// Exposed as `./app`: the single-spa lifecycles of the Active Sessions page, and nothing else.
import { createLifecycles } from './mount/lifecycles';

export const { bootstrap, mount, unmount, update } = createLifecycles();

/** single-spa 7 calls the first lifecycle `init` (applications that export only `bootstrap` skip it there). */
export const init = bootstrap;
