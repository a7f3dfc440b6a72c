import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { DICTIONARIES } from '../../src/i18n';
import { LOCALES, type Locale } from '../../src/i18n/locales';
import { MODULE_SLUGS } from '../../src/domain/tools';
import { CAPSTONE_PARTS } from '../../src/domain/capstone';
import { en } from '../../src/i18n/ui/en';
import { FA_LATIN_DIGIT_KEYS, FORBIDDEN_VARIANTS, ITALIAN_VOI } from './support/term-variants';

// One set of terms per language: the glossary is the term base. Its entries that name a KAISM
// type, strategy or basis, a customer type or a relationship type carry `ui`: the UI keys that
// name the same thing, each with the wording both must share.

interface Term {
  id: string;
  term: string;
  definition: string;
  ui?: Record<string, string>;
}

/** Every link the term base must have, the same in every locale. */
const REQUIRED_LINKS: Record<string, string[]> = {
  'strategic-partner-account': ['kaism.type.key', 'kaism.strategy.key'],
  'key-development-account': ['kaism.type.development', 'kaism.strategy.development'],
  'maintenance-account': ['kaism.type.maintenance', 'kaism.strategy.maintenance'],
  'opportunistic-account': ['kaism.type.opportunistic', 'kaism.strategy.opportunistic'],
  'bases-of-differentiation': [
    'kaism.bases.intro',
    'kaism.basis.contact',
    'kaism.basis.commitment',
    'kaism.basis.investment',
    'kaism.basis.services',
    'kaism.basis.pricing',
  ],
  'account-attractiveness': ['kaism.axis.attractiveness'],
  'relative-strength': ['kaism.axis.strength'],
  defender: ['tool.customer-type.summary'],
  prospector: ['tool.customer-type.summary'],
  analyzer: ['tool.customer-type.summary'],
  reactor: ['tool.customer-type.summary'],
  'contact-kam': ['tool.relationship-type.summary'],
  'integrated-kam': ['tool.relationship-type.summary'],
};

const glossary = (locale: Locale) => load(readFileSync(`content/glossary/${locale}.yaml`, 'utf8')) as Term[];
const moduleText = (locale: Locale, slug: string) => readFileSync(`content/modules/${locale}/${slug}.mdx`, 'utf8');
const uiOf = (locale: Locale) => DICTIONARIES[locale] as Record<string, string>;

/** Arabic-script vowel marks and shadda are optional spelling, not a different word. */
const normalise = (text: string) => text.normalize('NFC').replace(/[\u064B-\u065F\u0670\u0640]/gu, '');
const withoutGloss = (term: string) => term.replace(/\s*[(（][^()（）]*[)）]$/u, '');
/** A wording may open a sentence in one place and sit inside one in another. */
function uses(text: string, wording: string): boolean {
  const hay = normalise(text);
  const needle = normalise(wording);
  const first = needle.charAt(0);
  return [needle, first.toLowerCase() + needle.slice(1), first.toUpperCase() + needle.slice(1)].some((form) => hay.includes(form));
}

/** Where the glossary must carry the wording: type labels name the whole term; strategies and bases are stated in the definition. */
function glossaryProblem(entry: Term, key: string, wording: string): string | undefined {
  if (key.startsWith('kaism.type.')) {
    return wording === entry.term || wording === withoutGloss(entry.term) ? undefined : `the wording “${wording}” is not the term “${entry.term}”`;
  }
  const place = /^kaism\.(strategy|basis)\./.test(key) ? entry.definition : entry.term;
  return uses(place, wording) ? undefined : `the glossary does not say “${wording}” (term “${entry.term}”)`;
}

/** Every text a learner reads in a locale, named for the failure message. */
function sources(locale: Locale): [string, string][] {
  const ui = Object.entries(uiOf(locale)).map(([key, value]): [string, string] => [`ui ${key}`, value]);
  const terms = glossary(locale).map((entry): [string, string] => [`glossary ${entry.id}`, `${entry.term}\n${entry.definition}`]);
  const modules = MODULE_SLUGS.map((slug): [string, string] => [`module ${slug}`, moduleText(locale, slug)]);
  return [...ui, ...terms, ...modules];
}

function hits(locale: Locale, pattern: RegExp, label: (match: string) => string): string[] {
  return sources(locale).flatMap(([where, text]) => [...text.matchAll(pattern)].map((m) => `${locale} ${where}: ${label(m[0])}`));
}

