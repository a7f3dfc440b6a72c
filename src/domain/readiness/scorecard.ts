import * as z from 'zod/mini';
import { blankAccount } from '../kaism/edit';
import { MAX_ACCOUNTS, MAX_NAME_LENGTH, type KaismData } from '../kaism/model';

/**
 * The selection scorecard: candidate customers rated on the source's five selection criteria,
 * weighted, ranked, and the chosen ones carried into the KAISM plotter as accounts.
 *
 * Rules (shown to the user in words):
 * - each criterion is rated 1 to 10; weights are percentages the user may change, 20 each by default;
 * - a candidate's score is Σ weight × rating / Σ weights, which is Σ weight × rating / 100 once the
 *   weights total 100 (as the plotter computes), and stays on the 1-10 scale while they do not yet;
 * - a candidate lacking a rating on a criterion weighted above 0 is unrated: it has no score and is
 *   listed after the rated ones, in the order it was entered, with the criteria it lacks;
 * - rated candidates rank by score, highest first; scores equal to two decimals, as displayed, tie:
 *   they share a rank and are listed by name (the page's collation), then in the order entered.
 */
export const CRITERIA = ['potential', 'swot', 'harmony', 'cooperation', 'interest'] as const;
export type Criterion = (typeof CRITERIA)[number];

export const RATING_MIN = 1;
export const RATING_MAX = 10;
export const MAX_CANDIDATES = 100;

export interface Candidate {
  id: string;
  name: string;
  /** null: not rated yet. */
  ratings: Record<Criterion, number | null>;
  /** Picked for the shortlist that goes into the plotter. */
  chosen: boolean;
  /** The plotter account it was carried into or matched with, once carried. */
  accountId: string | null;
}

export interface Scorecard {
  weights: Record<Criterion, number>;
  candidates: Candidate[];
}

const perCriterion = <T extends z.ZodMiniType>(schema: T) =>
  z.object({ potential: schema, swot: schema, harmony: schema, cooperation: schema, interest: schema });

const candidateSchema = z.object({
  id: z.string().check(z.minLength(1), z.maxLength(64)),
  name: z.string().check(z.maxLength(MAX_NAME_LENGTH)),
  ratings: perCriterion(z.nullable(z.number().check(z.minimum(RATING_MIN), z.maximum(RATING_MAX)))),
  chosen: z.boolean(),
  accountId: z.nullable(z.string().check(z.minLength(1), z.maxLength(40))),
});

/** Weights need not total 100 in stored data: a user may save halfway through changing them. */
export const scorecardSchema = z.object({
  weights: perCriterion(z.number().check(z.minimum(0), z.maximum(100))),
  candidates: z.array(candidateSchema).check(z.maxLength(MAX_CANDIDATES)),
});

export const defaultWeights = (): Record<Criterion, number> =>
  Object.fromEntries(CRITERIA.map((criterion) => [criterion, 100 / CRITERIA.length])) as Record<Criterion, number>;

export const emptyScorecard = (): Scorecard => ({ weights: defaultWeights(), candidates: [] });

export const weightsTotal = (weights: Record<Criterion, number>) => CRITERIA.reduce((sum, criterion) => sum + weights[criterion], 0);

/** Weights that total 100 within rounding noise; the page asks for that before it ranks for real. */
export const weightsComplete = (weights: Record<Criterion, number>) => Math.abs(weightsTotal(weights) - 100) < 1e-9;

/**
 * Brings weights back to 100 in proportion, in whole numbers (largest remainder, ties to the
 * earlier criterion); all zero becomes equal weights.
 */
export function rescaleWeights(weights: Record<Criterion, number>): Record<Criterion, number> {
  const total = weightsTotal(weights);
  if (total <= 0) return defaultWeights();
  const exact = CRITERIA.map((criterion) => (weights[criterion] * 100) / total);
  const whole = exact.map(Math.floor);
  let left = 100 - whole.reduce((sum, value) => sum + value, 0);
  const byRemainder = exact.map((value, index) => ({ index, remainder: value - whole[index]! })).sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left <= 0) break;
    whole[index]! += 1;
    left -= 1;
  }
  return Object.fromEntries(CRITERIA.map((criterion, index) => [criterion, whole[index]])) as Record<Criterion, number>;
}

export interface CandidateScore {
  /** Weighted score on the 1-10 scale, or null while unrated. */
  score: number | null;
  /** Criteria weighted above 0 that still lack a rating. */
  missing: Criterion[];
}

