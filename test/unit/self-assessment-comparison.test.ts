import { describe, expect, it } from 'vitest';
import type { BankStructure } from '../../src/domain/questionnaire/answers';
import type { Respondent, SelfAssessmentData } from '../../src/domain/self-assessment/model';
import { answerTally, changeSince, radarSeries, viewRound } from '../../src/domain/self-assessment/comparison';

const bank: BankStructure = {
  dimensions: [{ id: 'a' }, { id: 'b' }],
  sections: [{ id: 's', items: [{ id: 'a1', dimension: 'a' }, { id: 'a2', dimension: 'a' }, { id: 'b1', dimension: 'b' }] }],
  points: 5,
};
const who = (id: string, answers: Respondent['answers']): Respondent => ({ id, name: id.toUpperCase(), role: '', answeredOn: '2026-11-20', answers });

const data = (hidden: string[] = []): SelfAssessmentData => ({
  company: 'Acme',
  rounds: [
    { id: 'old', date: '2025-11-20', bank: 1, respondents: [who('p', { a1: 1, a2: 2, b1: 'na' }), who('q', { a1: 2, a2: 2, b1: 3 })] },
    {
      id: 'new',
      date: '2026-11-20',
      bank: 1,
      respondents: [who('p', { a1: 2, a2: 4, b1: 'unknown' }), who('q', { a1: 5, a2: 5, b1: 1 }), who('r', { a1: 1, a2: 'na', b1: 2 }), who('s', {})],
    },
  ],
  current: 'new',
  self: 'p',
  targets: {},
  hidden,
});

describe('the comparison of one round', () => {
  it('hand-checked: mean, lowest, highest and spread per dimension over respondents with a score', () => {
    // a: p 3, q 5, r 1 (one of two statements graded: enough), s none → mean 3, lowest 1, highest 5, spread 4.
    // b: p don't know (no score), q 1, r 2 → mean 1.5, spread 1.
    const { comparison, shown } = viewRound(bank, data(), data().rounds[1]);
    expect(shown).toHaveLength(4);
    expect(comparison.byDimension.a).toEqual({ mean: 3, min: 1, max: 5, spread: 4, respondents: 3 });
    expect(comparison.byDimension.b).toEqual({ mean: 1.5, min: 1, max: 2, spread: 1, respondents: 2 });
    expect(comparison.disagreements.map((d) => [d.item, d.spread])).toEqual([
      ['a1', 4],
      ['a2', 1],
      ['b1', 1],
    ]);
  });

  it('leaves hidden respondents out of every figure', () => {
    const { comparison, shown } = viewRound(bank, data(['q']), data().rounds[1]);
    expect(shown.map((r) => r.id)).toEqual(['p', 'r', 's']);
    expect(comparison.byDimension.a).toMatchObject({ mean: 2, min: 1, max: 3, respondents: 2 });
  });

  it('tallies each answer to a statement, levels first, then not applicable and don’t know', () => {
    const round = data().rounds[1]!;
    expect(answerTally(round.respondents.map((r) => r.answers), 'a2', 5)).toEqual([
      { answer: 4, count: 1 },
      { answer: 5, count: 1 },
      { answer: 'na', count: 1 },
    ]);
  });

  it('the change per dimension from an earlier round, null where either has no score', () => {
    // old a: p 1.5, q 2 → 1.75; new a → 3: +1.25. old b: q 3; new b: 1.5 → −1.5.
    const d = data();
    const change = changeSince(bank, d, d.rounds[0]!, d.rounds[1]!);
    expect(change.change).toEqual({ a: 1.25, b: -1.5 });
    expect(change.otherBank).toBe(false);
    const hiddenQ = changeSince(bank, data(['q']), d.rounds[0]!, d.rounds[1]!);
    expect(hiddenQ.change.b).toBeNull();
  });

  it('the radar shows the mean and at most five respondents', () => {
    const many: SelfAssessmentData = { ...data(), rounds: [{ id: 'x', date: '2026-01-01', bank: 1, respondents: 'abcdefg'.split('').map((id) => who(id, { a1: 3, a2: 3, b1: 3 })) }], current: 'x' };
    const series = radarSeries(bank, viewRound(bank, many, many.rounds[0]), 'Mean', (r) => r.name);
    expect(series.map((s) => s.id)).toEqual(['mean', 'a', 'b', 'c', 'd', 'e']);
    expect(series[1]).toEqual({ id: 'a', name: 'A', values: [3, 3] });
    const one = radarSeries(bank, viewRound(bank, data(), data().rounds[1]), 'Mean', (r) => r.name);
    expect(one[0]!.values).toEqual([3, 1.5]);
    expect(one.find((s) => s.id === 'p')!.values).toEqual([3, null]);
  });
});
