import type { Factor } from '../../domain/kaism/model';
import type { ScoreList } from '../../domain/kaism/edit';

import type { BaseKit } from '../lib/kit';

export type { Translate } from '../lib/kit';

/** What every part of the plotter needs to speak the page's language; stable for the page's life. */
export interface Kit extends BaseKit {
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
