// A host's message override is taken only when it is a message: a text, or plural forms with `other`.
import { isMessage } from './messages';

describe('whether a value a host passes is a message', () => {
  it('takes a text, and plural forms of known categories with `other`', () => {
    expect(isMessage('Release')).toBe(true);
    expect(isMessage({ one: '{count} session', other: '{count} sessions' })).toBe(true);
  });

  it('refuses nothing, lists, forms without `other`, unknown categories and forms that are not texts', () => {
    for (const value of [
      null,
      undefined,
      42,
      ['a'],
      Object.assign(['a'], { other: 'x' }),
      { one: 'x' },
      { other: 'x', plural: 'y' },
      { other: 'x', one: 1 },
      { other: 7 },
    ])
      expect(`${JSON.stringify(value)}: ${isMessage(value)}`).toBe(`${JSON.stringify(value)}: false`);
  });
});
