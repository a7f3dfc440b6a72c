import * as z from 'zod/mini';
import { coerceNumber } from '../numbers';
import type { ToolDefinition } from '../storage/tool-definition';

/** Default factor names, translated at display time until the user renames a factor. */
export const FACTOR_PRESETS = [
  'volume',
  'valueProfit',
  'financial',
  'ease',
  'growth',
  'price',
  'quality',
  'services',
  'reputation',
  'continuity',
] as const;
export type FactorPreset = (typeof FACTOR_PRESETS)[number];

export type Axis = 'attractiveness' | 'strength';
export type StrengthMode = 'direct' | 'ratio';
export type BoundaryRule = 'midpoint' | 'median' | 'custom';

export interface Factor {
  id: string;
  /** Empty while the factor keeps its preset's translated name. */
  name: string;
  preset?: FactorPreset | undefined;
  /** Percentage; the weights of one axis must total 100. */
  weight: number;
}

/** Scores run 1 to 10; null means "not scored yet". Arrays line up with the axis's factors. */
export type Score = number | null;

export interface Account {
  id: string;
  name: string;
  /** Current sales volume: bubble area. */
  volume: number;
  /** What the account could buy over three years, if known. */
  potential: number | null;
  attractiveness: Score[];
  strength: Score[];
  /** The strongest competitor's scores on the strength factors (ratio mode). */
  competitor: Score[];
}

export interface KaismSettings {
  strengthMode: StrengthMode;
  boundary: BoundaryRule;
  customAttractiveness: number;
  customStrength: number;
  /** Classic directional policy matrix: relative strength runs from high (start) to low (end). */
  classicLayout: boolean;
}

export interface KaismData {
  /** The portfolio's or company's name, as the printed report is headed. */
  title: string;
  factors: { attractiveness: Factor[]; strength: Factor[] };
  accounts: Account[];
  settings: KaismSettings;
}

export const SCORE_MIN = 1;
export const SCORE_MAX = 10;
export const MAX_ACCOUNTS = 1000;
export const MAX_FACTORS = 20;
export const MAX_NAME_LENGTH = 120;
export const MAX_VOLUME = 1e15;

/** A number that may arrive as text in any of our digit systems (imported files). */
function numberIn(min: number, max: number) {
  return z.pipe(
    z.transform((value: unknown) => {
      const parsed = coerceNumber(value);
      return parsed.ok ? parsed.value : value;
    }),
    z.number().check(z.minimum(min), z.maximum(max)),
  );
}

const score = z.nullable(numberIn(SCORE_MIN, SCORE_MAX));
const name = z.string().check(z.maxLength(MAX_NAME_LENGTH));
const id = z.string().check(z.minLength(1), z.maxLength(40));

const factorSchema = z.object({
  id,
  name,
  preset: z.optional(z.enum(FACTOR_PRESETS)),
  weight: numberIn(0, 100),
});

const accountSchema = z.object({
  id,
  name,
  volume: numberIn(0, MAX_VOLUME),
  potential: z.nullable(numberIn(0, MAX_VOLUME)),
  attractiveness: z.array(score).check(z.maxLength(MAX_FACTORS)),
  strength: z.array(score).check(z.maxLength(MAX_FACTORS)),
  competitor: z.array(score).check(z.maxLength(MAX_FACTORS)),
});

export const kaismSchema = z
  .object({
    title: name,
    factors: z.object({
      attractiveness: z.array(factorSchema).check(z.minLength(1), z.maxLength(MAX_FACTORS)),
      strength: z.array(factorSchema).check(z.minLength(1), z.maxLength(MAX_FACTORS)),
    }),
    accounts: z.array(accountSchema).check(z.maxLength(MAX_ACCOUNTS)),
    settings: z.object({
      strengthMode: z.enum(['direct', 'ratio']),
      boundary: z.enum(['midpoint', 'median', 'custom']),
      customAttractiveness: numberIn(0, 100),
      customStrength: numberIn(0, 100),
      classicLayout: z.boolean(),
    }),
  })
  .check(
    z.superRefine((data, ctx) => {
      // Every account's score lists must line up with the factors they score.
      data.accounts.forEach((account, index) => {
        const lengths: Array<[keyof Account, number]> = [
          ['attractiveness', data.factors.attractiveness.length],
          ['strength', data.factors.strength.length],
          ['competitor', data.factors.strength.length],
        ];
        for (const [field, expected] of lengths) {
          if ((account[field] as Score[]).length !== expected) {
            ctx.addIssue({ code: 'custom', path: ['accounts', index, field], message: 'length', input: account[field] });
          }
        }
      });
    }),
  );

export { newId } from '../ids';

function presetFactor(preset: FactorPreset, weight: number): Factor {
  return { id: preset, name: '', preset, weight };
}

export function defaultFactors(): KaismData['factors'] {
  return {
    attractiveness: [
      presetFactor('volume', 20),
      presetFactor('valueProfit', 25),
      presetFactor('financial', 15),
      presetFactor('ease', 15),
      presetFactor('growth', 25),
    ],
    strength: [
      presetFactor('price', 20),
      presetFactor('quality', 25),
      presetFactor('services', 20),
      presetFactor('reputation', 20),
      presetFactor('continuity', 15),
    ],
  };
}

export function defaultSettings(): KaismSettings {
  return { strengthMode: 'direct', boundary: 'midpoint', customAttractiveness: 5.5, customStrength: 5.5, classicLayout: true };
}

export function emptyKaism(): KaismData {
  return { title: '', factors: defaultFactors(), accounts: [], settings: defaultSettings() };
}

/**
 * Version history of the saved and exported data; each migration takes one version to the next
 * and assumes nothing else about it.
 * - 1 → 2: a title for the portfolio (the report's heading); older work starts untitled.
 */
const migrations = [
  (v1: unknown) => (v1 && typeof v1 === 'object' && !Array.isArray(v1) ? { title: '', ...v1 } : v1),
];

export const kaismDefinition: ToolDefinition<KaismData> = {
  id: 'kaism',
  version: 2,
  schema: kaismSchema as unknown as ToolDefinition<KaismData>['schema'],
  migrations,
  empty: emptyKaism,
  isEmpty: (data) => data.accounts.length === 0,
};
