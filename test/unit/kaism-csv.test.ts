import { describe, expect, it } from 'vitest';
import { csvFormatFor, csvLabels, exportAccountsCsv, importAccountsCsv, parseCsv, type CsvLabels } from '../../src/domain/kaism/csv';
import { examplePortfolio } from '../../src/domain/kaism/example';
import { defaultSettings, type Account, type Factor, type KaismData } from '../../src/domain/kaism/model';
import { LOCALE_INFO, useTranslations, type Locale } from '../../src/i18n';

const labelsIn = (locale: Locale): CsvLabels => csvLabels(useTranslations(locale));
const formatIn = (locale: Locale) => csvFormatFor(LOCALE_INFO[locale].tag);
const en = labelsIn('en');
const EN = formatIn('en');
const strip = (accounts: Account[]) => accounts.map(({ id: _id, ...rest }) => rest);
const factor = (name: string, weight = 50): Factor => ({ id: name || 'f', name, weight });

function portfolio(accounts: Array<Partial<Account>>, factors?: KaismData['factors'], mode: 'direct' | 'ratio' = 'direct'): KaismData {
  const shape = factors ?? { attractiveness: [factor('a1'), factor('a2')], strength: [factor('s1'), factor('s2')] };
  return {
    title: '',
    factors: shape,
    settings: { ...defaultSettings(), strengthMode: mode },
    accounts: accounts.map((partial, index) => ({
      id: `x${index}`,
      name: `Account ${index}`,
      volume: 100,
      potential: null,
      attractiveness: shape.attractiveness.map(() => 5),
      strength: shape.strength.map(() => 6),
      competitor: shape.strength.map(() => 7),
      ...partial,
    })),
  };
}

function roundTrip(data: KaismData, labels = en, format = EN) {
  const csv = exportAccountsCsv(data, labels, format);
  return { csv, back: importAccountsCsv(csv, data, labels) };
}

describe('CSV records', () => {
  it('parses quotes, separators, doubled quotes and line breaks, with the line each record starts on', () => {
    const parsed = parseCsv('name,volume\r\n"Smith, Jones & ""Co""",10\n\n"Two\nlines",5\rlast,1', ',');
    expect(parsed).toEqual({
      ok: true,
      records: [
        { line: 1, cells: ['name', 'volume'] },
        { line: 2, cells: ['Smith, Jones & "Co"', '10'] },
        { line: 4, cells: ['Two\nlines', '5'] },
        { line: 6, cells: ['last', '1'] },
      ],
    });
    expect(parseCsv('name\n\n"open\nstill open', ',')).toEqual({ ok: false, line: 3 });
  });
});

