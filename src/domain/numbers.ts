/**
 * Reads and writes numbers in the digit systems of our five locales: Latin (0-9), Arabic-Indic
 * (٠-٩) and Persian (۰-۹). Fields read with the page's locale (`parseFieldNumber`), so what a
 * field shows reads back as the same number; files, whose locale is unknown, are read by a guess
 * (`parseLocaleNumber`). Pure: no DOM; Intl only to learn a locale's separators.
 */

import { numberFormatter } from './format';

export type NumberProblem = 'empty' | 'invalid' | 'tooLarge';
export type ParsedNumber = { ok: true; value: number } | { ok: false; problem: NumberProblem };

const ARABIC_INDIC_ZERO = 0x0660;
const PERSIAN_ZERO = 0x06f0;
/** Magnitudes beyond this are treated as typing mistakes rather than real quantities. */
export const MAX_ABS_NUMBER = 1e15;

/** Replaces Arabic-Indic and Persian digits with Latin ones, leaving everything else. */
export function toLatinDigits(text: string): string {
  let out = '';
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    if (code >= ARABIC_INDIC_ZERO && code <= ARABIC_INDIC_ZERO + 9) out += String(code - ARABIC_INDIC_ZERO);
    else if (code >= PERSIAN_ZERO && code <= PERSIAN_ZERO + 9) out += String(code - PERSIAN_ZERO);
    else out += char;
  }
  return out;
}

// Spaces of every kind, and the bidi marks a right-to-left keyboard or a copy-paste may leave.
const INVISIBLES = /[\s\u00a0\u2009\u202f\u200e\u200f\u061c\u066c]/g;
const MINUS_SIGNS = /^[\u2212\u2013\u002d]/;

/**
 * Locale-free guess, for text whose locale nobody knows: CSV cells and numbers written as strings
 * in imported JSON files (`coerceNumber`). Not for fields: it reads "26,000" as 26.
 * Accepts "1,234.5", "1.234,5", "12,5", "٣٫٥", "۱۲٫۵" and "-3".
 * A lone comma or point is a decimal separator; with both, the last one is.
 */
export function parseLocaleNumber(raw: string): ParsedNumber {
  let text = toLatinDigits(raw).replace(INVISIBLES, '').replace('\u066b', '.').replace('\u060c', ',');
  if (text === '') return { ok: false, problem: 'empty' };
  let sign = 1;
  if (MINUS_SIGNS.test(text)) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (!/^[0-9.,]+$/.test(text) || !/[0-9]/.test(text)) return { ok: false, problem: 'invalid' };
  const lastPoint = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  const decimalAt = Math.max(lastPoint, lastComma);
  let integerPart = text;
  let fractionPart = '';
  if (decimalAt >= 0) {
    const separator = text[decimalAt];
    const sameSeparatorCount = text.split(separator ?? '').length - 1;
    const other = separator === '.' ? ',' : '.';
    const looksLikeGrouping = sameSeparatorCount > 1 && !text.includes(other);
    if (looksLikeGrouping) {
      // "1,234,567" or "1.234.567": all separators group thousands.
      if (!isValidGrouping(text, separator ?? '')) return { ok: false, problem: 'invalid' };
      integerPart = text.split(separator ?? '').join('');
    } else {
      integerPart = text.slice(0, decimalAt);
      fractionPart = text.slice(decimalAt + 1);
      if (integerPart.includes(other) && !isValidGrouping(integerPart, other)) return { ok: false, problem: 'invalid' };
      if (integerPart.includes(separator ?? '')) return { ok: false, problem: 'invalid' };
      integerPart = integerPart.split(other).join('');
      if (fractionPart === '' && integerPart === '') return { ok: false, problem: 'invalid' };
    }
  }
  const value = sign * Number(`${integerPart || '0'}.${fractionPart || '0'}`);
  if (!Number.isFinite(value)) return { ok: false, problem: 'invalid' };
  if (Math.abs(value) > MAX_ABS_NUMBER) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: Object.is(value, -0) ? 0 : value };
}

function isValidGrouping(text: string, separator: string): boolean {
  const groups = text.split(separator);
  const [head, ...tail] = groups;
  return !!head && head.length <= 3 && tail.every((group) => group.length === 3);
}

/** Reads a number that may also arrive as a JS number (from a file), refusing NaN and Infinity. */
export function coerceNumber(value: unknown): ParsedNumber {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { ok: false, problem: 'invalid' };
    if (Math.abs(value) > MAX_ABS_NUMBER) return { ok: false, problem: 'tooLarge' };
    return { ok: true, value };
  }
  if (typeof value === 'string') return parseLocaleNumber(value);
  return { ok: false, problem: 'invalid' };
}

// ---- Fields: read with the page's locale, the exact inverse of formatFieldNumber ----

export type FieldNumberProblem = NumberProblem | 'grouping';
export type ParsedFieldNumber =
  | { ok: true; value: number }
  | { ok: false; problem: NumberProblem }
  /** A thousands separator not followed by groups of three digits, e.g. "1,5" in en: the separator as typed. */
  | { ok: false; problem: 'grouping'; separator: string };

/** A locale's own separators, exactly as Intl writes them (fa: ٬ and ٫, it: . and ,). */
export interface NumberSymbols {
  group: string;
  decimal: string;
}

type Role = 'group' | 'decimal';
const locales = new Map<string, { symbols: NumberSymbols; roles: Map<string, Role> }>();

