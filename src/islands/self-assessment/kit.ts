import type { LocalizedInstrument } from '../../domain/questionnaire/bank';
import type { BaseKit } from '../lib/kit';

/** What every part of the self-assessment needs: the page's language and the bank in it. */
export interface SaKit extends BaseKit {
  instrument: LocalizedInstrument;
  /** A dimension's name in the page's language. */
  dimension: (id: string) => string;
  /** A level's name (corporate, operational) in the page's language. */
  level: (id: string) => string;
  /** "too few answers" where a score is missing, else the score with one decimal. */
  score: (value: number | null | undefined) => string;
}
