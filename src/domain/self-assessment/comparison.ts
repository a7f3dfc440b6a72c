import type { Answer, Answers, BankStructure } from '../questionnaire/answers';
import { changeBetween, compareResponses, type Comparison } from '../questionnaire/compare';
import { scoreResponse } from '../questionnaire/score';
import type { Respondent, Round, SelfAssessmentData } from './model';
import { shownRespondents } from './rounds';

/**
 * What the comparison screen shows of one round, over the respondents in the picture (hidden
 * ones are kept in the data and left out of every figure), and the change from an earlier round.
 */

export const DISPUTED_SHOWN = 5;
/** The radar stays legible with the mean and at most this many respondents. */
export const RADAR_RESPONDENTS = 5;

export interface RoundView {
  shown: Respondent[];
  comparison: Comparison;
}

export function viewRound(bank: BankStructure, data: SelfAssessmentData, round: Round | undefined): RoundView {
  const shown = shownRespondents(data, round);
  return { shown, comparison: compareResponses(bank, shown.map((respondent) => respondent.answers)) };
}

/** How many gave each answer to one statement: levels lowest first, then not applicable, don't know; only answers given. */
export function answerTally(responses: readonly Answers[], item: string, points: number): Array<{ answer: Answer; count: number }> {
  const order: Answer[] = [...Array.from({ length: points }, (_, i) => i + 1), 'na', 'unknown'];
  const counts = new Map<Answer, number>();
  for (const answers of responses) {
    const answer = answers[item];
    if (answer !== undefined) counts.set(answer, (counts.get(answer) ?? 0) + 1);
  }
  return order.flatMap((answer) => (counts.has(answer) ? [{ answer, count: counts.get(answer) as number }] : []));
}

export interface RoundChange {
  before: Comparison;
  after: Comparison;
  /** after's mean − before's mean per dimension; null where either has no score. */
  change: Record<string, number | null>;
  /** The two rounds were answered on different versions of the bank. */
  otherBank: boolean;
}

export function changeSince(bank: BankStructure, data: SelfAssessmentData, earlier: Round, later: Round): RoundChange {
  const before = viewRound(bank, data, earlier).comparison;
  const after = viewRound(bank, data, later).comparison;
  return { before, after, change: changeBetween(before, after), otherBank: earlier.bank !== later.bank };
}

export interface RadarSeries {
  /** 'mean', or a respondent's id. */
  id: string;
  name: string;
  /** One value per dimension in the bank's order; null where there is no score. */
  values: Array<number | null>;
}

/** The overlay radar's data: the mean first, then the first RADAR_RESPONDENTS respondents in the picture. */
export function radarSeries(bank: BankStructure, view: RoundView, meanName: string, nameOf: (respondent: Respondent, index: number) => string): RadarSeries[] {
  const mean: RadarSeries = { id: 'mean', name: meanName, values: bank.dimensions.map(({ id }) => view.comparison.byDimension[id]?.mean ?? null) };
  const people = view.shown.slice(0, RADAR_RESPONDENTS).map((respondent, index) => {
    const score = scoreResponse(bank, respondent.answers);
    return { id: respondent.id, name: nameOf(respondent, index), values: bank.dimensions.map(({ id }) => score.byDimension[id]?.score ?? null) };
  });
  return [mean, ...people];
}
