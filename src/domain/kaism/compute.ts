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

/**
 * Σ weight × score / 100: on the 1–10 scale when the weights total 100. Null if a score is
 * missing; a factor weighted 0 counts for nothing, so it needs no score.
 */
export function weightedScore(weights: readonly number[], scores: readonly Score[]): number | null {
  let sum = 0;
  for (let index = 0; index < weights.length; index += 1) {
    const weight = weights[index] ?? 0;
    if (weight === 0) continue;
    const score = scores[index];
    if (score === null || score === undefined) return null;
    sum += weight * score;
  }
  return sum / 100;
}

/** The score columns an account still needs before it can be placed: weighted factors without a score. */
export function missingScores(account: Account, factors: KaismData['factors'], mode: KaismSettings['strengthMode']): MissingScore[] {
  const missing: MissingScore[] = [];
  const check = (list: MissingScore['list'], axisFactors: readonly Factor[]) =>
    axisFactors.forEach((factor, index) => {
      const score = account[list][index];
      if (factor.weight !== 0 && (score === null || score === undefined)) missing.push({ list, factorId: factor.id });
    });
  check('attractiveness', factors.attractiveness);
  check('strength', factors.strength);
  if (mode === 'ratio') check('competitor', factors.strength);
  return missing;
}

export interface MissingScore {
  list: 'attractiveness' | 'strength' | 'competitor';
  factorId: string;
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

/** Positions and boundaries are shown with two decimals; the type is decided on what is shown. */
export const DISPLAY_DIGITS = 2;

/**
 * The value as the page shows it, in hundredths: half away from zero on the shortest decimal form,
 * as Intl.NumberFormat rounds, so 5.545 is 5.55 on screen and here alike.
 */
function shownHundredths(value: number): number {
  const raw = Math.abs(value * 10 ** DISPLAY_DIGITS);
  // Far from a half, plain rounding agrees; only near one does the decimal form decide (and cost).
  const scaled = Math.abs((raw % 1) - 0.5) > 1e-6 ? raw : Number(raw.toPrecision(12));
  return Math.sign(value) * Math.round(scaled);
}

/**
 * Compared as displayed, so an account shown as 5.5 beside a boundary shown as 5.5 is on the
 * boundary (and so high), whatever digits lie beyond the second decimal.
 */
function atOrAbove(value: number, boundary: number): boolean {
  return shownHundredths(value) >= shownHundredths(boundary);
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

/** Why an account is listed but not plotted. */
export type UnplacedReason =
  | { kind: 'weights' }
  | { kind: 'scores'; missing: MissingScore[] }
  | { kind: 'competitorZero' };

export interface UnplacedAccount {
  account: Account;
  reason: UnplacedReason;
}

export interface Portfolio {
  placed: PlacedAccount[];
  /** Accounts that cannot be placed yet, each with what it lacks: listed, not plotted. */
  unplaced: UnplacedAccount[];
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
  const incomplete: UnplacedAccount[] = [];
  for (const account of data.accounts) {
    const position = positionOf(account, attractivenessWeights, strengthWeights, data.settings.strengthMode);
    if (position) {
      positioned.push({ account, position });
      continue;
    }
    const missing = missingScores(account, data.factors, data.settings.strengthMode);
    incomplete.push({ account, reason: missing.length > 0 ? { kind: 'scores', missing } : { kind: 'competitorZero' } });
  }
  const boundaries = boundariesFor(
    data.settings,
    positioned.map((entry) => entry.position),
  );
  const canClassify = weightsOk.attractiveness && weightsOk.strength;
  const placed = canClassify ? positioned.map((entry) => ({ ...entry, type: classify(entry.position, boundaries) })) : [];
  const unplaced = canClassify ? incomplete : data.accounts.map((account) => ({ account, reason: { kind: 'weights' } as const }));
  return { placed, unplaced, boundaries, weightsOk };
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
