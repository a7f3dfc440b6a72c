import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LOANWORD_KEYS, pickStrings, usePlural } from '../../src/i18n';
import { LOCALE_INFO, LOCALES } from '../../src/i18n/locales';
import { PLURAL_CATEGORIES, plural, pluralBaseOf } from '../../src/i18n/plural';
import { en } from '../../src/i18n/ui/en';

const enKeys = Object.keys(en);
/** Keys of counted strings: English has an `other` form of each. */
const pluralKeys = enKeys.filter((key) => key.endsWith('.other')).map((key) => key.slice(0, -'.other'.length));
const isPluralForm = (key: string) => pluralKeys.includes(pluralBaseOf(key) ?? '');
const plainKeys = enKeys.filter((key) => !isPluralForm(key));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const dictionaryOf = (locale: (typeof LOCALES)[number]) => DICTIONARIES[locale] as Record<string, string>;
const categoriesOf = (locale: (typeof LOCALES)[number]) => new Intl.PluralRules(LOCALE_INFO[locale].tag).resolvedOptions().pluralCategories as string[];

describe.each(LOCALES.filter((locale) => locale !== 'en'))('UI strings in %s', (locale) => {
  const dictionary = dictionaryOf(locale);
  it('has every key, none empty', () => {
    const missing = plainKeys.filter((key) => typeof dictionary[key] !== 'string' || dictionary[key].trim() === '');
    expect(missing, `${locale} misses`).toEqual([]);
  });
  it('has no key English lacks (a plural key may have forms English does not use)', () => {
    expect(Object.keys(dictionary).filter((key) => !(key in en) && !isPluralForm(key))).toEqual([]);
  });
  it('translates every value, except the listed loanwords', () => {
    const allowed = new Set<string>(LOANWORD_KEYS[locale as Exclude<typeof locale, 'en'>] ?? []);
    const same = Object.keys(dictionary).filter((key) => key in en && dictionary[key] === en[key as keyof typeof en] && !allowed.has(key));
    expect(same, `${locale} left in English`).toEqual([]);
  });
  it('keeps every placeholder', () => {
    const broken = plainKeys.filter((key) => placeholders(dictionary[key] ?? '').join() !== placeholders(en[key as keyof typeof en]).join());
    expect(broken, `${locale} placeholders differ`).toEqual([]);
  });
});

describe.each(LOCALES)('plural forms in %s', (locale) => {
  const dictionary = dictionaryOf(locale);
  const needed = categoriesOf(locale);
  it.each(pluralKeys)('%s has every form the language needs, and no other', (key) => {
    const present = PLURAL_CATEGORIES.filter((category) => (dictionary[`${key}.${category}`] ?? '').trim() !== '');
    expect([...present].sort(), `${locale} ${key}`).toEqual([...needed].sort());
  });
  it('ends no other key in a category name', () => {
    const stray = Object.keys(dictionary).filter((key) => pluralBaseOf(key) !== null && !isPluralForm(key));
    expect(stray, `${locale}: plural keys need an English "other" form`).toEqual([]);
  });
  it('keeps the placeholders of each plural form ({count} may give way to a word in zero, one and two)', () => {
    const broken = Object.keys(dictionary).filter((key) => {
      if (!isPluralForm(key)) return false;
      const expected = placeholders(en[`${pluralBaseOf(key)}.other` as keyof typeof en]);
      const actual = placeholders(dictionary[key] ?? '');
      const optional = /\.(zero|one|two)$/.test(key) ? expected.filter((name) => name !== 'count') : expected;
      return actual.join() !== expected.join() && actual.join() !== optional.join();
    });
    expect(broken, `${locale} placeholders differ`).toEqual([]);
  });
});

describe('plural()', () => {
  const strings = { 'x.one': '{count} quiz', 'x.other': '{count} quizzes', 'y.other': '{count} of {total}' };
  it('picks the form the language uses for the count', () => {
    expect(plural(strings, 'x', 1, 'en')).toBe('1 quiz');
    expect(plural(strings, 'x', 0, 'en')).toBe('0 quizzes');
    expect(plural(strings, 'x', 1200, 'en')).toBe('1,200 quizzes');
  });
  it('falls back to other, fills other placeholders, and formats the count for the language', () => {
    expect(plural(strings, 'y', 1, 'fa', { total: '۱۰' })).toBe('۱ of ۱۰');
    expect(plural(strings, 'missing', 2, 'en')).toBe('missing');
  });
  it('reads the real dictionaries: Arabic uses six forms, Chinese one', () => {
    const ar = usePlural('ar');
    expect([0, 1, 2, 3, 11, 100].map((n) => ar('progress.passed', n))).toEqual([
      'لم يتم اجتياز أي اختبار',
      'تم اجتياز اختبار واحد',
      'تم اجتياز اختبارين',
      'تم اجتياز 3 اختبارات',
      'تم اجتياز 11 اختبارًا',
      'تم اجتياز 100 اختبار',
    ]);
    expect(usePlural('en')('progress.passed', 1)).toBe('1 quiz passed');
    expect(usePlural('zh')('progress.passed', 1)).toBe('已通过 1 个测验');
  });
  it('hands an island every form its locale has of a picked plural key', () => {
    expect(Object.keys(pickStrings('ar', ['search.results.other', 'search.title'])).sort()).toEqual([
      'search.results.few',
      'search.results.many',
      'search.results.one',
      'search.results.other',
      'search.results.two',
      'search.results.zero',
      'search.title',
    ]);
  });
});
