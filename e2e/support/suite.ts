// The frame every browser suite file shares: one stack for the file, the pages a test opened closed
// after it, everything stopped at the end (also when a test fails).
import type { MockHostOptions } from '../../mock-host/serve';
import { type OpenOptions, openPage, type TrackedPage } from './page';
import { ACTIVE_SESSIONS, type Identity, type Stack, startStack } from './stack';

export interface Suite {
  /** The file's stack; there from `beforeAll` on. */
  readonly stack: Stack;
  /** Opens `route` in a new context; the context closes after the test. */
  open(route?: string, identity?: Identity, options?: OpenOptions): Promise<TrackedPage>;
}

export function stackPerFile(options: MockHostOptions = {}): Suite {
  let current: Stack | undefined;
  const opened: TrackedPage[] = [];
  beforeAll(async () => {
    current = await startStack(options);
  });
  afterEach(async () => {
    await Promise.allSettled(opened.splice(0).map(({ context }) => context.close()));
  });
  afterAll(async () => {
    await current?.close();
  });
  const suite: Suite = {
    get stack() {
      if (!current) throw new Error('the stack starts in beforeAll');
      return current;
    },
    async open(route = ACTIVE_SESSIONS, identity = {}, options = {}) {
      const tracked = await openPage(suite.stack, route, identity, options);
      opened.push(tracked);
      return tracked;
    },
  };
  return suite;
}
