import { describe, expect, it } from 'vitest';
import type { Answers, BankStructure } from '../../src/domain/questionnaire/answers';
import { compareToTarget, holdingBack, scoreResponse } from '../../src/domain/questionnaire/score';
import { changeBetween, compareResponses } from '../../src/domain/questionnaire/compare';

// A small bank, computed by hand: strategy has 4 items (2 corporate, 2 operational), people 2
// (1 + 1), evaluation 1 (corporate only).
const bank: BankStructure = {
  points: 5,
  levels: ['corporate', 'operational'],
  dimensions: [{ id: 'strategy' }, { id: 'people' }, { id: 'evaluation' }],
  sections: [
    {
      id: 's1',
      items: [
        { id: 's-c1', dimension: 'strategy', level: 'corporate' },
        { id: 's-c2', dimension: 'strategy', level: 'corporate' },
        { id: 's-o1', dimension: 'strategy', level: 'operational' },
        { id: 's-o2', dimension: 'strategy', level: 'operational' },
      ],
    },
    {
      id: 's2',
      items: [
        { id: 'p-c1', dimension: 'people', level: 'corporate' },
        { id: 'p-o1', dimension: 'people', level: 'operational' },
        { id: 'e-c1', dimension: 'evaluation', level: 'corporate' },
      ],
    },
  ],
};

describe('one respondent', () => {
  it('scores each dimension and level as the mean of its graded answers', () => {
    const score = scoreResponse(bank, { 's-c1': 2, 's-c2': 4, 's-o1': 3, 's-o2': 5, 'p-c1': 1, 'p-o1': 2, 'e-c1': 4 });
    expect(score.byDimension.strategy?.score).toBe(3.5); // (2+4+3+5)/4
    expect(score.byLevel.strategy?.corporate?.score).toBe(3); // (2+4)/2
    expect(score.byLevel.strategy?.operational?.score).toBe(4); // (3+5)/2
    expect(score.byDimension.people?.score).toBe(1.5);
    expect(score.byDimension.evaluation?.score).toBe(4);
    expect(score.byLevel.evaluation?.operational).toBeUndefined(); // not asked at that level
    // Each dimension weighs the same: (3.5 + 1.5 + 4) / 3 = 3, level 3 reached.
    expect(score.overall).toBe(3);
    expect(score.overallLevel).toBe(3);
  });

  it('leaves "not applicable" and "don\'t know" out of the score and counts them apart', () => {
    const score = scoreResponse(bank, { 's-c1': 'na', 's-c2': 4, 's-o1': 'unknown', 's-o2': 2, 'p-c1': 5, 'p-o1': 'na', 'e-c1': 3 });
    expect(score.byDimension.strategy).toMatchObject({ score: 3, graded: 2, notApplicable: 1, unknown: 1, unanswered: 0 });
    expect(score.byDimension.people).toMatchObject({ score: 5, graded: 1, notApplicable: 1 }); // 1 of 2 is half: enough
    expect(score.totals).toEqual({ items: 7, graded: 4, notApplicable: 2, unknown: 1, unanswered: 0 });
  });

  it('says "too few answers" (null) for a dimension with graded answers to less than half its statements', () => {
    const score = scoreResponse(bank, { 's-c1': 4, 's-c2': 'unknown', 's-o1': 'na', 's-o2': 'unknown', 'p-c1': 3, 'e-c1': 2 });
    expect(score.byDimension.strategy?.score).toBeNull(); // 1 graded of 4 < 2
    expect(score.byLevel.strategy?.corporate?.score).toBe(4); // 1 of 2 is enough at that level
    expect(score.byDimension.people?.score).toBe(3);
    expect(score.overall).toBe(2.5); // (3 + 2) / 2: two of three dimensions scored is enough
  });

  it('has no overall score while fewer than half of the dimensions are scored, nor for an empty questionnaire', () => {
    expect(scoreResponse(bank, { 'e-c1': 5 }).overall).toBeNull();
    const empty = scoreResponse(bank, {});
    expect(empty.overall).toBeNull();
    expect(empty.overallLevel).toBeNull();
    expect(empty.byDimension.evaluation).toMatchObject({ score: null, graded: 0, unanswered: 1 });
  });

  it('names the level fully reached: 3.67 is level 3, 5 is level 5', () => {
    const answers: Answers = { 's-c1': 4, 's-c2': 4, 's-o1': 4, 's-o2': 4, 'p-c1': 4, 'p-o1': 4, 'e-c1': 3 };
    expect(scoreResponse(bank, answers).overall).toBeCloseTo(11 / 3, 10);
    expect(scoreResponse(bank, answers).overallLevel).toBe(3);
    // 2.97 is shown as 3.0: the level named agrees with the number shown.
    const nearly: Answers = { 's-c1': 3, 's-c2': 3, 's-o1': 3, 's-o2': 3, 'p-c1': 3, 'p-o1': 3, 'e-c1': 3 };
    const almost = scoreResponse(bank, { ...nearly, 's-c1': 2, 's-c2': 3, 's-o1': 3, 's-o2': 3 }); // strategy 2.75: (2.75+3+3)/3 = 2.9167
    expect(almost.overallLevel).toBe(2); // shown as 2.9
    const threeish = scoreResponse(bank, { ...nearly, 'p-c1': 2, 'p-o1': 4, 's-c1': 3, 'e-c1': 3 });
    expect(threeish.overallLevel).toBe(3);
    const shown30 = scoreResponse({ ...bank, dimensions: [{ id: 'strategy' }] }, { 's-c1': 3, 's-c2': 3, 's-o1': 3, 's-o2': 2.9 });
    expect(shown30.overall).toBeCloseTo(2.975, 10); // shown as 3.0
    expect(shown30.overallLevel).toBe(3);
    const top = scoreResponse(bank, { 's-c1': 5, 's-c2': 5, 's-o1': 5, 's-o2': 5, 'p-c1': 5, 'p-o1': 5, 'e-c1': 5 });
    expect(top.overallLevel).toBe(5);
  });

  it('names what holds the company back: dimensions below the overall score, lowest first', () => {
    const score = scoreResponse(bank, { 's-c1': 2, 's-c2': 4, 's-o1': 3, 's-o2': 5, 'p-c1': 1, 'p-o1': 2, 'e-c1': 4 });
    expect(holdingBack(score)).toEqual(['people']); // 1.5 < 3; strategy 3.5 and evaluation 4 are above
    const level = scoreResponse(bank, { 's-c1': 3, 's-c2': 3, 's-o1': 3, 's-o2': 3, 'p-c1': 3, 'p-o1': 3, 'e-c1': 3 });
    expect(holdingBack(level)).toEqual([]);
  });

  it('measures the gap to a target per dimension and the percentage to target, 1 − Σgap / Σtarget', () => {
    const score = scoreResponse(bank, { 's-c1': 2, 's-c2': 4, 's-o1': 3, 's-o2': 5, 'p-c1': 1, 'p-o1': 2, 'e-c1': 4 });
    const result = compareToTarget(score, { strategy: 4, people: 3, evaluation: 3 });
    expect(result.gaps).toEqual({ strategy: 0.5, people: 1.5, evaluation: 0 }); // beyond target counts as 0
    expect(result.toTarget).toBeCloseTo(1 - 2 / 10, 10);
    expect(compareToTarget(score, {}).toTarget).toBeNull();
  });
});

