import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classify, computePortfolio } from '../../src/domain/kaism/compute';
import {
  addAccount,
  addFactor,
  appendAccounts,
  blankAccount,
  changeSettings,
  removeFactor,
  renameFactor,
  setScore,
  setWeight,
} from '../../src/domain/kaism/edit';
import { emptyKaism, kaismSchema, MAX_ACCOUNTS, type Factor, type KaismData } from '../../src/domain/kaism/model';
import { examplePortfolio } from '../../src/domain/kaism/example';

const factor = (id: string, weight: number): Factor => ({ id, name: id, weight });
const twoByTwo = (): KaismData => ({
  ...emptyKaism(),
  factors: { attractiveness: [factor('a1', 60), factor('a2', 40)], strength: [factor('s1', 50), factor('s2', 50)] },
});
const valid = (data: KaismData) => kaismSchema.safeParse(data).success;

describe('editing a portfolio', () => {
  it('changes only the edited account, so the other rows keep their identity', () => {
    const data = examplePortfolio();
    const target = data.accounts[3]!;
    const next = setScore(data, target.id, 'strength', 2, 9);
    expect(next.accounts[3]!.strength[2]).toBe(9);
    expect(data.accounts[3]!.strength[2]).not.toBe(9);
    next.accounts.forEach((account, index) => index !== 3 && expect(account).toBe(data.accounts[index]));
    expect(next.factors).toBe(data.factors);
  });

  it('keeps every score list aligned with its factors when factors come and go', () => {
    let data = examplePortfolio();
    data = addFactor(data, 'strength');
    expect(valid(data)).toBe(true);
    expect(data.accounts.every((a) => a.strength.length === 6 && a.competitor.length === 6 && a.attractiveness.length === 5)).toBe(true);
    data = removeFactor(data, 'attractiveness', 0);
    expect(valid(data)).toBe(true);
    expect(data.accounts[0]!.attractiveness).toEqual([8, 8, 7, 8]);
    // The last factor of an axis cannot be removed.
    let one = twoByTwo();
    one = removeFactor(removeFactor(one, 'strength', 0), 'strength', 0);
    expect(one.factors.strength).toHaveLength(1);
  });

  it('adds a blank account that fits the factors, up to the limit', () => {
    const data = addAccount(twoByTwo());
    expect(data.accounts[0]).toMatchObject({ name: '', volume: 0, potential: null, attractiveness: [null, null], strength: [null, null], competitor: [null, null] });
    const full = { ...twoByTwo(), accounts: Array.from({ length: MAX_ACCOUNTS }, () => blankAccount(twoByTwo().factors)) };
    expect(addAccount(full)).toBe(full);
  });

  it('lets a preset factor be renamed to nothing, so its missing name is reported', () => {
    const data = renameFactor(emptyKaism(), 'attractiveness', 0, '');
    expect(data.factors.attractiveness[0]).toEqual({ id: 'volume', name: '', weight: 20 });
    expect(data.factors.attractiveness[0]!.preset).toBeUndefined();
  });

  it('appends imported accounts up to the limit and counts those left out', () => {
    const base = { ...twoByTwo(), accounts: Array.from({ length: MAX_ACCOUNTS - 2 }, () => blankAccount(twoByTwo().factors)) };
    const incoming = Array.from({ length: 5 }, () => blankAccount(base.factors));
    const result = appendAccounts(base, incoming);
    expect(result).toMatchObject({ added: 2, leftOut: 3 });
    expect(result.data.accounts).toHaveLength(MAX_ACCOUNTS);
  });
});

