import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  exportFileName,
  exportTool,
  exportWorkbook,
  importToolFile,
  importWorkbookFile,
  MAX_IMPORT_BYTES,
} from '../../src/domain/storage/file-format';
import { kaismDefinition, type KaismData, FACTOR_PRESETS } from '../../src/domain/kaism/model';
import { progressDefinition } from '../../src/domain/progress';
import { examplePortfolio } from '../../src/domain/kaism/example';
import { MODULE_SLUGS } from '../../src/domain/tools';

const NOW = '2026-11-23T10:00:00.000Z';
const file = (fields: Record<string, unknown>) =>
  JSON.stringify({ format: 'kam-workbook', version: 1, tool: 'kaism', exportedAt: NOW, locale: 'en', ...fields });

const score = fc.option(fc.integer({ min: 1, max: 10 }), { nil: null });
const factor = fc.record({
  id: fc.string({ minLength: 1, maxLength: 12 }),
  name: fc.string({ maxLength: 40 }),
  preset: fc.option(fc.constantFrom(...FACTOR_PRESETS), { nil: undefined }),
  weight: fc.double({ min: 0, max: 100, noNaN: true }),
});

/** Any valid KAISM state: score lists line up with the factors. */
const kaismState: fc.Arbitrary<KaismData> = fc
  .record({
    attractiveness: fc.array(factor, { minLength: 1, maxLength: 6 }),
    strength: fc.array(factor, { minLength: 1, maxLength: 6 }),
  })
  .chain((factors) =>
    fc.record({
      title: fc.string({ maxLength: 120 }),
      factors: fc.constant(factors),
      accounts: fc.array(
        fc.record({
          id: fc.string({ minLength: 1, maxLength: 12 }),
          name: fc.string({ maxLength: 120 }),
          volume: fc.double({ min: 0, max: 1e12, noNaN: true }),
          potential: fc.option(fc.double({ min: 0, max: 1e12, noNaN: true }), { nil: null }),
          attractiveness: fc.array(score, { minLength: factors.attractiveness.length, maxLength: factors.attractiveness.length }),
          strength: fc.array(score, { minLength: factors.strength.length, maxLength: factors.strength.length }),
          competitor: fc.array(score, { minLength: factors.strength.length, maxLength: factors.strength.length }),
        }),
        { maxLength: 8 },
      ),
      settings: fc.record({
        strengthMode: fc.constantFrom('direct' as const, 'ratio' as const),
        boundary: fc.constantFrom('midpoint' as const, 'median' as const, 'custom' as const),
        customAttractiveness: fc.double({ min: 0, max: 100, noNaN: true }),
        customStrength: fc.double({ min: 0, max: 100, noNaN: true }),
        classicLayout: fc.boolean(),
      }),
    }),
  );

