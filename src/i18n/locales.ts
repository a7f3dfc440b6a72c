/** The five languages of the site. English is the default and defines every UI key. */
export const LOCALES = ['en', 'ar', 'fa', 'zh', 'it'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export type Direction = 'ltr' | 'rtl';

interface LocaleInfo {
  /** The language's own name, shown in the language switcher. */
  endonym: string;
  dir: Direction;
  /** BCP 47 tag for `<html lang>`, `hreflang` and `Intl`. */
  tag: string;
}

export const LOCALE_INFO: Record<Locale, LocaleInfo> = {
  en: { endonym: 'English', dir: 'ltr', tag: 'en' },
  ar: { endonym: 'العربية', dir: 'rtl', tag: 'ar' },
  fa: { endonym: 'فارسی', dir: 'rtl', tag: 'fa' },
  zh: { endonym: '中文', dir: 'ltr', tag: 'zh-CN' },
  it: { endonym: 'Italiano', dir: 'ltr', tag: 'it' },
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function dirOf(locale: Locale): Direction {
  return LOCALE_INFO[locale].dir;
}
