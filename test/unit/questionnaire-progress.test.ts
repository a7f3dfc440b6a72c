import { describe, expect, it } from 'vitest';
import { resumeStep, stepProgress, totalProgress } from '../../src/domain/questionnaire/progress';

const sections = [
  { id: 's1', items: [{ id: 'a', dimension: 'd' }, { id: 'b', dimension: 'd' }] },
  { id: 's2', items: [{ id: 'c', dimension: 'd' }] },
  { id: 's3', items: [{ id: 'e', dimension: 'd' }, { id: 'f', dimension: 'd' }] },
];

describe('questionnaire progress', () => {
  it('counts every answer, not applicable and don’t know included, per step and in all', () => {
    const steps = stepProgress(sections, { a: 3, b: 'na', e: 'unknown' });
    expect(steps).toEqual([
      { id: 's1', answered: 2, total: 2 },
      { id: 's2', answered: 0, total: 1 },
      { id: 's3', answered: 1, total: 2 },
    ]);
    expect(totalProgress(steps)).toEqual({ answered: 3, total: 5 });
  });

  it('ignores answers to statements the bank does not ask', () => {
    expect(totalProgress(stepProgress(sections, { zz: 4 }))).toEqual({ answered: 0, total: 5 });
  });

  it('resumes at the first step with an open statement, even after a later one was answered', () => {
    expect(resumeStep(sections, {})).toBe(0);
    expect(resumeStep(sections, { a: 1, b: 2, e: 3, f: 4 })).toBe(1);
    expect(resumeStep(sections, { a: 1, b: 2, c: 'na' })).toBe(2);
  });

  it('resumes at the last step once everything is answered, next to the way to the results', () => {
    expect(resumeStep(sections, { a: 1, b: 2, c: 3, e: 4, f: 5 })).toBe(2);
    expect(resumeStep([], {})).toBe(0);
  });
});
