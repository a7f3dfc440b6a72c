import { describe, expect, it } from 'vitest';
import { printHref } from '../../src/utils/print-href';

describe('printHref', () => {
  const page = '/en/modules/kaism/';

  it('resolves a module link against the configured site', () => {
    expect(printHref('../../glossary/#kaism', page, 'https://lms.example.org')).toBe('https://lms.example.org/en/glossary/#kaism');
    expect(printHref('../selecting-key-accounts/', page, new URL('https://lms.example.org/'))).toBe('https://lms.example.org/en/modules/selecting-key-accounts/');
  });

  it('keeps a sub-folder base that is part of the page path', () => {
    expect(printHref('../../glossary/', '/courses/kam/ar/modules/kaism/', 'https://lms.example.org')).toBe('https://lms.example.org/courses/kam/ar/glossary/');
  });

  it('prints a root-relative path when no site address is configured', () => {
    expect(printHref('../../glossary/#kaism', page, undefined)).toBe('/en/glossary/#kaism');
  });

  it('leaves other sites alone and prints nothing for links within the page', () => {
    expect(printHref('https://example.com/a', page, 'https://lms.example.org')).toBe('https://example.com/a');
    expect(printHref('#quiz', page, 'https://lms.example.org')).toBeUndefined();
  });
});