export function scoreCandidate(candidate: Pick<Candidate, 'ratings'>, weights: Record<Criterion, number>): CandidateScore {
  const counted = CRITERIA.filter((criterion) => weights[criterion] > 0);
  const missing = counted.filter((criterion) => candidate.ratings[criterion] === null);
  const total = counted.reduce((sum, criterion) => sum + weights[criterion], 0);
  if (missing.length > 0 || total <= 0) return { score: null, missing };
  const sum = counted.reduce((acc, criterion) => acc + weights[criterion] * candidate.ratings[criterion]!, 0);
  return { score: sum / total, missing };
}

export interface RankedCandidate extends CandidateScore {
  candidate: Candidate;
  /** Where it was entered (0-based). */
  index: number;
  /** 1-based competition rank (1, 2, 2, 4); null while unrated. */
  rank: number | null;
}

const displayed = (score: number) => Math.round(score * 100);

/** The ranked shortlist: rated candidates by score, then the unrated ones; see the rules above. */
export function rankCandidates(scorecard: Scorecard, locale = 'en'): RankedCandidate[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const all = scorecard.candidates.map((candidate, index) => ({ candidate, index, rank: null as number | null, ...scoreCandidate(candidate, scorecard.weights) }));
  const rated = all
    .filter((row) => row.score !== null)
    .sort((a, b) => displayed(b.score!) - displayed(a.score!) || collator.compare(a.candidate.name.trim(), b.candidate.name.trim()) || a.index - b.index);
  rated.forEach((row, position) => {
    const previous = rated[position - 1];
    row.rank = previous && displayed(previous.score!) === displayed(row.score!) ? previous.rank : position + 1;
  });
  return [...rated, ...all.filter((row) => row.score === null)];
}

/**
 * How a name is matched against the plotter's: trimmed, spaces collapsed, case and width ignored;
 * and the Arabic and Persian forms of yeh and kaf taken as one letter, since a Persian name typed on
 * an Arabic keyboard (or the other way round) looks the same to its reader.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/gu, ' ').toLowerCase().replace(/\u064A/gu, '\u06CC').replace(/\u0643/gu, '\u06A9');
}

export interface CarriedCandidate {
  candidateId: string;
  accountId: string;
  /** The account's name in the plotter: the trimmed candidate name, or the existing account's. */
  name: string;
}

export interface CarryResult {
  /** The plotter's data with the new accounts; the very same object when nothing was added. */
  data: KaismData;
  added: CarriedCandidate[];
  /** Candidates whose name the plotter already had: nothing was added for them. */
  matched: CarriedCandidate[];
  /** Candidates with a blank name, or beyond the plotter's account limit: not carried. */
  skipped: Array<{ candidateId: string; why: 'blank' | 'full' }>;
}

/**
 * Carries the chosen candidates into the plotter as accounts, after the accounts already there.
 * A name the plotter already has (see nameKey), or one an earlier chosen candidate just added, is
 * matched instead of added twice. New accounts are blank apart from their name: the plotter's
 * factors are scored there. Undo is the KaismData passed in, which this leaves untouched.
 */
export function carryIntoKaism(kaism: KaismData, chosen: ReadonlyArray<Pick<Candidate, 'id' | 'name'>>): CarryResult {
  const known = new Map<string, { id: string; name: string }>();
  for (const account of kaism.accounts) {
    const key = nameKey(account.name);
    if (key && !known.has(key)) known.set(key, account);
  }
  const result: CarryResult = { data: kaism, added: [], matched: [], skipped: [] };
  const accounts = [...kaism.accounts];
  for (const candidate of chosen) {
    const key = nameKey(candidate.name);
    const existing = known.get(key);
    if (!key) result.skipped.push({ candidateId: candidate.id, why: 'blank' });
    else if (existing) result.matched.push({ candidateId: candidate.id, accountId: existing.id, name: existing.name });
    else if (accounts.length >= MAX_ACCOUNTS) result.skipped.push({ candidateId: candidate.id, why: 'full' });
    else {
      const account = blankAccount(kaism.factors, candidate.name.trim());
      accounts.push(account);
      known.set(key, account);
      result.added.push({ candidateId: candidate.id, accountId: account.id, name: account.name });
    }
  }
  if (result.added.length > 0) result.data = { ...kaism, accounts };
  return result;
}

/** Remembers which plotter account each carried candidate became, so the page can show the link. */
export function linkCarried(scorecard: Scorecard, carried: CarryResult): Scorecard {
  const accountOf = new Map([...carried.added, ...carried.matched].map((row) => [row.candidateId, row.accountId]));
  if (accountOf.size === 0) return scorecard;
  return {
    ...scorecard,
    candidates: scorecard.candidates.map((candidate) => (accountOf.has(candidate.id) ? { ...candidate, accountId: accountOf.get(candidate.id)! } : candidate)),
  };
}
