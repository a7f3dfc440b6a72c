import * as z from 'zod/mini';
import { LOCALES, type Locale } from '../../i18n/locales';
import { MODULE_SLUGS, TOOL_IDS } from '../tools';
import { SCALES, type ScaleId } from './bank';

export { SCALES, instrumentItems, instrumentText, localizeInstrument } from './bank';
export type { LocalizedInstrument, ScaleId } from './bank';

/**
 * The format of a question bank (content/instruments/<tool>.yaml), shared by every questionnaire
 * tool. The structure (ids, order, which dimension and level an item feeds) is written once; the
 * words live in one block per locale, so translators work apart and no language falls back to
 * another. A new questionnaire is a new file, never a new island.
 */

const SCALE_IDS = Object.keys(SCALES) as [ScaleId, ...ScaleId[]];

const slug = z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'an id is lowercase letters, digits and single hyphens'));
const text = z.string().check(z.trim(), z.minLength(1, 'text must not be empty'));
const texts = z.array(text);

const dimensionSchema = z.strictObject({ id: slug, module: z.enum(MODULE_SLUGS) });
const itemSchema = z.strictObject({ id: slug, dimension: slug, level: z.optional(slug) });
const sectionSchema = z.strictObject({
  id: slug,
  items: z.array(itemSchema).check(z.minLength(1, 'a section needs at least one item')),
});

const localeTextSchema = z.strictObject({
  title: text,
  intro: text,
  /** The scale's own words: a name and an overall description per point, lowest first. */
  scale: z.strictObject({ names: texts, descriptions: texts }),
  /** Names of the levels an item is asked at; present exactly when the bank declares levels. */
  levels: z.optional(z.record(z.string(), text)),
  dimensions: z.record(z.string(), z.strictObject({ name: text, recommendation: text })),
  sections: z.record(z.string(), z.strictObject({ title: text, intro: text })),
  /**
   * `answers`: what each point of the scale looks like for this statement, lowest first (perItem
   * scales); `explanation`: what "ready" means for this item (explained scales).
   */
  items: z.record(z.string(), z.strictObject({ statement: text, answers: z.optional(texts), explanation: z.optional(text) })),
});

const textSchema = z.strictObject(
  Object.fromEntries(LOCALES.map((locale) => [locale, localeTextSchema])) as Record<Locale, typeof localeTextSchema>,
);

const structureSchema = z.strictObject({
  id: z.enum(TOOL_IDS),
  version: z.number().check(z.int(), z.minimum(1)),
  scale: z.enum(SCALE_IDS),
  levels: z.optional(z.array(slug).check(z.minLength(1))),
  dimensions: z.array(dimensionSchema).check(z.minLength(1)),
  sections: z.array(sectionSchema).check(z.minLength(1)),
  text: textSchema,
});

export type Instrument = z.infer<typeof structureSchema>;
export type InstrumentText = z.infer<typeof localeTextSchema>;
export type InstrumentItem = Instrument['sections'][number]['items'][number];
export type InstrumentDimension = Instrument['dimensions'][number];

type Path = (string | number)[];
interface Problem {
  path: Path;
  message: string;
}

function sameKeys(record: Record<string, unknown>, expected: readonly string[], path: Path, problems: Problem[]): void {
  for (const key of expected) {
    if (!(key in record)) problems.push({ path: [...path, key], message: 'missing text' });
  }
  for (const key of Object.keys(record)) {
    if (!expected.includes(key)) problems.push({ path: [...path, key], message: `"${key}" is not declared in the bank` });
  }
}

function unique(ids: string[], path: (index: number) => Path, problems: Problem[]): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) problems.push({ path: path(index), message: `duplicate id "${id}"` });
    seen.add(id);
  });
}

function lengthIs(list: readonly unknown[] | undefined, expected: number, path: Path, problems: Problem[]): void {
  if (!list) problems.push({ path, message: `missing: ${expected} descriptions expected` });
  else if (list.length !== expected) problems.push({ path, message: `${expected} entries expected, found ${list.length}` });
}

