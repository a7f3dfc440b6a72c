import { describe, expect, it } from 'vitest';
import { DICTIONARIES, LOANWORD_KEYS } from '../../src/i18n';
import { LOCALES } from '../../src/i18n/locales';
import { en } from '../../src/i18n/ui/en';

const keys = Object.keys(en) as (keyof typeof en)[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each(LOCALES.filter((locale) => locale !== 'en'))('UI strings in %s', (locale) => {
  const dictionary = DICTIONARIES[locale] as Record<string, string>;
  it('has every key, none empty', () => {
    const missing = keys.filter((key) => typeof dictionary[key] !== 'string' || dictionary[key].trim() === '');
    expect(missing, `${locale} misses`).toEqual([]);
  });
  it('has no key English lacks', () => {
    expect(Object.keys(dictionary).filter((key) => !(key in en))).toEqual([]);
  });
  it('translates every value, except the listed loanwords', () => {
    const allowed = new Set<string>(LOANWORD_KEYS[locale as Exclude<typeof locale, 'en'>] ?? []);
    const same = keys.filter((key) => dictionary[key] === en[key] && !allowed.has(key));
    expect(same, `${locale} left in English`).toEqual([]);
  });
  it('keeps every placeholder', () => {
    const broken = keys.filter((key) => placeholders(dictionary[key] ?? '').join() !== placeholders(en[key]).join());
    expect(broken, `${locale} placeholders differ`).toEqual([]);
  });
});
