import type { Account, Factor, KaismData, KaismSettings, Score } from './model';

/** The four account types of the KAISM and the strategy each calls for. */
export const ACCOUNT_TYPES = ['key', 'development', 'maintenance', 'opportunistic'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

export const SCALE_MIDPOINT = 5.5;
export const RATIO_PARITY = 1;
/** Weights are compared to 100 with this tolerance, so 33.33 + 33.33 + 33.34 passes. */
const WEIGHT_TOLERANCE = 1e-6;

export function weightTotal(factors: readonly Factor[]): number {
  return factors.reduce((sum, factor) => sum + factor.weight, 0);
}

export function weightsValid(factors: readonly Factor[]): boolean {
  return factors.length > 0 && Math.abs(weightTotal(factors) - 100) < WEIGHT_TOLERANCE;
}

/**
 * Rescales weights proportionally so they total 100, rounding to two decimals and giving the
 * rounding remainder to the largest weight. All-zero weights become equal shares.
 */
export function rescaleWeights(factors: readonly Factor[]): Factor[] {
  const total = weightTotal(factors);
  if (factors.length === 0) return [];
  const raw = total > 0 ? factors.map((factor) => (factor.weight / total) * 100) : factors.map(() => 100 / factors.length);
  const rounded = raw.map((weight) => Math.round(weight * 100) / 100);
  const remainder = Math.round((100 - rounded.reduce((sum, weight) => sum + weight, 0)) * 100) / 100;
  const largest = rounded.indexOf(Math.max(...rounded));
  rounded[largest] = Math.round(((rounded[largest] ?? 0) + remainder) * 100) / 100;
  return factors.map((factor, index) => ({ ...factor, weight: rounded[index] ?? 0 }));
}

/** Σ weight × score / 100: on the 1–10 scale when the weights total 100. Null if a score is missing. */
export function weightedScore(weights: readonly number[], scores: readonly Score[]): number | null {
  let sum = 0;
  for (let index = 0; index < weights.length; index += 1) {
    const score = scores[index];
    if (score === null || score === undefined) return null;
    sum += (weights[index] ?? 0) * score;
  }
  return sum / 100;
}

export interface Position {
  attractiveness: number;
  strength: number;
}

/** Where an account sits, or null while any needed score is missing. */
export function positionOf(
  account: Account,
  attractivenessWeights: readonly number[],
  strengthWeights: readonly number[],
  mode: KaismSettings['strengthMode'],
): Position | null {
  const attractiveness = weightedScore(attractivenessWeights, account.attractiveness);
  const ours = weightedScore(strengthWeights, account.strength);
  if (attractiveness === null || ours === null) return null;
  if (mode === 'direct') return { attractiveness, strength: ours };
  const theirs = weightedScore(strengthWeights, account.competitor);
  if (theirs === null || theirs <= 0) return null;
  return { attractiveness, strength: ours / theirs };
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? null) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export interface Boundaries {
  attractiveness: number;
  strength: number;
}

/** The midpoint of each scale (5.5 on 1–10, 1.0 for the ratio), the portfolio's median, or typed values. */
export function boundariesFor(settings: KaismSettings, positions: readonly Position[]): Boundaries {
  const midpoint: Boundaries = {
    attractiveness: SCALE_MIDPOINT,
    strength: settings.strengthMode === 'ratio' ? RATIO_PARITY : SCALE_MIDPOINT,
  };
  if (settings.boundary === 'custom') {
    return { attractiveness: settings.customAttractiveness, strength: settings.customStrength };
  }
  if (settings.boundary === 'median') {
    return {
      attractiveness: median(positions.map((p) => p.attractiveness)) ?? midpoint.attractiveness,
      strength: median(positions.map((p) => p.strength)) ?? midpoint.strength,
    };
  }
  return midpoint;
}

/** Compared after rounding away floating-point noise, so 5.499999999 from 0.1-step weights is 5.5. */
function atOrAbove(value: number, boundary: number): boolean {
  return Math.round(value * 1e9) >= Math.round(boundary * 1e9);
}

/** A score exactly on a boundary counts as high: the documented, tested rule. */
export function classify(position: Position, boundaries: Boundaries): AccountType {
  const highAttractiveness = atOrAbove(position.attractiveness, boundaries.attractiveness);
  const highStrength = atOrAbove(position.strength, boundaries.strength);
  if (highAttractiveness) return highStrength ? 'key' : 'development';
  return highStrength ? 'maintenance' : 'opportunistic';
}

export interface PlacedAccount {
  account: Account;
  position: Position;
  type: AccountType;
}

export interface Portfolio {
  placed: PlacedAccount[];
  /** Accounts with a missing score: listed, not plotted. */
  incomplete: Account[];
  boundaries: Boundaries;
  /** False while a weight list does not total 100: nothing is classified then. */
  weightsOk: { attractiveness: boolean; strength: boolean };
}

export function weightsOf(factors: readonly Factor[]): number[] {
  return factors.map((factor) => factor.weight);
}

export function computePortfolio(data: KaismData): Portfolio {
  const weightsOk = {
    attractiveness: weightsValid(data.factors.attractiveness),
    strength: weightsValid(data.factors.strength),
  };
  const attractivenessWeights = weightsOf(data.factors.attractiveness);
  const strengthWeights = weightsOf(data.factors.strength);
  const positioned: Array<{ account: Account; position: Position }> = [];
  const incomplete: Account[] = [];
  for (const account of data.accounts) {
    const position = positionOf(account, attractivenessWeights, strengthWeights, data.settings.strengthMode);
    if (position) positioned.push({ account, position });
    else incomplete.push(account);
  }
  const boundaries = boundariesFor(
    data.settings,
    positioned.map((entry) => entry.position),
  );
  const canClassify = weightsOk.attractiveness && weightsOk.strength;
  const placed = canClassify ? positioned.map((entry) => ({ ...entry, type: classify(entry.position, boundaries) })) : [];
  return { placed, incomplete: canClassify ? incomplete : data.accounts, boundaries, weightsOk };
}

export interface TypeSummary {
  type: AccountType;
  count: number;
  volume: number;
  /** Share of the plotted accounts' total volume, 0 to 1. */
  share: number;
}

export function summarize(placed: readonly PlacedAccount[]): TypeSummary[] {
  const totalVolume = placed.reduce((sum, entry) => sum + entry.account.volume, 0);
  return ACCOUNT_TYPES.map((type) => {
    const ofType = placed.filter((entry) => entry.type === type);
    const volume = ofType.reduce((sum, entry) => sum + entry.account.volume, 0);
    return { type, count: ofType.length, volume, share: totalVolume > 0 ? volume / totalVolume : 0 };
  });
}
