import { formatNumber } from '../../domain/format';
import { translator } from '../../i18n/interpolate';
import { plural } from '../../i18n/plural';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** What every tool page hands its island: the page's strings, number locale, direction and language. */
export interface ToolPageProps {
  strings: Record<string, string>;
  localeTag: string;
  dir: 'ltr' | 'rtl';
  locale: string;
}

/** What every part of a tool needs to speak the page's language; stable for the page's life. */
export interface BaseKit {
  t: Translate;
  fmt: (value: number, digits?: number) => string;
  localeTag: string;
  dir: 'ltr' | 'rtl';
  /** A counted phrase through the language's plural rules: counted('kaism.csv.imported', 3). */
  counted: (key: string, count: number) => string;
}

/** The page's strings, number format and plural rules, as one object a tool hands its parts. */
export function makeKit(strings: Record<string, string>, localeTag: string, dir: 'ltr' | 'rtl'): BaseKit {
  return {
    t: translator(strings) as Translate,
    fmt: (value: number, digits = 2) => formatNumber(localeTag, value, digits),
    localeTag,
    dir,
    counted: (key: string, count: number) => plural(strings, key, count, localeTag),
  };
}
