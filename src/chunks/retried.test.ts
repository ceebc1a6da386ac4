import { RETRY_DELAYS_MS, retried } from './retried';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('a load that fails once is tried again after a short wait, and its value comes', async () => {
  const load = jest.fn().mockRejectedValueOnce(new Error('503')).mockResolvedValue('chunk');
  const loading = retried(load)();
  await jest.advanceTimersByTimeAsync(0);
  expect(load).toHaveBeenCalledTimes(1);
  await jest.advanceTimersByTimeAsync(RETRY_DELAYS_MS[0] as number);
  await expect(loading).resolves.toBe('chunk');
  expect(load).toHaveBeenCalledTimes(2);
});

test('a load that keeps failing is tried three times in all, then rejects with the last failure', async () => {
  const load = jest
    .fn()
    .mockRejectedValueOnce(new Error('404 first'))
    .mockRejectedValueOnce(new Error('404 second'))
    .mockRejectedValueOnce(new Error('404 last'));
  const loading = retried(load)();
  const outcome = loading.catch((error: Error) => error.message);
  await jest.advanceTimersByTimeAsync(RETRY_DELAYS_MS.reduce((sum, ms) => sum + ms, 0));
  expect(await outcome).toBe('404 last');
  expect(load).toHaveBeenCalledTimes(3);
});

test('each call starts afresh: a later call tries again after an earlier one failed', async () => {
  const load = jest.fn().mockRejectedValue(new Error('gone'));
  const once = retried(load, []);
  await expect(once()).rejects.toThrow('gone');
  load.mockResolvedValue('back');
  await expect(once()).resolves.toBe('back');
});
