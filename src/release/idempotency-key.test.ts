import { newIdempotencyKey } from './idempotency-key';

/** Runs `run` as on a console served over plain http, where crypto has no randomUUID. */
function withoutRandomUUID(run: () => void) {
  Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
  try {
    run();
  } finally {
    delete (crypto as { randomUUID?: unknown }).randomUUID;
  }
}

describe('a release’s Idempotency-Key', () => {
  it('is a fresh UUID each time where the page may make one', () => {
    const keys = [newIdempotencyKey(), newIdempotencyKey()];
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(keys).toEqual([expect.stringMatching(uuid), expect.stringMatching(uuid)]);
    expect(keys[0]).not.toBe(keys[1]);
  });

  it('is 16 random bytes in hex without randomUUID, fresh each time', () => {
    withoutRandomUUID(() => {
      const keys = [newIdempotencyKey(), newIdempotencyKey()];
      expect(keys).toEqual([
        expect.stringMatching(/^[0-9a-f]{32}$/),
        expect.stringMatching(/^[0-9a-f]{32}$/),
      ]);
      expect(keys[0]).not.toBe(keys[1]);
    });
  });

  it('writes each byte as two hex digits, a small one with its leading zero', () => {
    const bytes = jest.spyOn(crypto, 'getRandomValues').mockImplementation((array) => {
      (array as Uint8Array).set([0, 1, 15, 16, 255, 171, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
      return array;
    });
    try {
      withoutRandomUUID(() => expect(newIdempotencyKey()).toBe('00010f10ffab02030405060708090a0b'));
    } finally {
      bytes.mockRestore();
    }
  });
});
