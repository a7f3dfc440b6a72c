import type { Locale } from '../../i18n/locales';
import type { Instrument, InstrumentItem, InstrumentText } from './instrument';

/**
 * What the engine and the islands need from a parsed bank, without zod: importing this module
 * keeps the schema (instrument.ts) out of the browser bundle. Types only come from instrument.ts.
 */

/**
 * The answer scales the engine knows. `points` is the number of graded answers, lowest first (not
 * applicable, and don't know where `unknown` is true, come on top, from the UI dictionaries);
 * `perItem` means each item describes every point in its own words (SAMM-style), so no answer is a
 * bare number; `explained` means each item instead carries one `explanation` of what "ready" looks
 * like, and the scale's own names (not yet, partly, done) are the answers.
 * - maturity: five levels, each described per statement; not applicable and don't know offered.
 * - status: a checklist's not yet (1), partly (2), done (3), and not applicable; no "don't know",
 *   because an item nobody can judge is simply not done yet.
 */
export const SCALES = {
  maturity: { points: 5, perItem: true, explained: false, unknown: true },
  status: { points: 3, perItem: false, explained: true, unknown: false },
} as const;
export type ScaleId = keyof typeof SCALES;

/** What an island needs for one page: the structure and one locale's words. */
export type LocalizedInstrument = Omit<Instrument, 'text'> & { locale: Locale; text: InstrumentText };

/** One locale's words. Every locale is complete (the schema refuses a gap), so there is no fallback. */
export function instrumentText(instrument: Pick<Instrument, 'text'>, locale: Locale): InstrumentText {
  return instrument.text[locale];
}

/** The bank as one page hands it to its island: the structure and only that locale's words. */
export function localizeInstrument(instrument: Instrument, locale: Locale): LocalizedInstrument {
  const { text: all, ...structure } = instrument;
  return { ...structure, locale, text: all[locale] };
}

/** Every item in the order it is asked, with the section it belongs to. */
export function instrumentItems(instrument: Pick<Instrument, 'sections'>): Array<InstrumentItem & { section: string }> {
  return instrument.sections.flatMap((section) => section.items.map((item) => ({ ...item, section: section.id })));
}