describe('CSV round trip (issue 9)', () => {
  it('exports the default factors in English and imports the same file', () => {
    const example = examplePortfolio();
    const { csv, back } = roundTrip(example);
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFname,volume,potential,attractiveness: Volume,attractiveness: Value and profit,attractiveness: Financial stability,' +
        'attractiveness: Ease of doing business and access,attractiveness: Growth potential,strength: Price,strength: Product quality,' +
        'strength: Services,strength: Reputation,strength: Continuity of presence,competitor: Price,competitor: Product quality,' +
        'competitor: Services,competitor: Reputation,competitor: Continuity of presence',
    );
    expect(back.ok && strip(back.accounts)).toEqual(strip(example.accounts));
  });

  it('keeps the scores of a factor named the same on both axes, and of one named like a fixed column', () => {
    const factors = { attractiveness: [factor('Price'), factor('volume')], strength: [factor('Price'), factor('name')] };
    const data = portfolio([{ attractiveness: [2, 3], strength: [4, 5], competitor: [8, 9] }], factors);
    const { back } = roundTrip(data);
    expect(back.ok && strip(back.accounts)).toEqual(strip(data.accounts));
  });

  it('strips the formula guard on import, and only the guard', () => {
    const names = ['=cmd|calc', '+39 Foods', '-minus', '@home', "'=already quoted", "O'Brien", "'Ndrangheta-free Foods", "''=two"];
    const data = portfolio(names.map((name) => ({ name })));
    const { csv, back } = roundTrip(data);
    expect(csv).toContain("\r\n'=cmd|calc,");
    expect(csv).toContain("\r\n''=already quoted,");
    expect(back.ok && back.accounts.map((a) => a.name)).toEqual(names);
  });

  it('carries competitor scores in direct mode too', () => {
    const data = portfolio([{ competitor: [3, 4] }], undefined, 'direct');
    const { csv, back } = roundTrip(data);
    expect(csv).toContain('competitor: s1,competitor: s2');
    expect(back.ok && back.accounts[0]?.competitor).toEqual([3, 4]);
  });

  it('writes Italian with semicolons, decimal commas, translated prefixes and a BOM, and reads it back', () => {
    const it = labelsIn('it');
    const data = examplePortfolio();
    data.accounts[0] = { ...data.accounts[0]!, volume: 1200.5, name: 'Rossi; Bianchi, e "figli"' };
    const { csv, back } = roundTrip(data, it, formatIn('it'));
    expect(csv.startsWith('\uFEFFnome;volume di vendita;potenziale;attrattività: Volumi;')).toBe(true);
    expect(csv).toContain('"Rossi; Bianchi, e ""figli""";1200,5;6000000;');
    expect(back.ok && strip(back.accounts)).toEqual(strip(data.accounts));
  });

  it('writes comma files with a decimal point in en, ar, fa and zh', () => {
    for (const locale of ['en', 'ar', 'fa', 'zh'] as const) expect(formatIn(locale)).toEqual({ separator: ',', decimal: '.' });
    expect(formatIn('it')).toEqual({ separator: ';', decimal: ',' });
    const data = portfolio([{ volume: 1e-7, potential: 123456789012345 }]);
    expect(roundTrip(data).csv).toContain(',0.0000001,123456789012345,');
  });
});

describe('CSV header', () => {
  const data = () => portfolio([]);

  it('ignores a trailing separator on every line and empty columns', () => {
    const result = importAccountsCsv('name,volume,,strength: s1,\r\nAcme,10,,4,\r\n', data(), en);
    expect(result.ok && result.accounts[0]).toMatchObject({ name: 'Acme', volume: 10, strength: [4, null] });
    expect(importAccountsCsv('name;volume;\nAcme;10;\n', data(), en)).toMatchObject({ ok: true });
  });

  it('accepts English and page-language labels, in any case and spacing', () => {
    const it = labelsIn('it');
    const result = importAccountsCsv('NOME;  Volume ;Attrattività:a1;STRENGTH :  s2;concorrente: s1\nAcme;10;3;4;5\n', data(), it);
    expect(result.ok && result.accounts[0]).toMatchObject({ attractiveness: [3, null], strength: [null, 4], competitor: [5, null] });
  });

  it('accepts a factor without prefix when only one column can be meant', () => {
    const result = importAccountsCsv('name,volume,a1,s2\nAcme,10,3,4\n', data(), en);
    expect(result.ok && result.accounts[0]).toMatchObject({ attractiveness: [3, null], strength: [null, 4] });
  });

  it('refuses a label that could mean two columns, naming it', () => {
    const twice = { attractiveness: [factor('Price'), factor('Growth')], strength: [factor('Price'), factor('price ')] };
    expect(importAccountsCsv('name,volume,Price\nAcme,10,3\n', portfolio([], twice), en)).toEqual({
      ok: false,
      error: { kind: 'ambiguousColumn', column: 'Price' },
    });
    expect(importAccountsCsv('name,volume,strength: PRICE\nAcme,10,3\n', portfolio([], twice), en)).toEqual({
      ok: false,
      error: { kind: 'ambiguousColumn', column: 'strength: PRICE' },
    });
  });

  it('refuses a column named twice, and values under no header', () => {
    expect(importAccountsCsv('name,volume,Account\nAcme,10,x\n', data(), en)).toEqual({ ok: false, error: { kind: 'duplicateColumn', column: 'Account' } });
    expect(importAccountsCsv('name,volume,,a1\nAcme,10,oops,3\n', data(), en)).toEqual({ ok: false, error: { kind: 'unnamedColumn', line: 2, position: 3 } });
    expect(importAccountsCsv('name,volume\nAcme,10,extra\n', data(), en)).toEqual({ ok: false, error: { kind: 'unnamedColumn', line: 2, position: 3 } });
  });

  it('refuses unknown columns and a header without name and volume', () => {
    expect(importAccountsCsv('name,volume,colour\nAcme,10,red\n', data(), en)).toEqual({ ok: false, error: { kind: 'unknownColumn', column: 'colour' } });
    expect(importAccountsCsv('a1,a2\n1,2\n', data(), en)).toEqual({ ok: false, error: { kind: 'header' } });
    expect(importAccountsCsv('', data(), en)).toEqual({ ok: false, error: { kind: 'empty' } });
    expect(importAccountsCsv('\uFEFFname,volume\r\n', data(), en)).toEqual({ ok: false, error: { kind: 'empty' } });
  });
});

