import type { UIKey } from '../../i18n/ui/en';
import { stripGuard } from './csv-text';
import type { Factor, KaismData } from './model';

/**
 * The header row: which label means which column.
 *
 * Columns: `name`, `volume`, `potential`, then one per attractiveness factor, per strength factor
 * and per competitor score, each with its axis as a prefix: `attractiveness: Volume`,
 * `strength: Price`, `competitor: Price`. The prefix keeps a factor named like a fixed column, or
 * like a factor of the other axis, apart. Export writes the page's language (Italian:
 * `nome`, `attrattività: Volumi`); import accepts English, the page's language and the accounts
 * table's headings, ignoring case and spaces, and a factor's bare name when only one factor has it.
 */

export type FixedColumn = 'name' | 'volume' | 'potential';
export type ScoreColumn = 'attractiveness' | 'strength' | 'competitor';
export type ColumnKind = FixedColumn | ScoreColumn;
export type Target = { field: FixedColumn } | { field: ScoreColumn; index: number };

const FIXED: readonly FixedColumn[] = ['name', 'volume', 'potential'];

/** Accepted in every language, so a file travels between colleagues who read different ones. */
export const ENGLISH_LABELS: Readonly<Record<ColumnKind, string>> = {
  name: 'name',
  volume: 'volume',
  potential: 'potential',
  attractiveness: 'attractiveness: {factor}',
  strength: 'strength: {factor}',
  competitor: 'competitor: {factor}',
};

export interface CsvLabels {
  /** Labels written on export, in the page's language; a score column's has a {factor} placeholder. */
  written: Readonly<Record<ColumnKind, string>>;
  /** Every label import accepts for a column: English, the page's language, the accounts table's headings. */
  accepted: Readonly<Record<ColumnKind, readonly string[]>>;
  /** The name a factor is shown with: its own, or its preset's translation. */
  factorName: (factor: Factor) => string;
}

export type Translate = (key: UIKey, vars?: Record<string, string | number>) => string;

/** The labels of one page language, from its dictionary. */
export function csvLabels(t: Translate): CsvLabels {
  const written: Record<ColumnKind, string> = {
    name: t('kaism.csv.column.name'),
    volume: t('kaism.csv.column.volume'),
    potential: t('kaism.csv.column.potential'),
    attractiveness: t('kaism.csv.column.attractiveness'),
    strength: t('kaism.csv.column.strength'),
    competitor: t('kaism.csv.column.competitor'),
  };
  const both = (kind: ColumnKind, ...more: string[]) => [ENGLISH_LABELS[kind], written[kind], ...more];
  return {
    written,
    accepted: {
      name: both('name', t('kaism.account.name')),
      volume: both('volume', t('kaism.account.volume')),
      potential: both('potential', t('kaism.account.potential')),
      attractiveness: both('attractiveness'),
      strength: both('strength'),
      competitor: both('competitor'),
    },
    factorName: (factor) => factor.name || (factor.preset ? t(`kaism.default.${factor.preset}`) : ''),
  };
}

/** A score column's label: the template with the factor's name (a function, so `$&` in a name stays literal). */
export function fillLabel(template: string, factorName: string): string {
  return template.replace('{factor}', () => factorName);
}

/** Case, spaces, bidi marks and full-width forms do not tell two labels apart. */
export function normalizeLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\u200b-\u200f\u061c\u2066-\u2069\ufeff]/gu, '');
}

export type HeaderError = { kind: 'header' } | { kind: 'unknownColumn' | 'ambiguousColumn' | 'duplicateColumn'; column: string };

const targetKey = (target: Target) => ('index' in target ? `${target.field}:${target.index}` : target.field);

/** The columns a label may mean, by normalized label. */
type Lookup = Map<string, Map<string, Target>>;

function add(lookup: Lookup, label: string, target: Target) {
  const key = normalizeLabel(label);
  if (key === '') return;
  const targets = lookup.get(key) ?? new Map<string, Target>();
  targets.set(targetKey(target), target);
  lookup.set(key, targets);
}

function lookups(data: KaismData, labels: CsvLabels): { exact: Lookup; bare: Lookup } {
  const exact: Lookup = new Map();
  const bare: Lookup = new Map();
  for (const field of FIXED) for (const label of labels.accepted[field]) add(exact, label, { field });
  const scored: Array<[ScoreColumn, Factor[]]> = [
    ['attractiveness', data.factors.attractiveness],
    ['strength', data.factors.strength],
    ['competitor', data.factors.strength],
  ];
  for (const [field, factors] of scored) {
    factors.forEach((factor, index) => {
      const name = labels.factorName(factor);
      for (const template of labels.accepted[field]) add(exact, fillLabel(template, name), { field, index });
      // A bare factor name (a hand-made sheet) means the factor's own score, never the competitor's.
      if (field !== 'competitor') add(bare, name, { field, index });
    });
  }
  return { exact, bare };
}

/**
 * Maps each header cell to its column; null for an empty header cell (a trailing separator, or an
 * empty column). A label that fits two columns is refused, not guessed.
 */
export function mapHeader(cells: readonly string[], data: KaismData, labels: CsvLabels): { ok: true; targets: Array<Target | null> } | { ok: false; error: HeaderError } {
  const { exact, bare } = lookups(data, labels);
  const targets: Array<Target | null> = [];
  const seen = new Set<string>();
  for (const cell of cells) {
    const column = stripGuard(cell).trim();
    const key = normalizeLabel(column);
    if (key === '') {
      targets.push(null);
      continue;
    }
    const candidates = exact.get(key) ?? bare.get(key);
    if (!candidates) return { ok: false, error: { kind: 'unknownColumn', column } };
    const [target, ...others] = candidates.values();
    if (!target || others.length > 0) return { ok: false, error: { kind: 'ambiguousColumn', column } };
    if (seen.has(targetKey(target))) return { ok: false, error: { kind: 'duplicateColumn', column } };
    seen.add(targetKey(target));
    targets.push(target);
  }
  if (!seen.has('name') || !seen.has('volume')) return { ok: false, error: { kind: 'header' } };
  return { ok: true, targets };
}
