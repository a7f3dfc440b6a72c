import { describe, expect, it } from 'vitest';
import { nextModule, readableText, readingMinutes } from '../../src/domain/course';
import { inlineCall } from '../../src/components/inline-scripts';

const ORDER = ['what-is-kam', 'why-kam', 'selecting-key-accounts', 'kaism'];

describe('where to continue', () => {
  it('starts a new learner at the first module', () => {
    expect(nextModule(ORDER, [], [])).toBe('what-is-kam');
  });

  it('returns to the module opened last whose quiz is not passed', () => {
    expect(nextModule(ORDER, ['what-is-kam', 'kaism', 'why-kam'], ['what-is-kam'])).toBe('why-kam');
    expect(nextModule(ORDER, ['what-is-kam', 'kaism', 'why-kam'], ['why-kam'])).toBe('kaism');
  });

  it('moves on to the first module not opened when every opened one is passed', () => {
    expect(nextModule(ORDER, ['what-is-kam', 'why-kam'], ['what-is-kam', 'why-kam'])).toBe('selecting-key-accounts');
  });

  it('ignores modules the course no longer has, and ends when all are passed', () => {
    expect(nextModule(ORDER, ['gone'], [])).toBe('what-is-kam');
    expect(nextModule(ORDER, ORDER, ORDER)).toBeNull();
  });

  it('runs the same when inlined into a page', () => {
    const code = inlineCall((next: typeof nextModule) => next(['a', 'b'], ['b'], []), nextModule);
    expect(new Function(`return ${code}`)()).toBe('b');
  });
});

describe('reading time', () => {
  it('counts words at the language’s speed, at least one minute', () => {
    expect(readingMinutes('word '.repeat(228 * 5), 'en')).toBe(5);
    expect(readingMinutes('parola '.repeat(188 * 3), 'it')).toBe(3);
    expect(readingMinutes('كلمة '.repeat(138 * 4), 'ar')).toBe(4);
    expect(readingMinutes('hello', 'en')).toBe(1);
  });

  it('counts Han characters for Chinese', () => {
    expect(readingMinutes('大客户管理'.repeat(51 * 6), 'zh')).toBe(6);
  });

  it('reads the prose, not the markup', () => {
    const text = readableText('---\ntitle: X\n---\nimport A from "b";\n\nSee [the terms](../../glossary/#kam-term) <Matrix2x2 caption="c" />.');
    expect(text).not.toMatch(/glossary|import|Matrix|title/);
    expect(text).toContain("the terms");
  });
});
