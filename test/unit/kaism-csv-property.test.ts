import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvFormatFor, csvLabels, exportAccountsCsv, importAccountsCsv, normalizeLabel, parseCsv, type CsvError } from '../../src/domain/kaism/csv';
import { detectSeparator } from '../../src/domain/kaism/csv-text';
import { examplePortfolio } from '../../src/domain/kaism/example';
import { defaultFactors, kaismSchema, MAX_NAME_LENGTH, type Account, type Factor, type KaismData } from '../../src/domain/kaism/model';
import { LOCALE_INFO, LOCALES, useTranslations } from '../../src/i18n';

const strip = (accounts: Account[]) => accounts.map(({ id: _id, ...rest }) => rest);

// Characters that break naive CSV code, formulas, bidi text and CJK, mixed at random.
const CHARS = [...'aZ09 ,;"\'\n\r\t=+-@.٫،', ...'سلامحجمقیمت', ...'价格客户名称', 'é', '\u200f', '：'];
const text = fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 30 });
// Names that collide with fixed columns, prefixes and default factors, in several languages.
const COLLIDING = ['Volume', 'volume', 'VOLUME ', 'Price', 'Prezzo', 'السعر', '价格', 'name', 'Account', 'Sales volume', 'potential', 'nome', 'strength: Price', 'competitor: Price', '=SUM(A1)', ''];
const factorName = fc.oneof(fc.constantFrom(...COLLIDING), text);

const customAxis = fc
  .uniqueArray(factorName, { minLength: 1, maxLength: 5, selector: normalizeLabel })
  .map((names) => names.map((name, index): Factor => ({ id: `f${index}`, name, weight: 10 })));
const factorsArb = fc.record({
  attractiveness: fc.oneof(fc.constant(defaultFactors().attractiveness), customAxis),
  strength: fc.oneof(fc.constant(defaultFactors().strength), customAxis),
});

const noMinusZero = (value: number) => (Object.is(value, -0) ? 0 : value);
const score = fc.option(fc.oneof(fc.integer({ min: 1, max: 10 }), fc.double({ min: 1, max: 10, noNaN: true })), { nil: null });
const volume = fc
  .oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double({ min: 0, max: 1e15, noNaN: true }), fc.constantFrom(1e15, 0.5, 1234567.89, 1e-7))
  .map(noMinusZero);
const accountName = fc
  .oneof(text, fc.constantFrom('=cmd|calc', "'=x", '+39 Foods', '@home', 'شركة الأمل', 'شرکت پارس', '上海包装有限公司', 'Smith, Jones & "Co"'))
  .map((name) => name.trim())
  .filter((name) => name !== '' && name.length <= MAX_NAME_LENGTH);

const portfolioArb = factorsArb.chain((factors) => {
  const account = fc.record({
    id: fc.constant('x'),
    name: accountName,
    volume,
    potential: fc.option(volume, { nil: null }),
    attractiveness: fc.array(score, { minLength: factors.attractiveness.length, maxLength: factors.attractiveness.length }),
    strength: fc.array(score, { minLength: factors.strength.length, maxLength: factors.strength.length }),
    competitor: fc.array(score, { minLength: factors.strength.length, maxLength: factors.strength.length }),
  });
  return fc.record({
    title: fc.constant(''),
    factors: fc.constant(factors),
    accounts: fc.array(account, { minLength: 1, maxLength: 6 }),
    settings: fc.record({
      strengthMode: fc.constantFrom('direct' as const, 'ratio' as const),
      boundary: fc.constant('midpoint' as const),
      customAttractiveness: fc.constant(5.5),
      customStrength: fc.constant(5.5),
      classicLayout: fc.boolean(),
    }),
  });
});

describe.each(LOCALES)('CSV in %s', (locale) => {
  const labels = csvLabels(useTranslations(locale));
  const format = csvFormatFor(LOCALE_INFO[locale].tag);

  it('round-trips random portfolios through export and import, with the real column names', () => {
    fc.assert(
      fc.property(portfolioArb, (data: KaismData) => {
        const back = importAccountsCsv(exportAccountsCsv(data, labels, format), data, labels);
        expect(back).toMatchObject({ ok: true });
        expect(back.ok && strip(back.accounts)).toEqual(strip(data.accounts));
      }),
      { numRuns: 120 },
    );
  }, 30_000);

  it('refuses a mutated export with a located, typed error, or returns valid accounts; never throws', () => {
    const data = examplePortfolio();
    data.accounts[1] = { ...data.accounts[1]!, name: 'Smith; Jones, "Co"\nLtd', volume: 1200.25 };
    data.accounts[2] = { ...data.accounts[2]!, name: '=HYPERLINK("x")', potential: null };
    // Rows are alike: the header and three rows (one spread over two lines) cover every column.
    data.accounts = data.accounts.slice(0, 3);
    const csv = exportAccountsCsv(data, labels, format);
    const separator = detectSeparator(csv);
    const parsed = parseCsv(csv, separator);
    if (!parsed.ok) throw new Error('export does not parse');
    const quote = (cell: string) => (/["\r\n,;]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
    const hostile = ['', '=cmd()', '1e309', 'NaN', '-0', 'x'.repeat(20_000), '"', separator, '١٢٫٥', ' '];
    const kinds = new Set<CsvError['kind']>(['empty', 'header', 'quote', 'tooMany', 'unknownColumn', 'ambiguousColumn', 'duplicateColumn', 'unnamedColumn', 'cell']);
    const failures: string[] = [];
    let accepted = 0;
    let refused = 0;
    for (const record of parsed.records) {
      for (const position of record.cells.keys()) {
        for (const value of hostile) {
          const where = `line ${record.line}, cell ${position + 1}, ${JSON.stringify(value.slice(0, 10))}`;
          const mutated = parsed.records.map((r) => r.cells.map((cell, j) => (r === record && j === position ? value : quote(cell))).join(separator)).join('\r\n');
          let result: ReturnType<typeof importAccountsCsv>;
          try {
            result = importAccountsCsv(mutated, data, labels);
          } catch (thrown) {
            failures.push(`${where}: threw ${String(thrown)}`);
            continue;
          }
          if (result.ok) {
            accepted += 1;
            const valid = kaismSchema.safeParse({ ...data, accounts: [...data.accounts, ...result.accounts] }).success;
            if (!valid || result.accounts.some((account) => account.name.trim() === '')) failures.push(`${where}: invalid accounts`);
            continue;
          }
          refused += 1;
          const error = result.error;
          const located =
            kinds.has(error.kind) &&
            // A bad body cell is reported on the line its record starts on.
            (!('line' in error) || record.line === 1 || error.line === record.line) &&
            (!('column' in error) || typeof error.column === 'string') &&
            (!('position' in error) || error.position > 0);
          if (!located) failures.push(`${where}: ${JSON.stringify(error)}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(accepted).toBeGreaterThan(0);
    expect(refused).toBeGreaterThan(0);
  }, 30_000);
});
