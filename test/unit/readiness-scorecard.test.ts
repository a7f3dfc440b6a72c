import { describe, expect, it } from 'vitest';
import {
  CRITERIA,
  carryIntoKaism,
  defaultWeights,
  emptyScorecard,
  linkCarried,
  nameKey,
  rankCandidates,
  rescaleWeights,
  scoreCandidate,
  weightsComplete,
  type Candidate,
  type Criterion,
  type Scorecard,
} from '../../src/domain/readiness/scorecard';
import {
  addCandidate,
  chooseCandidate,
  chosenCandidates,
  rateCandidate,
  renameCandidate,
  setCriterionWeight,
} from '../../src/domain/readiness/scorecard-edit';
import { blankAccount } from '../../src/domain/kaism/edit';
import { emptyKaism, kaismSchema, MAX_ACCOUNTS, type KaismData } from '../../src/domain/kaism/model';

type Ratings = [number | null, number | null, number | null, number | null, number | null];

/** A candidate rated on potential, SWOT, harmony, co-operation, interest, in that order. */
function candidate(id: string, name: string, ratings: Ratings): Candidate {
  return { id, name, ratings: Object.fromEntries(CRITERIA.map((c, i) => [c, ratings[i]])) as Record<Criterion, number | null>, chosen: false, accountId: null };
}
const card = (candidates: Candidate[], weights = defaultWeights()): Scorecard => ({ weights, candidates });
const order = (scorecard: Scorecard, locale?: string) => rankCandidates(scorecard, locale).map((row) => row.candidate.id);

describe('weights', () => {
  it('start equal, 20 each, and total 100', () => {
    expect(defaultWeights()).toEqual({ potential: 20, swot: 20, harmony: 20, cooperation: 20, interest: 20 });
    expect(weightsComplete(defaultWeights())).toBe(true);
    expect(weightsComplete({ ...defaultWeights(), potential: 30 })).toBe(false);
  });

  it('rescale to 100 in proportion, in whole numbers; all zero become equal again', () => {
    expect(rescaleWeights({ potential: 30, swot: 30, harmony: 30, cooperation: 30, interest: 30 })).toEqual(defaultWeights());
    const rescaled = rescaleWeights({ potential: 2, swot: 1, harmony: 1, cooperation: 1, interest: 1 });
    expect(rescaled).toEqual({ potential: 33, swot: 17, harmony: 17, cooperation: 17, interest: 16 });
    expect(Object.values(rescaled).reduce((a, b) => a + b)).toBe(100);
    expect(rescaleWeights({ potential: 0, swot: 0, harmony: 0, cooperation: 0, interest: 0 })).toEqual(defaultWeights());
  });
});

describe('a candidate’s score', () => {
  it('is Σ weight × rating / 100 with weights totalling 100', () => {
    const weights = { potential: 40, swot: 10, harmony: 20, cooperation: 20, interest: 10 };
    // (40·8 + 10·5 + 20·6 + 20·9 + 10·2) / 100 = 6.9
    expect(scoreCandidate(candidate('a', 'A', [8, 5, 6, 9, 2]), weights).score).toBeCloseTo(6.9, 10);
  });

  it('stays on the 1-10 scale while the weights do not total 100 yet', () => {
    const weights = { potential: 50, swot: 50, harmony: 50, cooperation: 50, interest: 50 };
    expect(scoreCandidate(candidate('a', 'A', [10, 10, 10, 10, 10]), weights).score).toBe(10);
  });

  it('is missing while a weighted criterion is unrated, and needs no rating on a criterion weighted 0', () => {
    const unrated = candidate('a', 'A', [8, null, 6, null, 2]);
    expect(scoreCandidate(unrated, defaultWeights())).toEqual({ score: null, missing: ['swot', 'cooperation'] });
    expect(scoreCandidate(unrated, { potential: 50, swot: 0, harmony: 25, cooperation: 0, interest: 25 })).toEqual({ score: 6, missing: [] });
  });
});

