import { RATIO_PARITY, SCALE_MIDPOINT, computePortfolio, rescaleWeights } from './compute';
import { MAX_ACCOUNTS, MAX_FACTORS, newId, type Account, type Axis, type Factor, type KaismData, type KaismSettings, type Score } from './model';

/**
 * Every change a user can make to a KAISM portfolio, as pure functions that return a new
 * portfolio. They share every object they do not change, so the island can tell the one edited
 * row from the 499 others by identity and re-render only that one; and they keep each account's
 * score lists aligned with the factors they score.
 */

/** Which list of an account a score column writes to. Competitor scores align with strength factors. */
export type ScoreList = 'attractiveness' | 'strength' | 'competitor';

export function setTitle(data: KaismData, title: string): KaismData {
  return { ...data, title };
}

export function blankAccount(factors: KaismData['factors'], name = ''): Account {
  return {
    id: newId('a'),
    name,
    volume: 0,
    potential: null,
    attractiveness: factors.attractiveness.map(() => null),
    strength: factors.strength.map(() => null),
    competitor: factors.strength.map(() => null),
  };
}

export function addAccount(data: KaismData): KaismData {
  if (data.accounts.length >= MAX_ACCOUNTS) return data;
  return { ...data, accounts: [...data.accounts, blankAccount(data.factors)] };
}

export function removeAccount(data: KaismData, accountId: string): KaismData {
  return { ...data, accounts: data.accounts.filter((account) => account.id !== accountId) };
}

function mapAccount(data: KaismData, accountId: string, change: (account: Account) => Account): KaismData {
  let changed = false;
  const accounts = data.accounts.map((account) => {
    if (account.id !== accountId) return account;
    changed = true;
    return change(account);
  });
  return changed ? { ...data, accounts } : data;
}

export function renameAccount(data: KaismData, accountId: string, name: string): KaismData {
  return mapAccount(data, accountId, (account) => ({ ...account, name }));
}

export function setVolume(data: KaismData, accountId: string, volume: number): KaismData {
  return mapAccount(data, accountId, (account) => ({ ...account, volume }));
}

export function setPotential(data: KaismData, accountId: string, potential: number | null): KaismData {
  return mapAccount(data, accountId, (account) => ({ ...account, potential }));
}

export function setScore(data: KaismData, accountId: string, list: ScoreList, index: number, score: Score): KaismData {
  return mapAccount(data, accountId, (account) => {
    const scores = [...account[list]];
    scores[index] = score;
    return { ...account, [list]: scores };
  });
}

/** The score lists a factor of this axis has in every account. */
const listsOf = (axis: Axis): ScoreList[] => (axis === 'attractiveness' ? ['attractiveness'] : ['strength', 'competitor']);

function withFactors(data: KaismData, axis: Axis, factors: Factor[]): KaismData {
  return { ...data, factors: { ...data.factors, [axis]: factors } };
}

export function addFactor(data: KaismData, axis: Axis): KaismData {
  if (data.factors[axis].length >= MAX_FACTORS) return data;
  const lists = listsOf(axis);
  const next = withFactors(data, axis, [...data.factors[axis], { id: newId('f'), name: '', weight: 0 }]);
  return {
    ...next,
    accounts: data.accounts.map((account) => {
      const copy = { ...account };
      for (const list of lists) copy[list] = [...account[list], null];
      return copy;
    }),
  };
}

export function removeFactor(data: KaismData, axis: Axis, index: number): KaismData {
  if (data.factors[axis].length <= 1) return data;
  const lists = listsOf(axis);
  const next = withFactors(
    data,
    axis,
    data.factors[axis].filter((_, i) => i !== index),
  );
  return {
    ...next,
    accounts: data.accounts.map((account) => {
      const copy = { ...account };
      for (const list of lists) copy[list] = account[list].filter((_, i) => i !== index);
      return copy;
    }),
  };
}

/**
 * A typed name replaces the preset's translated name for good: emptying the field leaves an
 * unnamed factor (and its "give this factor a name" error), not the default name again.
 */
export function renameFactor(data: KaismData, axis: Axis, index: number, name: string): KaismData {
  return withFactors(
    data,
    axis,
    data.factors[axis].map((factor, i) => (i === index ? { id: factor.id, name, weight: factor.weight } : factor)),
  );
}

export function setWeight(data: KaismData, axis: Axis, index: number, weight: number): KaismData {
  return withFactors(
    data,
    axis,
    data.factors[axis].map((factor, i) => (i === index ? { ...factor, weight } : factor)),
  );
}

export function rescaleAxis(data: KaismData, axis: Axis): KaismData {
  return withFactors(data, axis, rescaleWeights(data.factors[axis]));
}

/**
 * Changes settings. Typed boundaries start where the boundary is now (the midpoint, or the
 * median), and switching how strength is scored moves a typed strength boundary to the new
 * scale's own midpoint: parity 1.0 for the ratio, 5.5 for direct scores.
 */
export function changeSettings(data: KaismData, patch: Partial<KaismSettings>): KaismData {
  let settings: KaismSettings = { ...data.settings, ...patch };
  if (patch.boundary === 'custom' && data.settings.boundary !== 'custom') {
    const current = computePortfolio({ ...data, settings: { ...settings, boundary: data.settings.boundary } }).boundaries;
    settings = { ...settings, customAttractiveness: round2(current.attractiveness), customStrength: round2(current.strength) };
  }
  if (patch.strengthMode && patch.strengthMode !== data.settings.strengthMode) {
    settings = { ...settings, customStrength: patch.strengthMode === 'ratio' ? RATIO_PARITY : SCALE_MIDPOINT };
  }
  return { ...data, settings };
}

const round2 = (value: number) => Math.round(value * 100) / 100;

/** Adds imported accounts up to the limit, and says how many did not fit. */
export function appendAccounts(data: KaismData, incoming: readonly Account[]): { data: KaismData; added: number; leftOut: number } {
  const room = Math.max(0, MAX_ACCOUNTS - data.accounts.length);
  const kept = incoming.slice(0, room);
  return { data: { ...data, accounts: [...data.accounts, ...kept] }, added: kept.length, leftOut: incoming.length - kept.length };
}
