import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { LOCALES } from '../../src/i18n/locales';
import { MODULE_SLUGS } from '../../src/domain/tools';

// What the course adds to its source material is marked with <CourseNote>. A translation that
// drops or adds a note would tell its readers something different about where an idea comes from.

const body = (locale: string, slug: string) => {
  const text = readFileSync(`content/modules/${locale}/${slug}.mdx`, 'utf8');
  return /^---\n[\s\S]*?\n---\n([\s\S]*)$/.exec(text)?.[1] ?? '';
};
const opened = (text: string) => [...text.matchAll(/<CourseNote\s*>/g)].length;
const closed = (text: string) => [...text.matchAll(/<\/CourseNote>/g)].length;
/** The text inside each note, without its tags. */
const notes = (text: string) => [...text.matchAll(/<CourseNote\s*>([\s\S]*?)<\/CourseNote>/g)].map((m) => (m[1] ?? '').trim());

const english = Object.fromEntries(MODULE_SLUGS.map((slug) => [slug, opened(body('en', slug))]));

describe('course guidance is marked', () => {
  it('in English, in most modules', () => {
    const marked = MODULE_SLUGS.filter((slug) => (english[slug] ?? 0) > 0);
    expect(marked.length).toBeGreaterThanOrEqual(8);
  });

  it.each([...LOCALES])('in %s, with every note closed, not nested and not empty', (locale) => {
    for (const slug of MODULE_SLUGS) {
      const text = body(locale, slug);
      expect(closed(text), `${locale}/${slug}`).toBe(opened(text));
      for (const note of notes(text)) {
        expect(note, `${locale}/${slug}`).not.toBe('');
        expect(note, `${locale}/${slug}: a note inside a note`).not.toMatch(/<CourseNote/);
      }
    }
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('in %s in the same modules, as often as in English', (locale) => {
    const counts = Object.fromEntries(MODULE_SLUGS.map((slug) => [slug, opened(body(locale, slug))]));
    expect(counts).toEqual(english);
  });
});