/** The rules that tie the structure and the texts together, in the order a reader checks them. */
function crossCheck(bank: Instrument): Problem[] {
  const problems: Problem[] = [];
  const dimensionIds = bank.dimensions.map((dimension) => dimension.id);
  const sectionIds = bank.sections.map((section) => section.id);
  const items = bank.sections.flatMap((section, s) => section.items.map((item, i) => ({ item, path: ['sections', s, 'items', i] })));
  const itemIds = items.map(({ item }) => item.id);
  const levels = bank.levels ?? [];

  unique(levels, (index) => ['levels', index], problems);
  unique(dimensionIds, (index) => ['dimensions', index, 'id'], problems);
  unique(sectionIds, (index) => ['sections', index, 'id'], problems);
  unique(itemIds, (index) => [...items[index]!.path, 'id'], problems);
  for (const { item, path } of items) {
    if (!dimensionIds.includes(item.dimension)) problems.push({ path: [...path, 'dimension'], message: `unknown dimension "${item.dimension}"` });
    if (bank.levels && item.level === undefined) problems.push({ path: [...path, 'level'], message: 'missing: the bank declares levels' });
    if (item.level !== undefined && !levels.includes(item.level)) problems.push({ path: [...path, 'level'], message: `unknown level "${item.level}"` });
  }
  // A declared dimension that nothing feeds could only ever show "too few answers".
  bank.dimensions.forEach((dimension, index) => {
    if (!items.some(({ item }) => item.dimension === dimension.id)) problems.push({ path: ['dimensions', index, 'id'], message: `no item feeds "${dimension.id}"` });
  });

  const { points, perItem, explained } = SCALES[bank.scale];
  for (const locale of LOCALES) {
    const words = bank.text[locale];
    const at: Path = ['text', locale];
    lengthIs(words.scale.names, points, [...at, 'scale', 'names'], problems);
    lengthIs(words.scale.descriptions, points, [...at, 'scale', 'descriptions'], problems);
    if (bank.levels) sameKeys(words.levels ?? {}, levels, [...at, 'levels'], problems);
    else if (words.levels) problems.push({ path: [...at, 'levels'], message: 'the bank declares no levels' });
    sameKeys(words.dimensions, dimensionIds, [...at, 'dimensions'], problems);
    sameKeys(words.sections, sectionIds, [...at, 'sections'], problems);
    sameKeys(words.items, itemIds, [...at, 'items'], problems);
    for (const id of itemIds) {
      const answers = words.items[id]?.answers;
      if (!words.items[id]) continue;
      if (perItem) lengthIs(answers, points, [...at, 'items', id, 'answers'], problems);
      else if (answers) problems.push({ path: [...at, 'items', id, 'answers'], message: `the ${bank.scale} scale has no answers per item` });
      const explanation = words.items[id].explanation;
      if (explained && explanation === undefined) problems.push({ path: [...at, 'items', id, 'explanation'], message: `missing: the ${bank.scale} scale explains what "ready" means for every item` });
      else if (!explained && explanation !== undefined) problems.push({ path: [...at, 'items', id, 'explanation'], message: `the ${bank.scale} scale has no explanation per item` });
    }
  }
  return problems;
}

/** The bank's zod schema: the structure, then the cross-checks (run only on a sound structure). */
export const instrumentSchema = structureSchema.check(
  z.superRefine((bank, ctx) => {
    for (const problem of crossCheck(bank)) ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message, input: bank });
  }),
);

/** `sections[2].items[0].dimension`, `text.fa.items.strategy-corporate-1.answers` */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>((out, segment) => {
    if (typeof segment === 'number') return `${out}[${segment}]`;
    return out ? `${out}.${String(segment)}` : String(segment);
  }, '');
}

interface ZodIssueLike {
  code: string;
  message: string;
  input?: unknown;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
}

/** zod/mini ships no messages ("Invalid input"): say what was expected, for the author of the file. */
function describe(issue: ZodIssueLike): string {
  if (issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? `missing (${issue.expected} expected)` : `${issue.expected} expected`;
    case 'unrecognized_keys':
      return `unknown key ${issue.keys!.map((key) => `"${key}"`).join(', ')}`;
    case 'invalid_value':
      return `one of ${issue.values!.map((value) => JSON.stringify(value)).join(', ')} expected`;
    case 'too_small':
      return `at least ${issue.minimum} expected`;
    default:
      return `invalid (${issue.code})`;
  }
}

export class InstrumentError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path || '(the bank)'}: ${problem}`);
    this.name = 'InstrumentError';
  }
}

/** Parses a bank as read from YAML; throws an InstrumentError naming the path of the first problem. */
export function parseInstrument(raw: unknown): Instrument {
  const result = instrumentSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const first = result.error.issues[0]!;
  throw new InstrumentError(formatPath(first.path), describe(first as ZodIssueLike));
}
