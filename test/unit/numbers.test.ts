import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { coerceNumber, parseLocaleNumber, toLatinDigits } from '../../src/domain/numbers';

const value = (text: string) => {
  const parsed = parseLocaleNumber(text);
  return parsed.ok ? parsed.value : parsed.problem;
};

describe('parseLocaleNumber', () => {
  it('reads Latin, Arabic-Indic and Persian digits alike', () => {
    expect(value('42')).toBe(42);
    expect(value('٤٢')).toBe(42);
    expect(value('۴۲')).toBe(42);
    expect(toLatinDigits('۱۲۳٤٥٦')).toBe('123456');
  });

  it('reads decimal separators of every locale', () => {
    expect(value('3.5')).toBe(3.5);
    expect(value('3,5')).toBe(3.5);
    expect(value('٣٫٥')).toBe(3.5);
    expect(value('۳٫۵')).toBe(3.5);
  });

  it('reads thousands grouping in both conventions', () => {
    expect(value('1,234,567')).toBe(1234567);
    expect(value('1.234.567')).toBe(1234567);
    expect(value('1,234.5')).toBe(1234.5);
    expect(value('1.234,5')).toBe(1234.5);
    expect(value('١٬٢٣٤')).toBe(1234);
    expect(value('1 234')).toBe(1234);
  });

  it('accepts signs and ignores bidi marks and spaces', () => {
    expect(value('-3')).toBe(-3);
    expect(value('\u2212 3')).toBe(-3);
    expect(value('\u200f۵\u200f')).toBe(5);
  });

  it('says why a text is not a number', () => {
    expect(value('')).toBe('empty');
    expect(value('   ')).toBe('empty');
    expect(value('abc')).toBe('invalid');
    expect(value('1e5')).toBe('invalid');
    expect(value('NaN')).toBe('invalid');
    expect(value('Infinity')).toBe('invalid');
    expect(value('1,23,4')).toBe('invalid');
    expect(value('.')).toBe('invalid');
    expect(value('9'.repeat(40))).toBe('tooLarge');
  });

  it('round-trips any finite number written with Intl in each of our locales', () => {
    const tags = ['en', 'ar', 'fa', 'zh-CN', 'it', 'ar-EG'];
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.constantFrom(...tags), (n, tag) => {
        const rounded = Math.round(n * 100) / 100;
        const text = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 }).format(rounded);
        expect(value(text)).toBeCloseTo(rounded, 6);
      }),
    );
  });
});

describe('coerceNumber', () => {
  it('refuses NaN and Infinity whether numbers or strings', () => {
    expect(coerceNumber(Number.NaN).ok).toBe(false);
    expect(coerceNumber(Number.POSITIVE_INFINITY).ok).toBe(false);
    expect(coerceNumber('NaN').ok).toBe(false);
    expect(coerceNumber('Infinity').ok).toBe(false);
    expect(coerceNumber({}).ok).toBe(false);
    expect(coerceNumber('٧')).toEqual({ ok: true, value: 7 });
  });
});
