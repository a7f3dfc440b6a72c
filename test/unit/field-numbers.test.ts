import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatFieldNumber, MAX_ABS_NUMBER, numberSymbols, parseFieldNumber } from '../../src/domain/numbers';
import { DICTIONARIES, interpolate, type UIKey } from '../../src/i18n';
import { LOCALE_INFO, LOCALES } from '../../src/i18n/locales';
import { numberHint } from '../../src/islands/shared/NumberField';

// The five page locales, plus ar-EG: our ICU formats "ar" with Latin digits, so ar-EG makes sure
// Arabic-Indic digits with ٬ and ٫ (what other ICU builds give for "ar") round-trip too.
const TAGS = [...LOCALES.map((locale) => LOCALE_INFO[locale].tag), 'ar-EG'];
const RUNS = 600;

const read = (text: string, tag: string, digits = 2) => {
  const parsed = parseFieldNumber(text, tag, digits);
  return parsed.ok ? parsed.value : parsed.problem;
};

/** A value a field can hold: a decimal with at most `digits` fraction digits, within the limits. */
const fieldValue = (digits: number, allowNegative: boolean) =>
  fc
    .tuple(
      fc.oneof(
        fc.integer({ min: 0, max: 999 }), // no group separator
        fc.integer({ min: 1_000, max: 999_999 }), // one
        fc.integer({ min: 1_000_000, max: Number.MAX_SAFE_INTEGER }), // several
        fc.constantFrom(0, 1_000, 10_000, 26_000, MAX_ABS_NUMBER),
      ),
      fc.integer({ min: 0, max: 10 ** digits - 1 }),
      allowNegative ? fc.boolean() : fc.constant(false),
    )
    .map(([whole, fraction, negative]) => {
      const text = digits === 0 ? `${whole}` : `${whole}.${String(fraction).padStart(digits, '0')}`;
      const value = Number(text) * (negative ? -1 : 1);
      return Object.is(value, -0) ? 0 : value;
    })
    .filter((value) => Math.abs(value) <= MAX_ABS_NUMBER);

describe('parseFieldNumber(formatFieldNumber(x)) === x', () => {
  it.each(TAGS)('in %s, for integers, decimals at the field precision, negatives and zero', (tag) => {
    const digitsAndValue = fc.constantFrom(0, 1, 2).chain((digits) => fc.tuple(fc.constant(digits), fieldValue(digits, true)));
    fc.assert(
      fc.property(digitsAndValue, ([digits, x]) => {
        expect(read(formatFieldNumber(x, tag, digits), tag, digits)).toBe(x);
      }),
      { numRuns: RUNS },
    );
  });

  it.each(TAGS)('in %s, the limits and zero', (tag) => {
    for (const x of [0, 0.01, -0.01, 1, -1, MAX_ABS_NUMBER, -MAX_ABS_NUMBER, 999_999_999_999_999.88]) {
      expect(read(formatFieldNumber(x, tag, 2), tag)).toBe(x);
    }
    expect(formatFieldNumber(-0, tag, 2)).toBe(formatFieldNumber(0, tag, 2));
  });

  it.each(TAGS)('in %s, editing one digit of a shown number changes only that digit', (tag) => {
    const { decimal } = numberSymbols(tag);
    fc.assert(
      fc.property(fieldValue(2, true), fc.nat(), fc.integer({ min: 0, max: 9 }), (x, at, digit) => {
        fc.pre(Math.abs(x) < 1e13); // exact in binary at two decimals, so the expected value is exact too
        const shown = [...formatFieldNumber(x, tag, 2)];
        const digitAt = shown.flatMap((char, index) => (/\p{Nd}/u.test(char) ? [index] : []));
        const index = digitAt[at % digitAt.length] as number;
        const zero = (shown[index]?.codePointAt(0) ?? 0) - Number(latin(shown[index] ?? '0'));
        shown[index] = String.fromCodePoint(zero + digit);
        const edited = shown.join('');
        // The expected value, from the digits alone: separators keep their meaning.
        const plain = [...latin(edited)].map((char) => (char === decimal ? '.' : /[0-9]/.test(char) ? char : '')).join('');
        const expected = Number(plain) * (x < 0 ? -1 : 1);
        expect(read(edited, tag)).toBe(Object.is(expected, -0) ? 0 : expected);
      }),
      { numRuns: RUNS },
    );
  });
});

