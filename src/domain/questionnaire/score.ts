import { isGraded, type Answers, type BankStructure } from './answers';

/**
 * How a graded questionnaire rolls up (shown to the user in words, see the results page):
 * - a cell (a dimension, or a dimension at one level) scores the mean of its graded answers;
 *   "not applicable" and "don't know" are counted and reported, never scored;
 * - a cell needs graded answers to at least half of its statements (and at least one), or it
 *   says "too few answers" instead of a number;
 * - the overall score is the mean of the dimension scores (each dimension weighs the same,
 *   however many statements it has), and needs at least half of the dimensions scored;
 * - the overall level is the level that score, as shown to one decimal, has fully reached
 *   (3.8 → level 3; 2.97 shows as 3.0 → level 3, so the level never contradicts the number).
 */
export const MIN_ANSWERED_SHARE = 0.5;
export const SCORE_DECIMALS = 1;
const shown = (value: number) => Math.round(value * 10 ** SCORE_DECIMALS + 1e-9) / 10 ** SCORE_DECIMALS;

export interface Cell {
  /** Mean of the graded answers, or null with too few of them. */
  score: number | null;
  items: number;
  graded: number;
  notApplicable: number;
  unknown: number;
  unanswered: number;
}

export interface ResponseScore {
  byDimension: Record<string, Cell>;
  /** byLevel[dimension][level] when the bank asks items at levels. */
  byLevel: Record<string, Record<string, Cell>>;
  overall: number | null;
  overallLevel: number | null;
  totals: Omit<Cell, 'score'>;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

function cell(itemIds: readonly string[], answers: Answers): Cell {
  const graded: number[] = [];
  let notApplicable = 0;
  let unknown = 0;
  for (const id of itemIds) {
    const answer = answers[id];
    if (isGraded(answer)) graded.push(answer);
    else if (answer === 'na') notApplicable += 1;
    else if (answer === 'unknown') unknown += 1;
  }
  const enough = graded.length >= Math.max(1, Math.ceil(itemIds.length * MIN_ANSWERED_SHARE));
  return {
    score: enough ? mean(graded) : null,
    items: itemIds.length,
    graded: graded.length,
    notApplicable,
    unknown,
    unanswered: itemIds.length - graded.length - notApplicable - unknown,
  };
}

export function scoreResponse(bank: BankStructure, answers: Answers): ResponseScore {
  const items = bank.sections.flatMap((section) => section.items);
  const byDimension: Record<string, Cell> = {};
  const byLevel: Record<string, Record<string, Cell>> = {};
  for (const { id: dimension } of bank.dimensions) {
    const own = items.filter((item) => item.dimension === dimension);
    byDimension[dimension] = cell(own.map((item) => item.id), answers);
    if (bank.levels) {
      byLevel[dimension] = {};
      for (const level of bank.levels) {
        const atLevel = own.filter((item) => item.level === level).map((item) => item.id);
        if (atLevel.length > 0) byLevel[dimension][level] = cell(atLevel, answers);
      }
    }
  }
  const scores = Object.values(byDimension).flatMap((c) => (c.score === null ? [] : [c.score]));
  const overall = scores.length >= Math.max(1, Math.ceil(bank.dimensions.length * MIN_ANSWERED_SHARE)) ? mean(scores) : null;
  const all = cell(items.map((item) => item.id), answers);
  return {
    byDimension,
    byLevel,
    overall,
    overallLevel: overall === null ? null : Math.min(bank.points, Math.max(1, Math.floor(shown(overall)))),
    totals: { items: all.items, graded: all.graded, notApplicable: all.notApplicable, unknown: all.unknown, unanswered: all.unanswered },
  };
}

/**
 * The dimensions that hold the company back most: scored below the overall score, lowest first,
 * at most `limit`. Empty when every scored dimension stands level.
 */
export function holdingBack(score: ResponseScore, limit = 3): string[] {
  if (score.overall === null) return [];
  const overall = score.overall;
  return Object.entries(score.byDimension)
    .flatMap(([id, c]) => (c.score !== null && c.score < overall - 1e-9 ? [{ id, score: c.score }] : []))
    .sort((a, b) => a.score - b.score)
    .slice(0, limit)
    .map((entry) => entry.id);
}

export interface TargetResult {
  /** gap[dimension] = max(0, target − score), for dimensions with both a target and a score. */
  gaps: Record<string, number>;
  /** 1 − Σgap / Σtarget over those dimensions; null when none has both. */
  toTarget: number | null;
}

export function compareToTarget(score: ResponseScore, targets: Readonly<Record<string, number | null | undefined>>): TargetResult {
  const gaps: Record<string, number> = {};
  let gapSum = 0;
  let targetSum = 0;
  for (const [id, c] of Object.entries(score.byDimension)) {
    const target = targets[id];
    if (typeof target !== 'number' || c.score === null) continue;
    const gap = Math.max(0, target - c.score);
    gaps[id] = gap;
    gapSum += gap;
    targetSum += target;
  }
  return { gaps, toTarget: targetSum > 0 ? 1 - gapSum / targetSum : null };
}
