/**
 * Reads numbers typed in any of the digit systems of our five locales: Latin (0-9),
 * Arabic-Indic (٠-٩) and Persian (۰-۹), with a point, comma, or Arabic decimal separator (٫).
 * Pure: no DOM, no Intl state.
 */

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
 * Parses what a user typed. Accepts "1,234.5", "1.234,5", "12,5", "٣٫٥", "۱۲٫۵" and "-3".
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
