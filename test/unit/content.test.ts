import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { LOCALES } from '../../src/i18n/locales';
import { MODULE_SLUGS } from '../../src/domain/tools';
import { CAPSTONE_PARTS } from '../../src/domain/capstone';

interface Quiz {
  question: string;
  options: { text: string; correct: boolean; feedback: string }[];
}

interface CaseTask {
  task: string;
  tool?: string;
  modelAnswer: string[];
  criteria: string[];
}

function readModule(locale: string, slug: string) {
  const text = readFileSync(`content/modules/${locale}/${slug}.mdx`, 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const data = load(frontmatter) as { quiz: Quiz[]; order: number; case?: CaseTask; capstone?: { brief: string; plan: Record<string, string> } };
  const outline = [...body.matchAll(/^(#{2,6}) /gm)].map((m) => m[1]?.length);
  const glossaryLinks = [...body.matchAll(/\(\.\.\/\.\.\/glossary\/#([a-z0-9-]+)\)/g)].map((m) => m[1]);
  return { data, outline, glossaryLinks, body };
}

const glossaryIds = (locale: string) => (load(readFileSync(`content/glossary/${locale}.yaml`, 'utf8')) as { id: string }[]).map((t) => t.id);

describe('course content', () => {
  it('has every module in every locale, and nothing else', () => {
    for (const locale of LOCALES) {
      expect(readdirSync(`content/modules/${locale}`).sort(), locale).toEqual(MODULE_SLUGS.map((slug) => `${slug}.mdx`).sort());
    }
  });

  describe.each(MODULE_SLUGS)('module %s', (slug) => {
    const english = readModule('en', slug);
    it.each(LOCALES.filter((l) => l !== 'en'))('in %s keeps the English heading outline and quiz size', (locale) => {
      const other = readModule(locale, slug);
      expect(other.outline, `${locale}/${slug} outline`).toEqual(english.outline);
      expect(other.data.quiz.length, `${locale}/${slug} quiz`).toBe(english.data.quiz.length);
      expect(other.data.order).toBe(english.data.order);
    });
    it.each([...LOCALES])('in %s has a quiz of 3 to 5 questions, each with exactly one correct answer and feedback', (locale) => {
      const { data } = readModule(locale, slug);
      expect(data.quiz.length).toBeGreaterThanOrEqual(3);
      expect(data.quiz.length).toBeLessThanOrEqual(5);
      for (const question of data.quiz) {
        expect(question.options.filter((o) => o.correct), question.question).toHaveLength(1);
        for (const option of question.options) expect(option.feedback.trim()).not.toBe('');
      }
    });
    it.each([...LOCALES])('in %s links only glossary terms that exist, and has a figure', (locale) => {
      const { glossaryLinks, body } = readModule(locale, slug);
      const ids = new Set(glossaryIds(locale));
      expect(glossaryLinks.filter((id) => !ids.has(id ?? ''))).toEqual([]);
      expect(glossaryLinks.length).toBeGreaterThan(0);
      expect(body).toMatch(/<(Matrix2x2|Ladder|Compare|BowTieDiamond)\b/);
    });
  });

  it('has a glossary of at least 30 terms with the same ids in every locale', () => {
    const english = glossaryIds('en');
    expect(english.length).toBeGreaterThanOrEqual(30);
    for (const locale of LOCALES) expect(glossaryIds(locale), locale).toEqual(english);
  });

  // The running case: every locale ends every module with its task, and module 10 with the capstone.
  // Criteria are written fresh in each language, so their number may differ; the tool may not.
  it.each([...LOCALES])('in %s ends every module with a case task, done in the same tool as in English, with 3 to 5 criteria', (locale) => {
    for (const slug of MODULE_SLUGS) {
      const english = readModule('en', slug).data.case;
      const task = readModule(locale, slug).data.case;
      expect(task, `${locale}/${slug} has no case task`).toBeDefined();
      expect(task?.task.trim(), `${locale}/${slug} task`).not.toBe('');
      expect(task?.modelAnswer.length, `${locale}/${slug} model answer`).toBeGreaterThan(0);
      expect(task?.tool, `${locale}/${slug} tool`).toBe(english?.tool);
      expect(task?.criteria.length, `${locale}/${slug} criteria`).toBeGreaterThanOrEqual(3);
      expect(task?.criteria.length, `${locale}/${slug} criteria`).toBeLessThanOrEqual(5);
    }
  });

  it.each([...LOCALES])('in %s ends the course with a capstone plan of all eight parts, and only there', (locale) => {
    for (const slug of MODULE_SLUGS) {
      const { capstone } = readModule(locale, slug).data;
      if (slug !== 'implementing-kam') {
        expect(capstone, `${locale}/${slug}`).toBeUndefined();
        continue;
      }
      expect(capstone?.brief.trim(), `${locale}/${slug} brief`).not.toBe('');
      expect(Object.keys(capstone?.plan ?? {}).sort()).toEqual([...CAPSTONE_PARTS].sort());
      for (const part of CAPSTONE_PARTS) expect(capstone?.plan[part]?.trim(), `${locale} ${part}`).not.toBe('');
    }
  });
});