describe('settings', () => {
  it('starts a typed boundary at parity 1.0 in ratio mode, and at 5.5 in direct mode', () => {
    let data = changeSettings(twoByTwo(), { strengthMode: 'ratio' });
    data = changeSettings(data, { boundary: 'custom' });
    expect(data.settings.customStrength).toBe(1);
    expect(data.settings.customAttractiveness).toBe(5.5);
    data = changeSettings(data, { strengthMode: 'direct' });
    expect(data.settings.customStrength).toBe(5.5);
    data = changeSettings(data, { strengthMode: 'ratio' });
    expect(data.settings.customStrength).toBe(1);
  });

  it('starts a typed boundary at the median when the median was in use', () => {
    let data = changeSettings(examplePortfolio(), { boundary: 'median' });
    const median = computePortfolio(data).boundaries;
    data = changeSettings(data, { boundary: 'custom' });
    expect(data.settings.customAttractiveness).toBeCloseTo(median.attractiveness, 2);
    expect(data.settings.customStrength).toBeCloseTo(median.strength, 2);
  });
});

describe('placing accounts', () => {
  it('needs no score for a factor weighted 0', () => {
    let data = setWeight(setWeight(twoByTwo(), 'attractiveness', 0, 100), 'attractiveness', 1, 0);
    data = addAccount(data);
    const id = data.accounts[0]!.id;
    for (const [list, index, score] of [['attractiveness', 0, 8], ['strength', 0, 6], ['strength', 1, 6]] as const) data = setScore(data, id, list, index, score);
    const portfolio = computePortfolio(data);
    expect(portfolio.placed.map((p) => p.position)).toEqual([{ attractiveness: 8, strength: 6 }]);
  });

  it('lists an account that cannot be placed with what it lacks', () => {
    let data = addAccount(twoByTwo());
    const id = data.accounts[0]!.id;
    data = setScore(setScore(data, id, 'attractiveness', 0, 5), id, 'strength', 1, 5);
    const [unplaced] = computePortfolio(data).unplaced;
    expect(unplaced?.reason).toEqual({
      kind: 'scores',
      missing: [
        { list: 'attractiveness', factorId: 'a2' },
        { list: 'strength', factorId: 's1' },
      ],
    });
    const ratio = changeSettings(setScore(setScore(data, id, 'attractiveness', 1, 5), id, 'strength', 0, 5), { strengthMode: 'ratio' });
    expect(computePortfolio(ratio).unplaced[0]?.reason).toEqual({
      kind: 'scores',
      missing: [
        { list: 'competitor', factorId: 's1' },
        { list: 'competitor', factorId: 's2' },
      ],
    });
    const weights = setWeight(data, 'strength', 0, 10);
    expect(computePortfolio(weights).unplaced[0]?.reason).toEqual({ kind: 'weights' });
  });

  it('decides the type on the numbers as shown with two decimals', () => {
    // 5.4999 is shown as 5.50 beside a boundary of 5.5: it is on the boundary, so high.
    expect(classify({ attractiveness: 5.4999, strength: 5.5 }, { attractiveness: 5.5, strength: 5.5 })).toBe('key');
    expect(classify({ attractiveness: 5.494, strength: 5.5 }, { attractiveness: 5.5, strength: 5.5 })).toBe('maintenance');
    const shown = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
    fc.assert(
      fc.property(fc.double({ min: 1, max: 10, noNaN: true }), fc.double({ min: 1, max: 10, noNaN: true }), (value, boundary) => {
        const high = Number(shown.format(value)) >= Number(shown.format(boundary));
        const type = classify({ attractiveness: value, strength: 10 }, { attractiveness: boundary, strength: 1 });
        return high === (type === 'key');
      }),
      { numRuns: 3000 },
    );
  });
});

describe('saved work from version 1', () => {
  it('migrates to version 2 with an empty title and keeps every account', async () => {
    const { restore } = await import('../../src/domain/storage/restore');
    const { kaismDefinition } = await import('../../src/domain/kaism/model');
    const { title: _title, ...v1 } = examplePortfolio();
    const result = restore(kaismDefinition, JSON.stringify({ v: 1, savedAt: '2026-11-01T10:00:00Z', rev: 7, data: v1 }));
    expect(result.status).toBe('migrated');
    expect(result.data.title).toBe('');
    expect(result.data.accounts.map((a) => a.name)).toEqual(v1.accounts.map((a) => a.name));
    expect(result.status === 'migrated' && result.envelope.rev).toBe(7);
  });
});
