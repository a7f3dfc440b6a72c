import { DEFAULT_LOCALE, LOCALE_INFO, type Locale } from './locales';
import { interpolate } from './interpolate';
import { plural, pluralBaseOf } from './plural';
import { en, type PluralKey, type UIDictionary, type UIKey } from './ui/en';
import { ar } from './ui/ar';
import { fa } from './ui/fa';
import { zh } from './ui/zh';
import { it } from './ui/it';

export type { UIKey, UIDictionary, PluralKey };
export * from './locales';

export const DICTIONARIES: Record<Locale, UIDictionary> = { en, ar, fa, zh, it };

export type Vars = Record<string, string | number>;
export type Translate = (key: UIKey, vars?: Vars) => string;
export type TranslatePlural = (key: PluralKey, count: number, vars?: Vars) => string;

export { interpolate };

export function useTranslations(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale] ?? DICTIONARIES[DEFAULT_LOCALE];
  return (key, vars) => interpolate(dictionary[key] ?? key, vars);
}

/** Counted strings in the locale's plural forms: usePlural('ar')('progress.passed', 3). */
export function usePlural(locale: Locale): TranslatePlural {
  const dictionary = DICTIONARIES[locale] ?? DICTIONARIES[DEFAULT_LOCALE];
  const tag = LOCALE_INFO[locale]?.tag ?? DEFAULT_LOCALE;
  return (key, count, vars) => plural(dictionary, key, count, tag, vars);
}

/**
 * The subset of the dictionary an island needs, so a page ships only those strings. A plural form
 * brings every form the locale has of that key (Arabic's "few" although English has none).
 */
export function pickStrings<K extends UIKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  const dictionary: Readonly<Record<string, string | undefined>> = DICTIONARIES[locale];
  const bases = new Set(keys.map(pluralBaseOf).filter((base) => base !== null));
  const picked = Object.entries(dictionary).filter(([key]) => (keys as readonly string[]).includes(key) || bases.has(pluralBaseOf(key) ?? ''));
  return Object.fromEntries(picked) as Record<K, string>;
}

/** Keys whose value may equal the English one in a locale: deliberate loanwords. */
export { LOANWORD_KEYS } from './loanwords';
