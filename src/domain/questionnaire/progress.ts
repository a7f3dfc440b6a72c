import type { Answers, BankStructure } from './answers';

/** How far a respondent has come: any answer counts, "not applicable" and "don't know" included. */
export interface StepProgress {
  id: string;
  answered: number;
  total: number;
}

type Sections = BankStructure['sections'];

export function stepProgress(sections: Sections, answers: Answers): StepProgress[] {
  return sections.map((section) => ({
    id: section.id,
    answered: section.items.filter((item) => answers[item.id] !== undefined).length,
    total: section.items.length,
  }));
}

export function totalProgress(steps: readonly StepProgress[]): { answered: number; total: number } {
  return steps.reduce((sum, step) => ({ answered: sum.answered + step.answered, total: sum.total + step.total }), { answered: 0, total: 0 });
}

/** Where to resume: the first step with a statement left open; the last step when all are answered. */
export function resumeStep(sections: Sections, answers: Answers): number {
  const open = stepProgress(sections, answers).findIndex((step) => step.answered < step.total);
  return open === -1 ? Math.max(0, sections.length - 1) : open;
}
