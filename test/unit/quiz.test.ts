import { describe, expect, it } from 'vitest';
import { scoreQuiz, withoutVerdict } from '../../src/domain/quiz';

describe('scoreQuiz', () => {
  const key = [1, 0, 2];

  it('gives a verdict on each chosen option and none for unanswered questions', () => {
    expect(scoreQuiz(key, [1, -1, 0])).toEqual({ score: 1, total: 3, passed: false, feedback: ['correct', null, 'incorrect'] });
  });

  it('passes only when every question is answered correctly', () => {
    expect(scoreQuiz(key, [1, 0, 2])).toEqual({ score: 3, total: 3, passed: true, feedback: ['correct', 'correct', 'correct'] });
    expect(scoreQuiz(key, [1, 0, 1]).passed).toBe(false);
    expect(scoreQuiz(key, [1, 0]).passed).toBe(false);
  });

  it('does not pass an empty quiz', () => {
    expect(scoreQuiz([], []).passed).toBe(false);
  });

  it('runs on its own, as the page inlines it', () => {
    const inlined = new Function(`return (${scoreQuiz.toString()})([0, 1], [0, 1])`);
    expect(inlined().passed).toBe(true);
  });
});

describe('withoutVerdict', () => {
  it('drops a verdict the page already prints, so it is not read twice', () => {
    expect(withoutVerdict('Correct. Being forced by competitors is reactive.', 'Correct.')).toBe('Being forced by competitors is reactive.');
    expect(withoutVerdict('درست است. مدیریت مشتریان کلیدی…', 'درست است.')).toBe('مدیریت مشتریان کلیدی…');
  });

  it('keeps feedback that only resembles the verdict, or is nothing but it', () => {
    expect(withoutVerdict('Correctly chosen suppliers matter.', 'Correct.')).toBe('Correctly chosen suppliers matter.');
    expect(withoutVerdict('Right. Customers hand over more work.', 'Correct.')).toBe('Right. Customers hand over more work.');
    expect(withoutVerdict('Correct.', 'Correct.')).toBe('Correct.');
  });
});