/** JSON drops undefined properties; compare what a file can carry. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

describe('export then import', () => {
  it('returns the same state for any valid KAISM state', () => {
    fc.assert(
      fc.property(kaismState, (state) => {
        const result = importToolFile(kaismDefinition, exportTool(kaismDefinition, state, 'fa', NOW));
        expect(result.ok).toBe(true);
        if (result.ok) expect(asJson(result.value)).toEqual(asJson(state));
      }),
      { numRuns: 200 },
    );
  });

  it('returns every tool from an "export everything" file', () => {
    const progress = { opened: [...MODULE_SLUGS.slice(0, 3)], passed: ['why-kam' as const], quiz: { 'why-kam': { score: 4, total: 4, passedAt: NOW } } };
    const text = exportWorkbook(
      [
        { definition: kaismDefinition, data: examplePortfolio() },
        { definition: progressDefinition, data: progress },
      ],
      'zh',
      NOW,
    );
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({ format: 'kam-workbook', version: 1, tool: 'workbook', locale: 'zh', exportedAt: NOW });
    const result = importWorkbookFile([kaismDefinition, progressDefinition], text);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.get('progress')).toEqual(progress);
      expect((result.value.get('kaism') as KaismData).accounts).toHaveLength(10);
    }
    // A tool page takes its own part of a workbook file.
    expect(importToolFile(progressDefinition, text)).toEqual({ ok: true, value: progress });
  });

  it('names files after the tool and the date', () => {
    expect(exportFileName('kaism', NOW)).toBe('kam-kaism-2026-11-23.json');
  });
});

describe('import refuses bad files with a reason', () => {
  it('refuses files over 1 MiB before parsing', () => {
    expect(importToolFile(kaismDefinition, '{}', MAX_IMPORT_BYTES + 1)).toEqual({
      ok: false,
      error: { kind: 'tooLarge', bytes: MAX_IMPORT_BYTES + 1 },
    });
  });

  it('says where broken JSON broke', () => {
    const result = importToolFile(kaismDefinition, '{\n  "format": "kam-workbook",\n  "version": 1,,\n}');
    expect(result).toMatchObject({ ok: false, error: { kind: 'notJson', line: 3 } });
  });

  it('tells a foreign JSON file, a newer file and another tool apart', () => {
    expect(importToolFile(kaismDefinition, '{"hello": 1}')).toMatchObject({ error: { kind: 'notWorkbook' } });
    expect(importToolFile(kaismDefinition, file({ version: 9, data: {} }))).toMatchObject({ error: { kind: 'newer', version: 9 } });
    expect(importToolFile(kaismDefinition, file({ tool: 'readiness', data: {} }))).toMatchObject({
      error: { kind: 'otherTool', tool: 'readiness' },
    });
  });

  it('names the field at fault', () => {
    const data = examplePortfolio();
    (data.accounts[2] as { volume: unknown }).volume = -5;
    expect(importToolFile(kaismDefinition, file({ data }))).toMatchObject({
      error: { kind: 'invalid', issue: { path: ['data', 'accounts', 2, 'volume'], problem: 'range' } },
    });
    const missing = examplePortfolio() as Partial<KaismData>;
    delete missing.settings;
    expect(importToolFile(kaismDefinition, file({ data: missing }))).toMatchObject({
      error: { kind: 'invalid', issue: { path: ['data', 'settings'], problem: 'missing' } },
    });
  });
});

describe('hostile files change nothing and run nothing', () => {
  it('drops __proto__ and constructor keys without touching prototypes', () => {
    const data = JSON.parse(JSON.stringify(examplePortfolio()));
    const text = file({ data }).replace('"settings":', '"__proto__": {"polluted": true}, "constructor": {"prototype": {"bad": 1}}, "settings":');
    const result = importToolFile(kaismDefinition, text);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      expect(Object.hasOwn(result.value, '__proto__')).toBe(false);
      expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
    }
    const workbook = JSON.stringify({ format: 'kam-workbook', version: 1, tool: 'workbook', data: { tools: JSON.parse('{"__proto__": {"version": 1, "data": {}}}') } });
    expect(importWorkbookFile([kaismDefinition], workbook).ok).toBe(false);
  });

  it('refuses deep nesting, huge strings, out-of-range numbers and NaN spelled as text', () => {
    expect(importToolFile(kaismDefinition, '['.repeat(5000) + ']'.repeat(5000))).toMatchObject({ error: { kind: 'tooDeep' } });
    const huge = examplePortfolio();
    (huge.accounts[0] as { name: string }).name = 'x'.repeat(100_000);
    expect(importToolFile(kaismDefinition, file({ data: huge }))).toMatchObject({ error: { kind: 'invalid', issue: { problem: 'tooLong' } } });
    for (const bad of ['NaN', 'Infinity', '-Infinity', 1e300, 11]) {
      const data = JSON.parse(JSON.stringify(examplePortfolio()));
      data.accounts[0].attractiveness[0] = bad;
      expect(importToolFile(kaismDefinition, file({ data })).ok, String(bad)).toBe(false);
    }
  });

  it('keeps HTML and script in text fields as plain text', () => {
    const data = examplePortfolio();
    (data.accounts[0] as { name: string }).name = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const result = importToolFile(kaismDefinition, file({ data }));
    expect(result.ok && result.value.accounts[0]?.name).toBe('<img src=x onerror=alert(1)><script>alert(2)</script>');
  });

  it('accepts numbers written with Arabic-Indic or Persian digits where a number is meant', () => {
    const data = JSON.parse(JSON.stringify(examplePortfolio()));
    data.accounts[0].volume = '۱۲۰۰';
    data.accounts[0].attractiveness[0] = '٧';
    const result = importToolFile(kaismDefinition, file({ data }));
    expect(result.ok && result.value.accounts[0]?.volume).toBe(1200);
    expect(result.ok && result.value.accounts[0]?.attractiveness[0]).toBe(7);
  });

  it('never throws: any byte string yields a state or an error', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => {
        const text = new TextDecoder().decode(bytes);
        const result = importToolFile(kaismDefinition, text, bytes.length);
        expect(typeof result.ok).toBe('boolean');
        if (result.ok) expect(kaismDefinition.schema.safeParse(result.value).success).toBe(true);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.json(), (json) => {
        const result = importWorkbookFile([kaismDefinition, progressDefinition], json);
        expect(typeof result.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