const latin = (text: string) => text.replace(/[\u0660-\u0669\u06f0-\u06f9]/g, (d) => String((d.codePointAt(0) ?? 0) & 0xf));

describe('parseFieldNumber: what a user types', () => {
  it('reads "26,000" as 26000 in en and zh, and "26.000" in it, also after editing one digit', () => {
    for (const tag of ['en', 'zh-CN']) {
      expect(read('26,000', tag)).toBe(26_000);
      expect(read('26,001', tag)).toBe(26_001);
      expect(read('26,000.5', tag)).toBe(26_000.5);
      expect(read('1,234,567.89', tag)).toBe(1_234_567.89);
    }
    expect(read('26.000', 'it')).toBe(26_000);
    expect(read('26.001', 'it')).toBe(26_001);
    expect(read('26.000,5', 'it')).toBe(26_000.5);
    expect(read('2,5', 'it')).toBe(2.5);
    expect(read('1.234.567,89', 'it')).toBe(1_234_567.89);
    expect(read('۲۶٬۰۰۱', 'fa')).toBe(26_001);
    expect(read('26,001', 'ar')).toBe(26_001);
  });

  it('reads Latin, Arabic-Indic and Persian digits in every locale', () => {
    for (const tag of TAGS) {
      expect(read('1234', tag)).toBe(1234);
      expect(read('١٢٣٤', tag)).toBe(1234);
      expect(read('۱۲۳۴', tag)).toBe(1234);
      expect(read('١٬٢٣٤٫٥', tag)).toBe(1234.5);
      expect(read('۲۶٬۰۰۰٫۵', tag)).toBe(26_000.5);
      expect(read('۱۲۳٤٥', tag)).toBe(12345); // mixed Persian and Arabic-Indic, as some keyboards do
    }
  });

  it('reads the plain comma and point in Arabic and Persian the way their users type them', () => {
    for (const tag of ['ar', 'fa', 'ar-EG']) {
      expect(read('۲۶,۰۰۰', tag)).toBe(26_000);
      expect(read('۲.۵', tag)).toBe(2.5);
      expect(read('٢٦،٠٠٠', tag)).toBe(26_000);
    }
  });

  it('ignores bidi marks and spaces of every kind, and reads every minus sign', () => {
    expect(read('\u200e\u2212\u06f1\u066c\u06f2\u06f3\u06f4', 'fa')).toBe(-1234);
    expect(read('\u061c-\u0665', 'ar-EG')).toBe(-5);
    expect(read('\u200f۵\u200f', 'fa')).toBe(5);
    expect(read(' 1\u00a0234 ', 'en')).toBe(1234);
    expect(read('1\u202f234,5', 'it')).toBe(1234.5);
    expect(read('1 234 567', 'zh-CN')).toBe(1_234_567);
    for (const minus of ['-', '\u2212', '\u2013', '\ufe63', '\uff0d']) expect(read(`${minus}3`, 'en')).toBe(-3);
    expect(read('+3', 'it')).toBe(3);
    expect(read('\uff12\uff16\uff0c\uff10\uff10\uff10', 'zh-CN')).toBe(26_000); // full-width, as a Chinese IME types
  });

  it('decides ambiguous input by the locale, as the hint says', () => {
    // In en and zh the comma only groups thousands: "1,5" is refused, not guessed.
    expect(parseFieldNumber('1,5', 'en', 2)).toEqual({ ok: false, problem: 'grouping', separator: ',' });
    expect(parseFieldNumber('26,00', 'zh-CN', 2)).toEqual({ ok: false, problem: 'grouping', separator: ',' });
    // In it the point only groups thousands: "1.5" is refused, "1.500" is fifteen hundred.
    expect(parseFieldNumber('1.5', 'it', 2)).toEqual({ ok: false, problem: 'grouping', separator: '.' });
    expect(read('1.500', 'it')).toBe(1500);
    // ...and the comma is decimal: "26,000" is 26 (three decimals, rounded to two).
    expect(read('26,000', 'it')).toBe(26);
    expect(read('1.5', 'en')).toBe(1.5);
    expect(read('0,5', 'it')).toBe(0.5);
    expect(read(',5', 'it')).toBe(0.5);
    expect(read('5.', 'en')).toBe(5);
    expect(parseFieldNumber('۱,۵', 'fa', 2)).toEqual({ ok: false, problem: 'grouping', separator: ',' });
  });

  it('rounds to the field precision, half away from zero, on the typed digits', () => {
    expect(read('1.005', 'en')).toBe(1.01);
    expect(read('1.004', 'en')).toBe(1);
    expect(read('-2.345', 'en')).toBe(-2.35);
    expect(read('9.999', 'en')).toBe(10);
    expect(read('2,5', 'it', 0)).toBe(3);
    expect(read('0.004', 'en')).toBe(0);
    expect(read('-0.004', 'en')).toBe(0);
  });

  it('refuses what is not a number, and says why', () => {
    for (const tag of TAGS) {
      expect(read('', tag)).toBe('empty');
      expect(read(' \u200e ', tag)).toBe('empty');
      for (const text of ['abc', '1e5', 'NaN', 'Infinity', '.', '-', '1-2', '12abc', '1..2', '1,,000', '1.2.3,4', '--3', '5%', '0x10']) {
        expect([text, read(text, tag)]).toEqual([text, expect.stringMatching(/^(invalid|grouping)$/)]);
      }
      expect(read('9'.repeat(40), tag)).toBe('tooLarge');
      expect(read('9'.repeat(400), tag)).toBe('tooLarge');
      expect(read('1000000000000001', tag)).toBe('tooLarge');
      expect(read('-1000000000000001', tag)).toBe('tooLarge');
      expect(read('1000000000000000', tag)).toBe(MAX_ABS_NUMBER);
    }
    expect(read('1,234.5,6', 'en')).toBe('invalid');
    expect(read('1.2.3', 'en')).toBe('invalid');
    expect(read('1,23,456', 'en')).toBe('grouping');
    expect(read('12 5', 'en')).toBe('invalid');
  });

  it('derives the separators from Intl', () => {
    expect(numberSymbols('en')).toMatchObject({ group: ',', decimal: '.' });
    expect(numberSymbols('it')).toMatchObject({ group: '.', decimal: ',' });
    expect(numberSymbols('fa')).toMatchObject({ group: '\u066c', decimal: '\u066b' });
  });
});

describe('the field hint', () => {
  it.each(LOCALES)('in %s, shows an example written by Intl that the field reads back', (locale) => {
    const tag = LOCALE_INFO[locale].tag;
    const t = (key: UIKey, vars?: Record<string, string | number>) => interpolate(DICTIONARIES[locale][key] ?? key, vars);
    const hint = numberHint(t, tag, 2);
    const example = formatFieldNumber(26_000.5, tag, 2);
    expect(hint).toContain(example);
    expect(hint).toContain(numberSymbols(tag).group);
    expect(hint).toContain(formatFieldNumber(2, tag, 0));
    expect(read(example, tag)).toBe(26_000.5);
    expect(numberHint(t, tag, 0)).toContain(formatFieldNumber(26_000, tag, 0));
  });

  it('writes the example in the digits of the language', () => {
    const t = (key: UIKey, vars?: Record<string, string | number>) => interpolate(DICTIONARIES.fa[key] ?? key, vars);
    expect(numberHint(t, 'fa', 2)).toContain('۲۶٬۰۰۰٫۵');
  });
});