describe('the ranked shortlist', () => {
  const chain = candidate('chain', 'Regional chain', [8, 7, 7, 6, 8]); // 7.2
  const food = candidate('food', 'Food manufacturer', [9, 8, 6, 4, 5]); // 6.4
  const grocer = candidate('grocer', 'Grocer co-op', [5, 5, 5, 5, 5]); // 5
  const discounter = candidate('disc', 'Discounter', [9, 9, 3, 2, 3]); // 5.2

  it('ranks by score, highest first', () => {
    const ranked = rankCandidates(card([grocer, food, discounter, chain]));
    expect(ranked.map((row) => [row.candidate.id, row.rank])).toEqual([['chain', 1], ['food', 2], ['disc', 3], ['grocer', 4]]);
    expect(ranked[0]!.score).toBeCloseTo(7.2, 10);
    expect(ranked[1]).toMatchObject({ index: 1, missing: [] });
  });

  it('changes order when the weights change', () => {
    const potentialFirst = { potential: 60, swot: 25, harmony: 5, cooperation: 5, interest: 5 };
    // chain 7.6, food 8.15, discounter 8.05, grocer 5
    expect(order(card([grocer, food, discounter, chain], potentialFirst))).toEqual(['food', 'disc', 'chain', 'grocer']);
    const willingnessFirst = { potential: 10, swot: 10, harmony: 20, cooperation: 30, interest: 30 };
    expect(order(card([grocer, food, discounter, chain], willingnessFirst))).toEqual(['chain', 'food', 'grocer', 'disc']);
  });

  it('breaks ties by name, then by the order entered, and gives tied candidates the same rank', () => {
    const b = candidate('b', 'Beta', [6, 6, 6, 6, 6]);
    const a1 = candidate('a1', 'alpha', [6, 6, 6, 6, 6]);
    const a2 = candidate('a2', 'Alpha ', [6, 6, 6, 6, 6]);
    const top = candidate('top', 'Zeta', [9, 9, 9, 9, 9]);
    const ranked = rankCandidates(card([b, a2, top, a1]));
    expect(ranked.map((row) => [row.candidate.id, row.rank])).toEqual([['top', 1], ['a2', 2], ['a1', 2], ['b', 2]]);
  });

  it('ties scores that are equal to two decimals, as displayed', () => {
    const weights = { potential: 33, swot: 33, harmony: 34, cooperation: 0, interest: 0 };
    const x = candidate('x', 'X', [7, 7, 7, null, null]); // 7.00
    const y = candidate('y', 'Y', [7, 7, 7.001, null, null]); // 7.00034
    expect(rankCandidates(card([y, x], weights)).map((row) => [row.candidate.id, row.rank])).toEqual([['x', 1], ['y', 1]]);
  });

  it('sorts names in the page’s language', () => {
    const ae = candidate('ae', 'Äpfel AG', [5, 5, 5, 5, 5]);
    const z = candidate('z', 'Zander', [5, 5, 5, 5, 5]);
    expect(order(card([z, ae]), 'it')).toEqual(['ae', 'z']);
  });

  it('lists unrated candidates last, in the order entered, with what they lack', () => {
    const late = candidate('late', 'Aardvark', [null, 5, 5, 5, 5]);
    const early = candidate('early', 'Zulu', [5, 5, 5, 5, null]);
    const ranked = rankCandidates(card([late, grocer, early]));
    expect(ranked.map((row) => [row.candidate.id, row.rank, row.missing])).toEqual([
      ['grocer', 1, []],
      ['late', null, ['potential']],
      ['early', null, ['interest']],
    ]);
  });

  it('ranks an empty scorecard as an empty list', () => {
    expect(rankCandidates(emptyScorecard())).toEqual([]);
  });
});

describe('editing the scorecard', () => {
  it('adds, rates, chooses and renames candidates, sharing what it does not change', () => {
    let scorecard = addCandidate(addCandidate(emptyScorecard(), 'Regional chain'), 'Food manufacturer');
    const [first, second] = scorecard.candidates;
    scorecard = rateCandidate(scorecard, first!.id, 'harmony', 7);
    expect(scorecard.candidates[0]!.ratings.harmony).toBe(7);
    expect(scorecard.candidates[1]).toBe(second);
    scorecard = chooseCandidate(scorecard, second!.id, true);
    expect(chosenCandidates(scorecard).map((c) => c.name)).toEqual(['Food manufacturer']);
    scorecard = setCriterionWeight(scorecard, 'potential', 40);
    expect(scorecard.weights.potential).toBe(40);
    expect(rateCandidate(scorecard, 'nobody', 'swot', 3)).toBe(scorecard);
  });

  it('unlinks a renamed candidate from the plotter account it was carried into', () => {
    const scorecard = card([{ ...candidate('c', 'Chain', [1, 1, 1, 1, 1]), accountId: 'a1' }]);
    expect(renameCandidate(scorecard, 'c', 'Chain North').candidates[0]!.accountId).toBeNull();
  });
});

