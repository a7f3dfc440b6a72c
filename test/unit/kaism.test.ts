import { describe, expect, it } from 'vitest';
import {
  boundariesFor,
  classify,
  computePortfolio,
  median,
  rescaleWeights,
  summarize,
  weightedScore,
  weightsValid,
} from '../../src/domain/kaism/compute';
import { findFragileAccounts, shiftWeight } from '../../src/domain/kaism/sensitivity';
import { defaultSettings, emptyKaism, type Account, type Factor, type KaismData } from '../../src/domain/kaism/model';
import { examplePortfolio } from '../../src/domain/kaism/example';

const factor = (id: string, weight: number): Factor => ({ id, name: id, weight });
const account = (id: string, volume: number, attractiveness: number[], strength: number[], competitor: number[] = strength.map(() => 5)): Account => ({
  id,
  name: id,
  volume,
  potential: null,
  attractiveness,
  strength,
  competitor,
});

/** Two factors per axis, 60/40 and 50/50: easy to check by hand. */
function portfolio(accounts: Account[], settings: Partial<KaismData['settings']> = {}): KaismData {
  return {
    title: '',
    factors: { attractiveness: [factor('a1', 60), factor('a2', 40)], strength: [factor('s1', 50), factor('s2', 50)] },
    accounts,
    settings: { ...defaultSettings(), ...settings },
  };
}

describe('weighted scores', () => {
  it('is the sum of weight × score over 100', () => {
    // 60×8 + 40×3 = 600 → 6.0
    expect(weightedScore([60, 40], [8, 3])).toBe(6);
    // 20×9 + 25×8 + 15×8 + 15×7 + 25×8 = 805 → 8.05
    expect(weightedScore([20, 25, 15, 15, 25], [9, 8, 8, 7, 8])).toBeCloseTo(8.05, 10);
    expect(weightedScore([60, 40], [8, null])).toBeNull();
  });

  it('checks that weights total 100 and rescales them proportionally', () => {
    expect(weightsValid([factor('x', 60), factor('y', 40)])).toBe(true);
    expect(weightsValid([factor('x', 60), factor('y', 30)])).toBe(false);
    expect(rescaleWeights([factor('x', 30), factor('y', 20)]).map((f) => f.weight)).toEqual([60, 40]);
    const thirds = rescaleWeights([factor('x', 1), factor('y', 1), factor('z', 1)]).map((f) => f.weight);
    expect(thirds.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10);
    expect(thirds).toEqual([33.34, 33.33, 33.33]);
    expect(rescaleWeights([factor('x', 0), factor('y', 0)]).map((f) => f.weight)).toEqual([50, 50]);
  });
});

