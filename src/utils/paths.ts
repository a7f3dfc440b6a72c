import { LOCALES, type Locale } from '../i18n/locales';

/** getStaticPaths for a page that exists once per locale. */
export function localePaths() {
  return LOCALES.map((locale) => ({ params: { locale }, props: { locale } }));
}

export interface LocaleProps {
  locale: Locale;
}
