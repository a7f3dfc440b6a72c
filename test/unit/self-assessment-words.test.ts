import { describe, expect, it } from 'vitest';
import { DICTIONARIES } from '../../src/i18n';
import { LOCALE_INFO, LOCALES } from '../../src/i18n/locales';
import { makeKit } from '../../src/islands/lib/kit';
import { dayText, outcomeText } from '../../src/islands/self-assessment/compare-words';
import type { FileOutcome } from '../../src/domain/self-assessment/merge';

const outcomes: FileOutcome[] = [
  { ok: true, added: [{ id: 'a', name: 'Ali' }, { id: 'b', name: '' }], updated: [{ id: 'c', name: 'Chen' }], already: [{ id: 'd', name: 'Dina' }], keptNewer: [{ id: 'e', name: 'Eva' }] },
  { ok: false, refusal: { kind: 'bank', theirs: 2, ours: 1 } },
  { ok: false, refusal: { kind: 'empty' } },
  { ok: false, refusal: { kind: 'full', incoming: 12, room: 3, max: 50 } },
  { ok: false, refusal: { kind: 'file', error: { kind: 'otherTool', tool: 'kaism' } } },
  { ok: false, refusal: { kind: 'file', error: { kind: 'invalid', issue: { path: ['data', 'rounds', 0, 'date'], problem: 'invalid' } } } },
];

describe.each(LOCALES)('what became of a file, in %s', (locale) => {
  const kit = makeKit(DICTIONARIES[locale] as Record<string, string>, LOCALE_INFO[locale].tag, LOCALE_INFO[locale].dir);
  it.each(outcomes.map((outcome) => [outcome.ok ? 'merged' : outcome.refusal.kind, outcome] as const))('%s: a sentence with the file’s name and no gap', (_, outcome) => {
    const text = outcomeText(kit, 'colleague.json', outcome);
    expect(text).toContain('colleague.json');
    expect(text).not.toMatch(/\{\w+\}|\b(sa|io|tool)\.[a-z]/);
  });
});

describe('the words of a merged file', () => {
  const kit = makeKit(DICTIONARIES.en as Record<string, string>, 'en', 'ltr');
  it('names everyone, a respondent without a name too, and another tool by its name', () => {
    expect(outcomeText(kit, 'x.json', outcomes[0]!)).toBe(
      'File x.json: Added Ali and a respondent without a name. Updated with later answers: Chen. Already here with the same date, nothing changed: Dina. Older than the answers already here, which were kept: Eva.',
    );
    expect(outcomeText(kit, 'k.json', outcomes[4]!)).toContain(DICTIONARIES.en['tool.kaism.name']);
  });

  it('writes a stored day as that calendar day, in the page’s digits', () => {
    expect(dayText(kit, '2026-11-20')).toBe('Nov 20, 2026');
    const fa = makeKit(DICTIONARIES.fa as Record<string, string>, 'fa', 'rtl');
    expect(dayText(fa, '2026-11-20')).toMatch(/[۰-۹]/);
    expect(dayText(kit, null)).toBe(DICTIONARIES.en['sa.compare.notYet']);
  });
});
