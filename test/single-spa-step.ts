// Driving the module's single-spa lifecycles in jsdom. single-spa, not Testing Library, drives React
// there, so its renders happen outside act by design: React is told so for the test file, and each
// lifecycle step settles by turning the event loop inside act until its promise is done.
import { act } from '@testing-library/react';
import { nextTask } from './next-task';

/** Tells React whether it runs inside Testing Library's act (jsdom's default) or not. */
export function setActEnvironment(on: boolean): void {
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = on;
}

/** For a test file whose tests mount the lifecycles: React runs outside act for the whole file. */
export function driveReactOutsideAct(): void {
  beforeAll(() => setActEnvironment(false));
  afterAll(() => setActEnvironment(true));
}

/**
 * Lets a lifecycle step finish, resolved or rejected: mount renders in a task after the list request
 * has left, and single-spa-react resolves from a timer after React commits. With fake timers, time
 * moves on a millisecond a turn.
 */
export async function settle<T>(step: Promise<T>, { fakeTimers = false } = {}): Promise<T> {
  let done = false;
  const finished = () => {
    done = true;
  };
  void step.then(finished, finished);
  for (let i = 0; i < 100 && !done; i += 1) {
    await act(async () => {
      if (fakeTimers) await jest.advanceTimersByTimeAsync(1);
      else await nextTask();
    });
  }
  return step;
}