describe('classification', () => {
  it('places hand-computed accounts in the four quadrants (midpoint 5.5)', () => {
    const data = portfolio([
      account('star', 100, [8, 7], [7, 6]), // A 7.6, S 6.5 → key
      account('future', 100, [9, 6], [4, 5]), // A 7.8, S 4.5 → development
      account('keep', 100, [4, 5], [8, 7]), // A 4.4, S 7.5 → maintenance
      account('cash', 100, [2, 3], [3, 2]), // A 2.4, S 2.5 → opportunistic
    ]);
    const result = computePortfolio(data);
    expect(result.placed.map((p) => [p.account.id, p.position.attractiveness, p.position.strength, p.type])).toEqual([
      ['star', 7.6, 6.5, 'key'],
      ['future', 7.8, 4.5, 'development'],
      ['keep', 4.4, 7.5, 'maintenance'],
      ['cash', 2.4, 2.5, 'opportunistic'],
    ]);
  });

  it('counts a score exactly on the boundary as high', () => {
    const bounds = { attractiveness: 5.5, strength: 5.5 };
    expect(classify({ attractiveness: 5.5, strength: 5.5 }, bounds)).toBe('key');
    expect(classify({ attractiveness: 5.5, strength: 5.49 }, bounds)).toBe('development');
    expect(classify({ attractiveness: 5.49, strength: 5.5 }, bounds)).toBe('maintenance');
    // 60×5 + 40×6 = 540 → 5.4 ; 50×5 + 50×6 = 550 → 5.5 exactly, despite floating point
    const data = portfolio([account('edge', 1, [5, 6], [5, 6])]);
    expect(computePortfolio(data).placed[0]?.type).toBe('maintenance');
    // weights of 0.1 steps: 33.3×5.5 + 33.3×5.5 + 33.4×5.5 = 550.000…01 → still on the boundary
    expect(classify({ attractiveness: (33.3 * 5.5 + 33.3 * 5.5 + 33.4 * 5.5) / 100, strength: 9 }, bounds)).toBe('key');
  });

  it('uses the portfolio median when asked, ties on the median counting as high', () => {
    // A: 7.6, 7.8, 4.4, 2.4 → median (4.4 + 7.6) / 2 = 6.0 ; S: 6.5, 4.5, 7.5, 2.5 → median 5.5
    const data = portfolio(
      [
        account('star', 1, [8, 7], [7, 6]),
        account('future', 1, [9, 6], [4, 5]),
        account('keep', 1, [4, 5], [8, 7]),
        account('cash', 1, [2, 3], [3, 2]),
      ],
      { boundary: 'median' },
    );
    const result = computePortfolio(data);
    expect(result.boundaries).toEqual({ attractiveness: 6, strength: 5.5 });
    expect(median([3, 1, 2])).toBe(2);
    expect(median([])).toBeNull();
    // With three accounts the middle one sits on the median and counts as high.
    const odd = computePortfolio(portfolio([account('x', 1, [5, 5], [5, 5]), account('y', 1, [7, 7], [7, 7]), account('z', 1, [3, 3], [3, 3])], { boundary: 'median' }));
    expect(odd.placed.find((p) => p.account.id === 'x')?.type).toBe('key');
  });

  it('switching the boundary rule changes a type', () => {
    const accounts = [account('big', 1, [9, 9], [9, 9]), account('mid', 1, [6, 6], [6, 6]), account('small', 1, [2, 2], [2, 2])];
    const midpoint = computePortfolio(portfolio(accounts)).placed.find((p) => p.account.id === 'small');
    expect(midpoint?.type).toBe('opportunistic');
    const custom = computePortfolio(portfolio(accounts, { boundary: 'custom', customAttractiveness: 7, customStrength: 7 }));
    expect(custom.placed.find((p) => p.account.id === 'mid')?.type).toBe('opportunistic');
    expect(computePortfolio(portfolio(accounts)).placed.find((p) => p.account.id === 'mid')?.type).toBe('key');
  });

  it('in ratio mode divides our weighted strength by the competitor’s, parity at 1.0', () => {
    // ours 50×6 + 50×4 = 5.0 ; theirs 50×5 + 50×5 = 5.0 → ratio 1.0 → high (on parity)
    // ours 4.0, theirs 8.0 → 0.5 → low
    const data = portfolio([account('par', 1, [8, 8], [6, 4], [5, 5]), account('weak', 1, [8, 8], [4, 4], [8, 8])], { strengthMode: 'ratio' });
    const result = computePortfolio(data);
    expect(boundariesFor(data.settings, [])).toEqual({ attractiveness: 5.5, strength: 1 });
    expect(result.placed.map((p) => [p.account.id, p.position.strength, p.type])).toEqual([
      ['par', 1, 'key'],
      ['weak', 0.5, 'development'],
    ]);
  });

  it('does not classify while weights do not total 100, and lists accounts with missing scores', () => {
    const data = portfolio([account('ok', 1, [5, 5], [5, 5])]);
    data.factors.attractiveness[0] = factor('a1', 70);
    const result = computePortfolio(data);
    expect(result.placed).toEqual([]);
    expect(result.weightsOk).toEqual({ attractiveness: false, strength: true });
    const incomplete = computePortfolio(portfolio([{ ...account('half', 1, [5, 5], [5, 5]), strength: [5, null] }]));
    expect(incomplete.unplaced.map((entry) => entry.account.id)).toEqual(['half']);
  });

  it('summarises count and share of volume per type', () => {
    const result = computePortfolio(portfolio([account('star', 300, [8, 7], [7, 6]), account('cash', 100, [2, 3], [3, 2])]));
    expect(summarize(result.placed)).toEqual([
      { type: 'key', count: 1, volume: 300, share: 0.75 },
      { type: 'development', count: 0, volume: 0, share: 0 },
      { type: 'maintenance', count: 0, volume: 0, share: 0 },
      { type: 'opportunistic', count: 1, volume: 100, share: 0.25 },
    ]);
  });

  it('classifies the example portfolio into all four types', () => {
    const types = new Set(computePortfolio(examplePortfolio()).placed.map((p) => p.type));
    expect(types).toEqual(new Set(['key', 'development', 'maintenance', 'opportunistic']));
  });
});

describe('robustness', () => {
  it('moves one weight by ten points and rescales the others', () => {
    expect(shiftWeight([factor('x', 60), factor('y', 40)], 0, 10)).toEqual([70, 30]);
    expect(shiftWeight([factor('x', 50), factor('y', 30), factor('z', 20)], 2, -10)?.map((w) => Math.round(w * 100) / 100)).toEqual([56.25, 33.75, 10]);
    expect(shiftWeight([factor('x', 95), factor('y', 5)], 0, 10)).toBeNull();
  });

  it('finds the accounts that change type when a weight moves ten points', () => {
    // A = 0.6 a1 + 0.4 a2 with a1 = 9, a2 = 1 → 5.8 (high). a1 down to 50 → 5.0 (low): key → maintenance.
    const data = portfolio([account('fragile', 1, [9, 1], [8, 8]), account('solid', 1, [9, 9], [9, 9])]);
    const changes = findFragileAccounts(data, computePortfolio(data));
    expect(changes).toEqual([{ accountId: 'fragile', newType: 'maintenance', axis: 'attractiveness', factorId: 'a1', direction: 'down' }]);
  });

  it('computes a 500-account portfolio and its robustness check', () => {
    const data = emptyKaism();
    for (let i = 0; i < 500; i += 1) {
      data.accounts.push(account(`a${i}`, i * 1000, [1, 2, 3, 4, 5].map((n) => ((n * i) % 10) + 1), [5, 4, 3, 2, 1].map((n) => ((n * i) % 10) + 1)));
    }
    const portfolioResult = computePortfolio(data);
    expect(portfolioResult.placed).toHaveLength(500);
    expect(Array.isArray(findFragileAccounts(data, portfolioResult))).toBe(true);
  });
});
