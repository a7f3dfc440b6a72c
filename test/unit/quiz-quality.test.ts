import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { LOCALES } from '../../src/i18n/locales';
import { MODULE_SLUGS } from '../../src/domain/tools';

// A quiz that a learner can pass without reading teaches nothing. These checks keep option length
// and position free of hints, tie every learning objective to a question, and keep most questions
// about applying an idea to a situation rather than recalling wording.

interface Question {
  question: string;
  objective: number;
  kind: 'scenario' | 'recall';
  options: { text: string; correct: boolean; feedback: string }[];
}

function readModule(locale: string, slug: string) {
  const text = readFileSync(`content/modules/${locale}/${slug}.mdx`, 'utf8');
  const [, frontmatter = ''] = /^---\n([\s\S]*?)\n---\n/.exec(text) ?? [];
  return load(frontmatter) as { objectives: string[]; quiz: Question[] };
}

/** Length in characters (Unicode code points) in every locale, Chinese included. */
const length = (text: string) => [...text.trim()].length;

/** True when the correct option is the longest, or tied for longest: ties count as a hint. */
function correctIsLongest(question: Question) {
  const correct = question.options.find((option) => option.correct);
  const longest = Math.max(...question.options.map((option) => length(option.text)));
  return correct !== undefined && length(correct.text) >= longest;
}

/** The mirror image: a quiz fixed by always trimming the correct option would teach "pick the shortest". */
function correctIsShortest(question: Question) {
  const correct = question.options.find((option) => option.correct);
  const shortest = Math.min(...question.options.map((option) => length(option.text)));
  return correct !== undefined && length(correct.text) <= shortest;
}

const MAX_SHARE = 0.4;
const MIN_SCENARIO_SHARE = 0.6;

describe.each([...LOCALES])('quiz quality in %s', (locale) => {
  const modules = MODULE_SLUGS.map((slug) => ({ slug, ...readModule(locale, slug) }));
  const questions = modules.flatMap((module) => module.quiz);

  it('does not give the answer away by length: the correct option is the longest in at most 40 % of questions', () => {
    const longest = questions.filter(correctIsLongest);
    expect(longest.length / questions.length, longest.map((q) => q.question).join('\n')).toBeLessThanOrEqual(MAX_SHARE);
  });

  it('does not give the answer away the other way round: the correct option is the shortest in at most 40 % of questions', () => {
    const shortest = questions.filter(correctIsShortest);
    expect(shortest.length / questions.length, shortest.map((q) => q.question).join('\n')).toBeLessThanOrEqual(MAX_SHARE);
  });

  it('does not give the answer away by position: no option index holds the correct answer in more than 40 % of questions', () => {
    const counts = new Map<number, number>();
    for (const question of questions) {
      const index = question.options.findIndex((option) => option.correct);
      counts.set(index, (counts.get(index) ?? 0) + 1);
    }
    for (const [index, count] of counts) expect(count / questions.length, `correct option at index ${index}`).toBeLessThanOrEqual(MAX_SHARE);
    // Counting from the end too: "the last option is right" is the classic tell.
    const last = questions.filter((question) => question.options.at(-1)?.correct);
    expect(last.length / questions.length, 'correct option last').toBeLessThanOrEqual(MAX_SHARE);
  });

  it('asks scenario questions in at least 60 % of the course', () => {
    const scenarios = questions.filter((question) => question.kind === 'scenario');
    expect(scenarios.length / questions.length).toBeGreaterThanOrEqual(MIN_SCENARIO_SHARE);
  });

  it.each(MODULE_SLUGS)('covers every objective of %s with at least one scenario question', (slug) => {
    const module = modules.find((m) => m.slug === slug)!;
    for (const question of module.quiz) {
      expect(Number.isInteger(question.objective), question.question).toBe(true);
      expect(question.objective, question.question).toBeGreaterThanOrEqual(0);
      expect(question.objective, question.question).toBeLessThan(module.objectives.length);
    }
    const covered = new Set(module.quiz.filter((q) => q.kind === 'scenario').map((q) => q.objective));
    const missing = module.objectives.filter((_, index) => !covered.has(index));
    expect(missing, `${locale}/${slug}: objectives without a scenario question`).toEqual([]);
  });
});

describe.each(LOCALES.filter((locale) => locale !== 'en'))('quiz in %s', (locale) => {
  it.each(MODULE_SLUGS)('asks the English questions of %s in the same order, with the same objective, kind and answer position', (slug) => {
    const shape = (quiz: Question[]) =>
      quiz.map((q) => ({ objective: q.objective, kind: q.kind, options: q.options.length, correct: q.options.findIndex((o) => o.correct) }));
    expect(shape(readModule(locale, slug).quiz)).toEqual(shape(readModule('en', slug).quiz));
  });
});
