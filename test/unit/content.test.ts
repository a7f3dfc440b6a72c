import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { load } from 'js-yaml';
import { LOCALES } from '../../src/i18n/locales';
import { MODULE_SLUGS } from '../../src/domain/tools';

interface Quiz {
  question: string;
  options: { text: string; correct: boolean; feedback: string }[];
}

function readModule(locale: string, slug: string) {
  const text = readFileSync(`content/modules/${locale}/${slug}.mdx`, 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text) ?? [];
  const data = load(frontmatter) as { quiz: Quiz[]; order: number };
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
});
