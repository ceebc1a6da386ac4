// One turn of jsdom's event loop: the tasks already queued (React's scheduled renders and effects)
// run before it resolves. A yield, never a wait for time: nothing here depends on how long it takes.
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