describe('several respondents', () => {
  const everyItem = (value: number): Answers => Object.fromEntries(bank.sections.flatMap((s) => s.items).map((item) => [item.id, value]));

  it('with one respondent, mean, lowest and highest are that respondent and the spread is 0', () => {
    const comparison = compareResponses(bank, [everyItem(3)]);
    expect(comparison.byDimension.strategy).toEqual({ mean: 3, min: 3, max: 3, spread: 0, respondents: 1 });
    expect(comparison.disagreements).toEqual([]);
  });

  it('with ten respondents answering 1 to 5 twice over, gives mean 3, range 1-5, spread 4', () => {
    const ten = Array.from({ length: 10 }, (_, i) => everyItem((i % 5) + 1));
    const comparison = compareResponses(bank, ten);
    for (const id of ['strategy', 'people', 'evaluation']) expect(comparison.byDimension[id]).toEqual({ mean: 3, min: 1, max: 5, spread: 4, respondents: 10 });
    const first = comparison.disagreements[0];
    expect(first).toMatchObject({ min: 1, max: 5, spread: 4, respondents: 10 });
    expect(first?.deviation).toBeCloseTo(Math.sqrt(2), 10); // values 1..5 twice: variance 2
  });

  it('puts the most disputed statement first, and leaves out respondents without a score for a dimension', () => {
    const a = { ...everyItem(3), 'p-c1': 1 } as Answers;
    const b = { ...everyItem(3), 'p-c1': 5, 's-c1': 4 } as Answers;
    const c: Answers = { 'e-c1': 'na' };
    const comparison = compareResponses(bank, [a, b, c]);
    expect(comparison.disagreements.map((d) => d.item).slice(0, 2)).toEqual(['p-c1', 's-c1']);
    expect(comparison.byDimension.evaluation).toMatchObject({ mean: 3, respondents: 2 });
    expect(comparison.byDimension.people).toEqual({ mean: 3, min: 2, max: 4, spread: 2, respondents: 2 }); // a (1+3)/2, b (5+3)/2
  });

  it('shows the change per dimension between two assessments', () => {
    const before = compareResponses(bank, [everyItem(2), everyItem(3)]);
    const after = compareResponses(bank, [everyItem(4), { 'e-c1': 'unknown' }]);
    expect(changeBetween(before, after)).toEqual({ strategy: 1.5, people: 1.5, evaluation: 1.5 });
    expect(changeBetween(before, compareResponses(bank, [{}]))).toEqual({ strategy: null, people: null, evaluation: null });
  });
});