describe('the term base links the UI', () => {
  const englishLinks = glossary('en').map((entry) => [entry.id, Object.keys(entry.ui ?? {}).sort()]);

  it('links every KAISM type, strategy and basis, customer type and relationship type in English', () => {
    const byId = Object.fromEntries(englishLinks);
    for (const [id, keys] of Object.entries(REQUIRED_LINKS)) expect(byId[id], id).toEqual(expect.arrayContaining(keys));
    for (const [, keys] of englishLinks) for (const key of keys ?? []) expect(Object.keys(en), String(key)).toContain(key);
  });

  it.each(LOCALES.filter((locale) => locale !== 'en'))('links the same keys from the same entries in %s', (locale) => {
    expect(glossary(locale).map((entry) => [entry.id, Object.keys(entry.ui ?? {}).sort()])).toEqual(englishLinks);
  });

  it.each([...LOCALES])('names each linked thing in the %s UI as the glossary does', (locale) => {
    const ui = uiOf(locale);
    const problems = glossary(locale).flatMap((entry) =>
      Object.entries(entry.ui ?? {}).flatMap(([key, wording]) => {
        const inGlossary = glossaryProblem(entry, key, wording);
        if (inGlossary) return [`${locale} ${key} (${entry.id}): ${inGlossary}`];
        const text = ui[key] ?? '';
        return uses(text, wording) ? [] : [`${locale} ${key}: the UI says “${text}”, the glossary “${wording}”`];
      }),
    );
    expect(problems).toEqual([]);
  });
});

// The KAISM module's matrix figure is where a learner first meets the four types: its cells name
// them exactly as the glossary (and so the KAISM tool) does, gloss included.
describe('the KAISM matrix figure', () => {
  const TYPE_IDS = ['strategic-partner-account', 'key-development-account', 'maintenance-account', 'opportunistic-account'];

  it.each([...LOCALES])('names the four types in %s as the glossary does', (locale) => {
    const figure = /<Matrix2x2[\s\S]*?\/>/u.exec(moduleText(locale, 'kaism'))?.[0] ?? '';
    const titles = [...figure.matchAll(/\{title: "([^"]*)"/gu)].map((m) => m[1]);
    const terms = TYPE_IDS.map((id) => glossary(locale).find((entry) => entry.id === id)?.term);
    expect(titles).toEqual(terms);
  });
});

describe('retired spellings', () => {
  it.each([...LOCALES])('appear nowhere in %s', (locale) => {
    const found = FORBIDDEN_VARIANTS[locale].flatMap(({ pattern, preferred }) => hits(locale, pattern, (match) => `“${match}”, use “${preferred}”`));
    expect(found).toEqual([]);
  });
});

describe('Persian', () => {
  it('writes numbers in the UI with Persian digits, outside placeholders and the listed code', () => {
    const latin = Object.entries(uiOf('fa'))
      .filter(([key, value]) => !FA_LATIN_DIGIT_KEYS.includes(key) && /[0-9]/.test(value.replace(/\{\w+\}/g, '')))
      .map(([key, value]) => `${key}: ${value}`);
    expect(latin).toEqual([]);
  });

  it('writes the ezafe after a silent h as «ـهٔ», never «ـه‌ی»', () => {
    expect(hits('fa', /\p{L}*ه\u200Cی(?![\p{L}\p{M}])/gu, (match) => `“${match}”`)).toEqual([]);
  });
});

describe('Chinese', () => {
  it('addresses the reader as 您 everywhere', () => {
    expect(hits('zh', /.{0,8}你.{0,8}/gu, (match) => `“${match}”`)).toEqual([]);
  });

  it('puts a space between Han characters and Latin letters or digits', () => {
    expect(hits('zh', /.{0,6}(\p{Script=Han}[A-Za-z0-9]|[A-Za-z0-9]\p{Script=Han}).{0,6}/gu, (match) => `“${match}”`)).toEqual([]);
  });
});

describe('Italian', () => {
  it('addresses the reader as tu everywhere', () => {
    expect(hits('it', ITALIAN_VOI, (match) => `“${match}” (voi)`)).toEqual([]);
  });
});

// The capstone's parts are named once per language: the model plan in module 10, the learner's
// form and printed summary in My workbook, and import errors all use the same words.
describe('capstone part names', () => {
  it.each([...LOCALES])('in %s are the same in the module, the workbook and import errors', (locale) => {
    const ui = DICTIONARIES[locale] as Record<string, string>;
    for (const part of CAPSTONE_PARTS) {
      expect(ui[`io.field.${part}`], `${locale} ${part}`).toBe(ui[`capstone.part.${part}`]);
    }
  });
});
