import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import {
  InstrumentError,
  type Instrument,
  SCALES,
  instrumentItems,
  instrumentText,
  localizeInstrument,
  parseInstrument,
} from '../../src/domain/questionnaire/instrument';
import { LOCALES } from '../../src/i18n/locales';
import { FORBIDDEN_VARIANTS, ITALIAN_VOI } from './support/term-variants';

// The bank as the build reads it, and mutated copies of it: each schema rule must refuse a
// bad bank and name the path of the problem, so a translator knows which line to fix.

const rawOf = (tool: string) => () => load(readFileSync(`content/instruments/${tool}.yaml`, 'utf8')) as any;
const raw = rawOf('self-assessment');
const rawReadiness = rawOf('readiness');
const bank = parseInstrument(raw());
const readiness = parseInstrument(rawReadiness());

/** Every string of a text block: the words a translator writes. */
function leaves(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(leaves);
  return [];
}

function problemOf(mutate: (copy: any) => void, source: () => any = raw): InstrumentError {
  const copy = source();
  mutate(copy);
  try {
    parseInstrument(copy);
  } catch (error) {
    expect(error).toBeInstanceOf(InstrumentError);
    return error as InstrumentError;
  }
  throw new Error('the mutated bank was accepted');
}

/** What every bank's words must pass: each language written on its own, in the term base's words. */
function languageChecks(instrument: Instrument): void {
  it('is written in each language, not copied from English', () => {
    const en = new Set(leaves(instrumentText(instrument, 'en')));
    const strings = (locale: (typeof LOCALES)[number]) => leaves(instrumentText(instrument, locale)).filter((value) => value.length >= 12);
    const script: Record<string, RegExp> = { ar: /\p{Script=Arabic}/u, fa: /\p{Script=Arabic}/u, zh: /\p{Script=Han}/u };
    for (const locale of ['ar', 'fa', 'zh', 'it'] as const) {
      for (const value of strings(locale)) {
        expect(en.has(value), `${locale}: ${value}`).toBe(false);
        if (script[locale]) expect(value, locale).toMatch(script[locale]!);
      }
    }
    expect(leaves(instrument.text.fa).join('\n')).not.toMatch(/[0-9]/); // Persian digits only
    expect(leaves(instrument.text.zh).join('\n')).not.toMatch(/你/); // 您 in Chinese
    expect(leaves(instrument.text.it).join('\n')).not.toMatch(ITALIAN_VOI); // tu in Italian
  });

  it('uses the term base’s wording, not retired variants', () => {
    for (const locale of LOCALES) {
      const text = leaves(instrumentText(instrument, locale)).join('\n');
      for (const { pattern, preferred } of FORBIDDEN_VARIANTS[locale]) {
        expect(text.match(pattern), `${locale}: use ${preferred}`).toBeNull();
      }
    }
  });
}

describe('the self-assessment bank', () => {
  const items = instrumentItems(bank);

  it('parses, and asks 25 to 40 statements', () => {
    expect(bank.id).toBe('self-assessment');
    expect(items.length).toBeGreaterThanOrEqual(25);
    expect(items.length).toBeLessThanOrEqual(40);
  });

  it('asks every dimension at corporate and at operational level', () => {
    expect(bank.levels).toEqual(['corporate', 'operational']);
    expect(bank.dimensions.map((d) => d.id)).toEqual([
      'strategy', 'selection', 'solutions', 'people', 'account-management', 'evaluation', 'relationship',
    ]);
    for (const dimension of bank.dimensions) {
      for (const level of bank.levels!) {
        const asked = items.filter((item) => item.dimension === dimension.id && item.level === level);
        expect(asked.length, `${dimension.id} × ${level}`).toBeGreaterThanOrEqual(1);
      }
    }
  });

  it('describes five distinct maturity levels for every statement in every language', () => {
    for (const locale of LOCALES) {
      for (const item of items) {
        const answers = instrumentText(bank, locale).items[item.id]!.answers!;
        expect(answers).toHaveLength(SCALES.maturity.points);
        expect(new Set(answers).size, `${locale} ${item.id}`).toBe(5);
      }
    }
  });

  languageChecks(bank);

  it('hands an island one locale only', () => {
    const fa = localizeInstrument(bank, 'fa');
    expect(fa.text).toBe(bank.text.fa);
    expect(fa.locale).toBe('fa');
    expect(JSON.stringify(fa)).not.toContain(bank.text.en.title);
    expect(fa.sections).toBe(bank.sections);
  });
});