function localeNumbers(tag: string) {
  let entry = locales.get(tag);
  if (!entry) {
    const parts = numberFormatter(tag).formatToParts(1234567.5);
    const group = parts.find((part) => part.type === 'group')?.value ?? ',';
    const decimal = parts.find((part) => part.type === 'decimal')?.value ?? '.';
    // The Arabic marks mean the same everywhere (٬ and ، group, ٫ is decimal); a plain comma groups
    // and a plain point is decimal, as Arabic and Persian users type them, unless the locale's own
    // separators say otherwise (it: the point groups, the comma is decimal).
    const roles = new Map<string, Role>([[',', 'group'], ['\u060c', 'group'], ['\u066c', 'group'], [' ', 'group'], ['.', 'decimal'], ['\u066b', 'decimal']]);
    roles.set(normalize(group), 'group');
    roles.set(normalize(decimal), 'decimal');
    entry = { symbols: { group, decimal }, roles };
    locales.set(tag, entry);
  }
  return entry;
}

export function numberSymbols(tag: string): NumberSymbols {
  return localeNumbers(tag).symbols;
}

// Full-width forms (a Chinese IME's "２６，０００") become ASCII, every space a plain space.
const normalize = (text: string) => toLatinDigits(text.normalize('NFKC').replace(FORMAT_MARKS, '')).replace(/\s+/g, ' ');
// Bidi and zero-width marks that right-to-left text and copy-paste leave around numbers.
const FORMAT_MARKS = /[\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\ufeff]/g;
const MINUS = /^[-\u2212\u2010-\u2014]/;

/**
 * Reads a number typed into a field of a page in locale `tag`, rounded half away from zero to
 * `fractionDigits`. Digits may be Latin, Arabic-Indic or Persian. The locale decides what a comma
 * and a point mean, and a thousands separator must be followed by groups of three digits:
 * en/zh/ar/fa: "26,000" = 26000, "1,5" is refused ('grouping'); it: "26.000" = 26000, "2,5" = 2.5,
 * "1.5" is refused and "26,000" is 26 (rounded). Refusing rather than guessing keeps one edited
 * digit from changing a number's magnitude.
 */
export function parseFieldNumber(text: string, tag: string, fractionDigits: number): ParsedFieldNumber {
  const { roles } = localeNumbers(tag);
  let rest = normalize(text).trim();
  if (rest === '') return { ok: false, problem: 'empty' };
  const negative = MINUS.test(rest);
  if (negative || rest.startsWith('+')) rest = rest.slice(1).trimStart();
  const groups = [''];
  let fraction: string | null = null;
  let separator = '';
  for (const char of rest) {
    const role = /[0-9]/.test(char) ? 'digit' : roles.get(char);
    if (role === 'digit' && fraction !== null) fraction += char;
    else if (role === 'digit') groups[groups.length - 1] += char;
    else if (role === 'group' && fraction === null) {
      groups.push('');
      separator ||= char;
    } else if (role === 'decimal' && fraction === null) fraction = '';
    else return { ok: false, problem: 'invalid' };
  }
  const whole = groups.join('');
  if (whole === '' && !fraction) return { ok: false, problem: 'invalid' };
  if (groups.length > 1 && !groupsOfThree(groups)) {
    return separator === ' ' ? { ok: false, problem: 'invalid' } : { ok: false, problem: 'grouping', separator };
  }
  const [wholeDigits, fractionDigitsKept] = roundDecimal(whole, fraction ?? '', fractionDigits);
  const magnitude = Number(`${wholeDigits || '0'}.${fractionDigitsKept || '0'}`);
  if (!Number.isFinite(magnitude) || magnitude > MAX_ABS_NUMBER) return { ok: false, problem: 'tooLarge' };
  return { ok: true, value: negative && magnitude !== 0 ? -magnitude : magnitude };
}

function groupsOfThree([head, ...tail]: string[]): boolean {
  return !!head && head.length <= 3 && tail.every((group) => group.length === 3);
}

/** Rounds a decimal written as digit strings, half away from zero, without binary arithmetic. */
function roundDecimal(whole: string, fraction: string, digits: number): [string, string] {
  if (fraction.length <= digits) return [whole, fraction];
  const kept = [...whole, ...fraction.slice(0, digits)].map(Number);
  if (Number(fraction[digits]) >= 5) {
    let index = kept.length - 1;
    while (index >= 0 && kept[index] === 9) kept[index--] = 0;
    if (index >= 0) kept[index] = (kept[index] ?? 0) + 1;
    else kept.unshift(1);
  }
  const cut = kept.length - digits;
  return [kept.slice(0, cut).join(''), kept.slice(cut).join('')];
}

/** What a field shows for `value`: Intl in the page's locale, at most `fractionDigits` decimals. */
export function formatFieldNumber(value: number, tag: string, fractionDigits: number): string {
  // signDisplay 'negative': a value that rounds to zero never shows as "-0".
  return numberFormatter(tag, { maximumFractionDigits: fractionDigits, signDisplay: 'negative' }).format(value);
}

/** The example a field's hint shows, written the way this locale writes numbers ("26,000.5", "۲۶٬۰۰۰٫۵"). */
export function fieldNumberExample(tag: string, fractionDigits: number): string {
  return formatFieldNumber(fractionDigits > 0 ? 26_000.5 : 26_000, tag, fractionDigits);
}
