import type { Factor } from '../../domain/kaism/model';
import type { ScoreList } from '../../domain/kaism/edit';

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

/** What every part of the plotter needs to speak the page's language; stable for the page's life. */
export interface Kit {
  t: Translate;
  fmt: (value: number, digits?: number) => string;
  localeTag: string;
  dir: 'ltr' | 'rtl';
  /** A counted phrase through the language's plural rules: counted('kaism.csv.imported', 3). */
  counted: (key: string, count: number) => string;
  /** A factor's own name, or its preset's translated name. */
  factorName: (factor: Factor) => string;
  /** An account's name, or "Account 3" while it has none. */
  accountLabel: (name: string, index: number) => string;
}

/** One score column of the accounts table. */
export interface ScoreColumn {
  list: ScoreList;
  factor: Factor;
  index: number;
}
