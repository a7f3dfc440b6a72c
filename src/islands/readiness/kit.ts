import type { LocalizedInstrument } from '../../domain/questionnaire/bank';
import type { Status } from '../../domain/readiness/model';
import type { BaseKit } from '../lib/kit';

/** What every part of the readiness tool needs: the page's language and the checklist in it. */
export interface RdKit extends BaseKit {
  instrument: LocalizedInstrument;
  /** An item's statement in the page's language. */
  item: (id: string) => string;
  /** A part's (section's) name, e.g. "Relevance". */
  part: (id: string) => string;
  /** A status as the checklist names it; unanswered for null. */
  status: (status: Status | null) => string;
  percent: (share: number) => string;
  day: (day: string) => string;
  /** Names joined as the language lists them: "A, B and C". */
  list: (names: readonly string[]) => string;
}