describe('CSV cells', () => {
  const data = () => portfolio([]);

  it('reads semicolon files with decimal commas and Arabic or Persian digits', () => {
    const result = importAccountsCsv('name;volume;a1;a2;s1;s2\nAcme;1.234,5;۸;٧;6,5;5\n', data(), en);
    expect(result.ok && result.accounts[0]).toMatchObject({ name: 'Acme', volume: 1234.5, attractiveness: [8, 7], strength: [6.5, 5] });
    expect(importAccountsCsv('name,volume,a1\nAcme,"12,5",٣٫٥\n', data(), en)).toMatchObject({ ok: true, accounts: [{ volume: 12.5, attractiveness: [3.5, null] }] });
  });

  it('reports the line a spreadsheet shows, counting blank lines and quoted line breaks', () => {
    const text = 'name,volume,a1\n\n"Two\nlines",5,3\n\nBad,5,11\n';
    expect(importAccountsCsv(text, data(), en)).toEqual({ ok: false, error: { kind: 'cell', line: 6, column: 'a1', problem: 'range', min: 1, max: 10 } });
    expect(importAccountsCsv('name,volume\r\nA,1\r\n"B\r\nC,-5\r\n', data(), en)).toMatchObject({ ok: false, error: { kind: 'quote', line: 3 } });
  });

  it('names the problem of a bad cell with its limits', () => {
    expect(importAccountsCsv('name,volume\nAcme,-3\n', data(), en)).toEqual({ ok: false, error: { kind: 'cell', line: 2, column: 'volume', problem: 'range', min: 0, max: 1e15 } });
    expect(importAccountsCsv('name,volume\n" ",10\n', data(), en)).toMatchObject({ error: { kind: 'cell', problem: 'noName', column: 'name' } });
    expect(importAccountsCsv(`name,volume\n${'x'.repeat(121)},10\n`, data(), en)).toMatchObject({ error: { kind: 'cell', problem: 'tooLong', max: 120 } });
    expect(importAccountsCsv('name,volume\nAcme,\n', data(), en)).toMatchObject({ error: { kind: 'cell', problem: 'empty', column: 'volume' } });
  });
});

describe('numbers as a spreadsheet writes them', () => {
  const two = (text: string) => importAccountsCsv(text, portfolio([], { attractiveness: [factor('A', 100)], strength: [factor('S', 100)] }), en);

  it('reads grouped thousands by the file’s own convention, never as decimals', () => {
    const comma = two('name,volume,potential\r\nAlba,"26,000","1,234,567.5"\r\n');
    expect(comma.ok && comma.accounts[0]).toMatchObject({ volume: 26000, potential: 1234567.5 });
    const semicolon = two('name;volume;potential\r\nAlba;26.000;1.234.567,5\r\n');
    expect(semicolon.ok && semicolon.accounts[0]).toMatchObject({ volume: 26000, potential: 1234567.5 });
  });

  it('still reads a decimal written the other way where the convention cannot mean anything else', () => {
    const comma = two('name,volume\r\nAlba,"2,5"\r\n');
    expect(comma.ok && comma.accounts[0]?.volume).toBe(2.5);
    const semicolon = two('name;volume\r\nAlba;3.25\r\n');
    expect(semicolon.ok && semicolon.accounts[0]?.volume).toBe(3.25);
  });
});
