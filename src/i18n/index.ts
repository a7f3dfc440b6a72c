import { DEFAULT_LOCALE, type Locale } from './locales';
import { interpolate } from './interpolate';
import { en, type UIDictionary, type UIKey } from './ui/en';
import { ar } from './ui/ar';
import { fa } from './ui/fa';
import { zh } from './ui/zh';
import { it } from './ui/it';

export type { UIKey, UIDictionary };
export * from './locales';

export const DICTIONARIES: Record<Locale, UIDictionary> = { en, ar, fa, zh, it };

export type Vars = Record<string, string | number>;
export type Translate = (key: UIKey, vars?: Vars) => string;

export { interpolate };

export function useTranslations(locale: Locale): Translate {
  const dictionary = DICTIONARIES[locale] ?? DICTIONARIES[DEFAULT_LOCALE];
  return (key, vars) => interpolate(dictionary[key], vars);
}

/** The subset of the dictionary an island needs, so a page ships only those strings. */
export function pickStrings<K extends UIKey>(locale: Locale, keys: readonly K[]): Record<K, string> {
  const dictionary = DICTIONARIES[locale];
  return Object.fromEntries(keys.map((key) => [key, dictionary[key]])) as Record<K, string>;
}

/** Keys whose value may equal the English one in a locale: deliberate loanwords. */
export { LOANWORD_KEYS } from './loanwords';
