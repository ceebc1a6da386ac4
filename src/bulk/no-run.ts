/** A stand-in store while there is no bulk run, so the run's store can be read unconditionally. */
export const NO_RUN = { subscribe: () => () => undefined, getSnapshot: () => null };
