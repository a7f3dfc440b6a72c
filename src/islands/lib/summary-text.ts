import type { CountedPhrase } from '../../domain/registry/descriptor';
import { interpolate } from '../../i18n/interpolate';
import { plural } from '../../i18n/plural';

/** "10 accounts, 10 factors": a descriptor's summary in the page's language, plurals and all. */
export function summaryText(phrases: readonly CountedPhrase[], strings: Readonly<Record<string, string>>, localeTag: string): string {
  const [first = '', second] = phrases.map((phrase) => plural(strings, phrase.key, phrase.count, localeTag));
  return second === undefined ? first : interpolate(strings['workbook.summary.pair'] ?? '{first}, {second}', { first, second });
}
