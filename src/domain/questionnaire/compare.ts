import { isGraded, type Answers, type BankStructure } from './answers';
import { scoreResponse } from './score';

/** Where several respondents stand on one dimension: over those with a score for it. */
export interface Spread {
  mean: number | null;
  min: number | null;
  max: number | null;
  /** max − min: how far apart the furthest two respondents are. */
  spread: number | null;
  /** Respondents with a score for this dimension. */
  respondents: number;
}

export interface Disagreement {
  item: string;
  min: number;
  max: number;
  spread: number;
  /** Population standard deviation, to order statements with the same spread. */
  deviation: number;
  respondents: number;
}

export interface Comparison {
  byDimension: Record<string, Spread>;
  /** Statements with graded answers from at least two respondents, most disputed first. */
  disagreements: Disagreement[];
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function spreadOf(values: readonly number[]): Spread {
  if (values.length === 0) return { mean: null, min: null, max: null, spread: null, respondents: 0 };
  const min = Math.min(...values);
  const max = Math.max(...values);
  return { mean: mean(values), min, max, spread: max - min, respondents: values.length };
}

export function compareResponses(bank: BankStructure, responses: readonly Answers[]): Comparison {
  const scores = responses.map((answers) => scoreResponse(bank, answers));
  const byDimension: Record<string, Spread> = {};
  for (const { id } of bank.dimensions) {
    byDimension[id] = spreadOf(scores.flatMap((score) => (score.byDimension[id]?.score == null ? [] : [score.byDimension[id].score as number])));
  }
  const disagreements: Disagreement[] = [];
  for (const item of bank.sections.flatMap((section) => section.items)) {
    const values = responses.map((answers) => answers[item.id]).filter(isGraded);
    if (values.length < 2) continue;
    const average = mean(values);
    const { min, max } = { min: Math.min(...values), max: Math.max(...values) };
    const deviation = Math.sqrt(mean(values.map((value) => (value - average) ** 2)));
    disagreements.push({ item: item.id, min, max, spread: max - min, deviation, respondents: values.length });
  }
  disagreements.sort((a, b) => b.spread - a.spread || b.deviation - a.deviation);
  return { byDimension, disagreements };
}

/** The change per dimension from one assessment's mean to a later one's; null where either lacks a score. */
export function changeBetween(before: Comparison, after: Comparison): Record<string, number | null> {
  const change: Record<string, number | null> = {};
  for (const [id, spread] of Object.entries(after.byDimension)) {
    const earlier = before.byDimension[id]?.mean;
    change[id] = spread.mean === null || earlier == null ? null : spread.mean - earlier;
  }
  return change;
}
