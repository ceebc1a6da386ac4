import { equalDeep, keepUnchanged } from './equal';

describe('equalDeep', () => {
  it.each([
    ['the same number', 1, 1],
    ['NaN and NaN', Number.NaN, Number.NaN],
    ['the same text', 'a', 'a'],
    ['null and null', null, null],
    ['equal objects, keys in another order', { a: 1, b: { c: [1, 2] } }, { b: { c: [1, 2] }, a: 1 }],
    ['equal arrays', [{ a: 1 }, 'x'], [{ a: 1 }, 'x']],
    ['empty objects', {}, {}],
  ])('takes %s as the same data', (_, a, b) => {
    expect(equalDeep(a, b)).toBe(true);
  });

  it.each([
    ['other numbers', 1, 2],
    ['a number and its text', 1, '1'],
    ['null and an object', null, {}],
    ['an object and null', {}, null],
    ['an object and undefined', {}, undefined],
    ['an array and the object of its indexes', [1], { 0: 1 }],
    ['an object and the array of its values', { 0: 1 }, [1]],
    ['a field more', { a: 1 }, { a: 1, b: 2 }],
    ['a field less', { a: 1, b: 2 }, { a: 1 }],
    ['the same number of fields, another name', { a: 1 }, { b: 1 }],
    ['a field missing and one undefined', { a: undefined }, { b: undefined }],
    ['a nested value changed', { a: { b: [1, 2] } }, { a: { b: [1, 3] } }],
    ['a longer array', [1, 2], [1, 2, 3]],
    ['the last item changed', [1, 2, 3], [1, 2, 4]],
  ])('tells %s apart', (_, a, b) => {
    expect(equalDeep(a, b)).toBe(false);
  });
});

describe('keepUnchanged', () => {
  it('keeps the objects of unchanged items, takes the new ones of changed and added items, in the new order', () => {
    const a = { id: 'a', v: 1 };
    const b = { id: 'b', v: 1 };
    const previous = [a, b];
    const next = [
      { id: 'c', v: 1 },
      { id: 'b', v: 2 },
      { id: 'a', v: 1 },
    ];
    const kept = keepUnchanged(previous, next);
    expect(kept).toEqual(next);
    expect(kept[0]).toBe(next[0]);
    expect(kept[2]).toBe(a);
    expect(kept[1]).toBe(next[1]);
  });
});