describe('the schema refuses a bad bank and names the path', () => {
  const firstItem = 'strategy-corporate-1';
  const cases: Array<[string, (b: any) => void, string, RegExp?]> = [
    ['a duplicate item id', (b) => (b.sections[1].items[0].id = firstItem), 'sections[1].items[0].id', /duplicate/],
    ['a duplicate dimension id', (b) => b.dimensions.push({ ...b.dimensions[0] }), 'dimensions[7].id', /duplicate/],
    ['a duplicate section id', (b) => (b.sections[1].id = 'strategy'), 'sections[1].id', /duplicate/],
    ['an item of an unknown dimension', (b) => (b.sections[0].items[0].dimension = 'pricing'), 'sections[0].items[0].dimension', /unknown dimension/],
    ['an item at an undeclared level', (b) => (b.sections[0].items[1].level = 'board'), 'sections[0].items[1].level', /unknown level/],
    ['an item without its level', (b) => delete b.sections[2].items[0].level, 'sections[2].items[0].level', /missing/],
    ['an empty section', (b) => (b.sections[3].items = []), 'sections[3].items', /at least one item/],
    ['a dimension nothing feeds', (b) => b.dimensions.push({ id: 'pricing', module: 'kaism' }), 'dimensions[7].id', /no item/],
    ['a dimension without a module', (b) => (b.dimensions[0].module = 'pricing'), 'dimensions[0].module', /one of "what-is-kam"/],
    ['an unknown tool', (b) => (b.id = 'survey'), 'id'],
    ['an unknown scale', (b) => (b.scale = 'stars'), 'scale'],
    ['a version that is not a whole number', (b) => (b.version = 1.5), 'version'],
    ['a locale missing altogether', (b) => delete b.text.zh, 'text.zh'],
    ['a locale missing an item', (b) => delete b.text.fa.items['people-operational-2'], 'text.fa.items.people-operational-2', /missing text/],
    ['text for an item the bank does not declare', (b) => (b.text.it.items.ghost = b.text.it.items[firstItem]), 'text.it.items.ghost', /not declared/],
    ['four level descriptions', (b) => b.text.ar.items[firstItem].answers.pop(), `text.ar.items.${firstItem}.answers`, /5 entries expected, found 4/],
    ['no level descriptions', (b) => delete b.text.en.items['evaluation-corporate-2'].answers, 'text.en.items.evaluation-corporate-2.answers', /missing/],
    ['four scale names', (b) => b.text.it.scale.names.pop(), 'text.it.scale.names', /5 entries/],
    ['a missing dimension name', (b) => delete b.text.zh.dimensions.people, 'text.zh.dimensions.people', /missing/],
    ['a missing section text', (b) => delete b.text.ar.sections.relationship, 'text.ar.sections.relationship', /missing/],
    ['a missing level name', (b) => delete b.text.fa.levels.operational, 'text.fa.levels.operational', /missing/],
    ['a missing statement', (b) => delete b.text.it.items[firstItem].statement, `text.it.items.${firstItem}.statement`, /missing \(string expected\)/],
    ['an empty statement', (b) => (b.text.zh.items[firstItem].statement = '  '), `text.zh.items.${firstItem}.statement`],
    ['a key the format does not know', (b) => (b.text.en.items[firstItem].hint = 'x'), `text.en.items.${firstItem}`, /unknown key "hint"/],
  ];

  it.each(cases)('%s', (_name, mutate, path, message) => {
    const error = problemOf(mutate);
    expect(error.path).toBe(path);
    expect(error.message.startsWith(`${path}: `)).toBe(true);
    if (message) expect(error.problem).toMatch(message);
  });
});

describe('the readiness checklist bank', () => {
  const items = instrumentItems(readiness);

  it('is answered on the status scale: not yet, partly, done (lowest first), not applicable on top, no “don’t know”', () => {
    expect(readiness.id).toBe('readiness');
    expect(readiness.scale).toBe('status');
    expect(SCALES.status).toEqual({ points: 3, perItem: false, explained: true, unknown: false });
    expect(instrumentText(readiness, 'en').scale.names).toEqual(['Not yet', 'Partly', 'Done']);
  });

  it('asks the source’s three questions in order: relevance (5), feasibility (4), the five implementation steps', () => {
    expect(readiness.sections.map((section) => [section.id, section.items.length])).toEqual([
      ['relevance', 5],
      ['feasibility', 4],
      ['implementation', 5],
    ]);
    expect(readiness.levels).toBeUndefined();
    // Each part is also the dimension its items feed, so readiness is reported per part.
    for (const item of items) expect(item.dimension).toBe(item.section);
  });

  it('explains what “done” means for every item in every language, and describes no levels', () => {
    for (const locale of LOCALES) {
      const words = instrumentText(readiness, locale);
      expect(words.scale.names, locale).toHaveLength(3);
      for (const item of items) {
        expect(words.items[item.id]!.explanation, `${locale} ${item.id}`).toBeTruthy();
        expect(words.items[item.id]!.answers).toBeUndefined();
      }
      const explanations = items.map((item) => words.items[item.id]!.explanation);
      expect(new Set(explanations).size, locale).toBe(items.length);
    }
  });

  languageChecks(readiness);
});

describe('the schema holds the status scale to its own shape', () => {
  const first = 'market-past';
  const cases: Array<[string, (b: any) => void, string, RegExp]> = [
    ['an item without its explanation', (b) => delete b.text.zh.items[first].explanation, `text.zh.items.${first}.explanation`, /missing: the status scale explains/],
    ['level descriptions on a status item', (b) => (b.text.it.items[first].answers = ['a', 'b', 'c']), `text.it.items.${first}.answers`, /no answers per item/],
    ['five scale names', (b) => b.text.ar.scale.names.push('x', 'y'), 'text.ar.scale.names', /3 entries expected, found 5/],
    ['an empty explanation', (b) => (b.text.fa.items.resources.explanation = ' '), 'text.fa.items.resources.explanation', /must not be empty/],
  ];

  it.each(cases)('%s', (_name, mutate, path, message) => {
    const error = problemOf(mutate, rawReadiness);
    expect(error.path).toBe(path);
    expect(error.problem).toMatch(message);
  });

  it('refuses an explanation on a maturity item', () => {
    const error = problemOf((b) => (b.text.en.items['strategy-corporate-1'].explanation = 'Ready when…'));
    expect(error.path).toBe('text.en.items.strategy-corporate-1.explanation');
    expect(error.problem).toMatch(/maturity scale has no explanation/);
  });
});