describe('carrying the chosen candidates into the plotter', () => {
  const existing = (): KaismData => {
    const base = emptyKaism();
    const acme = { ...blankAccount(base.factors, 'ACME Foods'), id: 'acme', volume: 500 };
    const chain = { ...blankAccount(base.factors, 'Regional Chain'), id: 'chain' };
    return { ...base, title: 'Portfolio', accounts: [acme, chain] };
  };
  const pick = (id: string, name: string) => ({ id, name });

  it('adds new accounts after the existing ones, which it keeps as they were', () => {
    const before = existing();
    const result = carryIntoKaism(before, [pick('c1', '  Food manufacturer '), pick('c2', 'Grocer co-op'), pick('c3', 'Discounter')]);
    expect(result.data.accounts.map((a) => a.name)).toEqual(['ACME Foods', 'Regional Chain', 'Food manufacturer', 'Grocer co-op', 'Discounter']);
    expect(result.data.accounts[0]).toBe(before.accounts[0]);
    expect(result.added.map((row) => [row.candidateId, row.name])).toEqual([['c1', 'Food manufacturer'], ['c2', 'Grocer co-op'], ['c3', 'Discounter']]);
    expect(result.added.map((row) => row.accountId)).toEqual(result.data.accounts.slice(2).map((a) => a.id));
    expect(kaismSchema.safeParse(result.data).success).toBe(true);
  });

  it('leaves the data it was given untouched, so undo is that data', () => {
    const before = existing();
    const snapshot = structuredClone(before);
    carryIntoKaism(before, [pick('c1', 'Food manufacturer')]);
    expect(before).toEqual(snapshot);
  });

  it('matches a name already there, trimmed and ignoring case, width and spacing, instead of duplicating it', () => {
    const result = carryIntoKaism(existing(), [pick('c1', ' regional   chain '), pick('c2', 'ＡＣＭＥ　Ｆｏｏｄｓ'), pick('c3', 'Food manufacturer')]);
    expect(result.matched).toEqual([
      { candidateId: 'c1', accountId: 'chain', name: 'Regional Chain' },
      { candidateId: 'c2', accountId: 'acme', name: 'ACME Foods' },
    ]);
    expect(result.data.accounts).toHaveLength(3);
    expect(nameKey('ＡＣＭＥ　Ｆｏｏｄｓ')).toBe(nameKey('acme foods'));
  });

  it('matches a Persian name typed with Arabic yeh and kaf', () => {
    const base = emptyKaism();
    const kaism = { ...base, accounts: [{ ...blankAccount(base.factors, 'فروشگاه زنجیره‌ای کوثر'), id: 'kowsar' }] };
    const result = carryIntoKaism(kaism, [pick('c1', 'فروشگاه زنجيره‌اي كوثر')]);
    expect(result.matched.map((row) => row.accountId)).toEqual(['kowsar']);
    expect(result.data).toBe(kaism);
  });

  it('matches the first of two plotter accounts that share a name', () => {
    const before = existing();
    const twice = { ...before, accounts: [...before.accounts, { ...blankAccount(before.factors, 'acme foods'), id: 'acme-2' }] };
    expect(carryIntoKaism(twice, [pick('c1', 'Acme Foods')]).matched[0]!.accountId).toBe('acme');
  });

  it('adds a name chosen twice only once', () => {
    const result = carryIntoKaism(existing(), [pick('c1', 'Discounter'), pick('c2', 'DISCOUNTER')]);
    expect(result.added).toHaveLength(1);
    expect(result.matched).toEqual([{ candidateId: 'c2', accountId: result.added[0]!.accountId, name: 'Discounter' }]);
  });

  it('returns the same data when everything matched, and skips blank names', () => {
    const before = existing();
    const result = carryIntoKaism(before, [pick('c1', 'acme foods'), pick('c2', '   ')]);
    expect(result.data).toBe(before);
    expect(result.added).toEqual([]);
    expect(result.skipped).toEqual([{ candidateId: 'c2', why: 'blank' }]);
  });

  it('stops at the plotter’s account limit and says which candidates did not fit', () => {
    const base = emptyKaism();
    const full = { ...base, accounts: Array.from({ length: MAX_ACCOUNTS - 1 }, (_, i) => ({ ...blankAccount(base.factors, `A${i}`), id: `a${i}` })) };
    const result = carryIntoKaism(full, [pick('c1', 'New one'), pick('c2', 'A5'), pick('c3', 'Another')]);
    expect(result.added.map((row) => row.candidateId)).toEqual(['c1']);
    expect(result.matched.map((row) => row.candidateId)).toEqual(['c2']);
    expect(result.skipped).toEqual([{ candidateId: 'c3', why: 'full' }]);
    expect(result.data.accounts).toHaveLength(MAX_ACCOUNTS);
  });

  it('gives new accounts the plotter’s factors, unscored', () => {
    const result = carryIntoKaism(existing(), [pick('c1', 'Food manufacturer')]);
    const account = result.data.accounts[2]!;
    expect(account).toMatchObject({ volume: 0, potential: null });
    expect(account.attractiveness).toEqual([null, null, null, null, null]);
    expect(account.competitor).toHaveLength(result.data.factors.strength.length);
  });

  it('links each carried candidate to its plotter account', () => {
    const scorecard = card([candidate('c1', 'Food manufacturer', [5, 5, 5, 5, 5]), candidate('c2', 'regional chain', [5, 5, 5, 5, 5]), candidate('c3', 'Other', [5, 5, 5, 5, 5])]);
    const result = carryIntoKaism(existing(), scorecard.candidates.slice(0, 2));
    const linked = linkCarried(scorecard, result);
    expect(linked.candidates.map((c) => c.accountId)).toEqual([result.added[0]!.accountId, 'chain', null]);
    expect(linked.candidates[2]).toBe(scorecard.candidates[2]);
  });
});
