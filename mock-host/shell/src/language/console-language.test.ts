import { canonicalTag, resolveInitialLanguage, withoutLanguageParam } from './console-language';

describe('the console’s language', () => {
  it('is English when nothing says otherwise', () => {
    expect(resolveInitialLanguage({ search: '', stored: null })).toBe('en');
  });

  it('takes sessionStorage over the default, and the URL over both', () => {
    expect(resolveInitialLanguage({ search: '', stored: 'de' })).toBe('de');
    expect(resolveInitialLanguage({ search: '?language=sv-se', stored: 'de' })).toBe('sv-SE');
  });

  it('ignores what is not a language tag wherever it comes from', () => {
    expect(resolveInitialLanguage({ search: '?language=not a tag!', stored: '??' })).toBe('en');
    expect(canonicalTag('')).toBeNull();
  });

  it('drops its parameter from the URL and keeps the others', () => {
    expect(withoutLanguageParam('?session=1&language=de&x=2')).toBe('?session=1&x=2');
    expect(withoutLanguageParam('?language=de')).toBe('');
  });
});
