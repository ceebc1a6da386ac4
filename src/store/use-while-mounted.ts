import { useEffect, useRef } from 'react';

/**
 * Runs `start` when the component mounts (or `subject` changes) and `stop` when it really goes.
 * React may clean an effect up and run it again at once (StrictMode, effect replay): the stop waits a
 * microtask and is dropped if the effect ran again, so a replay neither cancels nor repeats what is
 * under way. A real unmount stops it before single-spa's unmount resolves.
 */
export function useWhileMounted(subject: unknown, start: () => void, stop: () => void): void {
  const runs = useRef(0);
  const latest = useRef({ start, stop });
  latest.current = { start, stop };
  // biome-ignore lint/correctness/useExhaustiveDependencies: a new subject is a new lifetime; the callbacks are read as they are
  useEffect(() => {
    // Stryker disable next-line UpdateOperator: runs counted down are as distinct as counted up; only equality with the latest counts
    const run = ++runs.current;
    latest.current.start();
    return () => queueMicrotask(() => run === runs.current && latest.current.stop());
  }, [subject]);
}
