// A loader's lifetime under React: started again when its subject changes, stopped when the component
// really goes, and not stopped by StrictMode's replay of effects.
import { act, renderHook } from '@testing-library/react';
import { StrictMode } from 'react';
import { useWhileMounted } from './use-while-mounted';

function lifetime() {
  const log: string[] = [];
  const hook = renderHook(
    ({ subject }: { subject: string }) =>
      useWhileMounted(
        subject,
        () => log.push(`start ${subject}`),
        () => log.push(`stop ${subject}`),
      ),
    { initialProps: { subject: 'a' }, wrapper: StrictMode },
  );
  return { log, hook };
}

const settle = () => act(() => Promise.resolve());

describe('useWhileMounted', () => {
  it('starts again when the subject changes, and the stop at unmount is the latest one', async () => {
    const { log, hook } = lifetime();
    await settle();
    log.length = 0;
    hook.rerender({ subject: 'b' });
    await settle();
    expect(log).toEqual(['start b']);
    // A start that follows at once takes over (the cleanup's stop is dropped, as for a replay); the stop
    // at unmount is the latest callback's.
    hook.unmount();
    await settle();
    expect(log).toEqual(['start b', 'stop b']);
  });

  it('is not stopped by StrictMode replaying its effect, and stops once on a real unmount', async () => {
    const { log, hook } = lifetime();
    await settle();
    expect(log.filter((entry) => entry.startsWith('stop'))).toEqual([]);
    hook.unmount();
    await settle();
    expect(log.filter((entry) => entry.startsWith('stop'))).toEqual(['stop a']);
  });
});
