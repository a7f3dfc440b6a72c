import { boundariesFor, classify, positionOf, type AccountType, type Portfolio } from './compute';
import type { Axis, Factor, KaismData } from './model';

/** How far one weight moves in the robustness check, in percentage points. */
export const WEIGHT_STEP = 10;

export interface TypeChange {
  accountId: string;
  newType: AccountType;
  axis: Axis;
  factorId: string;
  direction: 'up' | 'down';
}

/**
 * The weights after moving one factor by `delta` points, the others rescaled proportionally so
 * the total stays 100. Null when the move would leave the 0–100 range.
 */
export function shiftWeight(factors: readonly Factor[], index: number, delta: number): number[] | null {
  const target = (factors[index]?.weight ?? 0) + delta;
  if (target < 0 || target > 100 || factors.length < 2) return null;
  const others = factors.reduce((sum, factor, i) => (i === index ? sum : sum + factor.weight), 0);
  const remaining = 100 - target;
  return factors.map((factor, i) => {
    if (i === index) return target;
    return others > 0 ? (factor.weight / others) * remaining : remaining / (factors.length - 1);
  });
}

/**
 * The accounts whose type changes when any one weight moves ten points up or down: the first
 * such change found for each account (attractiveness factors first, then strength, in order).
 */
export function findFragileAccounts(data: KaismData, portfolio: Portfolio): TypeChange[] {
  if (portfolio.placed.length === 0) return [];
  const baseAttractiveness = data.factors.attractiveness.map((factor) => factor.weight);
  const baseStrength = data.factors.strength.map((factor) => factor.weight);
  const changes = new Map<string, TypeChange>();
  const scenarios: Array<{ axis: Axis; factor: Factor; direction: 'up' | 'down'; attractiveness: number[]; strength: number[] }> = [];
  for (const axis of ['attractiveness', 'strength'] as const) {
    data.factors[axis].forEach((factor, index) => {
      for (const direction of ['up', 'down'] as const) {
        const shifted = shiftWeight(data.factors[axis], index, direction === 'up' ? WEIGHT_STEP : -WEIGHT_STEP);
        if (!shifted) continue;
        scenarios.push({
          axis,
          factor,
          direction,
          attractiveness: axis === 'attractiveness' ? shifted : baseAttractiveness,
          strength: axis === 'strength' ? shifted : baseStrength,
        });
      }
    });
  }
  for (const scenario of scenarios) {
    const positions = portfolio.placed.map((entry) =>
      positionOf(entry.account, scenario.attractiveness, scenario.strength, data.settings.strengthMode),
    );
    const boundaries =
      data.settings.boundary === 'median'
        ? boundariesFor(
            data.settings,
            positions.filter((p) => p !== null),
          )
        : portfolio.boundaries;
    portfolio.placed.forEach((entry, index) => {
      const position = positions[index];
      if (!position || changes.has(entry.account.id)) return;
      const newType = classify(position, boundaries);
      if (newType !== entry.type) {
        changes.set(entry.account.id, {
          accountId: entry.account.id,
          newType,
          axis: scenario.axis,
          factorId: scenario.factor.id,
          direction: scenario.direction,
        });
      }
    });
  }
  return portfolio.placed.flatMap((entry) => changes.get(entry.account.id) ?? []);
}
