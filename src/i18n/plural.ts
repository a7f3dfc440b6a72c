import { interpolate } from './interpolate';

/**
 * Counted strings. A plural key `<key>` is stored as `<key>.<category>`, one entry per category
 * the language's rules use (`new Intl.PluralRules(tag).resolvedOptions().pluralCategories`):
 * English needs one and other, Arabic all six, Chinese only other. `{count}` is the formatted count.
 */
export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;
export type PluralCategory = (typeof PLURAL_CATEGORIES)[number];

const rulesByTag = new Map<string, Intl.PluralRules>();
const numbersByTag = new Map<string, Intl.NumberFormat>();

/** Building PluralRules is slow next to using them, so each language gets one, kept. */
export function pluralRules(tag: string): Intl.PluralRules {
  let rules = rulesByTag.get(tag);
  if (!rules) {
    rules = new Intl.PluralRules(tag);
    rulesByTag.set(tag, rules);
  }
  return rules;
}

/** The category names a plural key may end in, e.g. "search.results.one" → "search.results". */
export function pluralBaseOf(key: string): string | null {
  const dot = key.lastIndexOf('.');
  return dot > 0 && (PLURAL_CATEGORIES as readonly string[]).includes(key.slice(dot + 1)) ? key.slice(0, dot) : null;
}

/**
 * The form of `key` for `count` in the language `tag`, with `{count}` filled in as a localised
 * number and any other `vars`. Falls back to the `other` form, then to the key itself.
 */
export function plural(
  strings: Readonly<Record<string, string | undefined>>,
  key: string,
  count: number,
  tag: string,
  vars: Record<string, string | number> = {},
): string {
  const form = strings[`${key}.${pluralRules(tag).select(count)}`] ?? strings[`${key}.other`] ?? key;
  let numbers = numbersByTag.get(tag);
  if (!numbers) {
    numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 0 });
    numbersByTag.set(tag, numbers);
  }
  return interpolate(form, { count: numbers.format(count), ...vars });
}
