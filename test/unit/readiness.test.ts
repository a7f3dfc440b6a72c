import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { parseInstrument } from '../../src/domain/questionnaire/instrument';
import {
  answerOf,
  answersOf,
  emptyReadiness,
  statusOf,
  updateEntry,
  type ReadinessData,
  type Status,
} from '../../src/domain/readiness/model';
import { MET_FROM, PARTS, overallReadiness, partReadiness, progress, verdict } from '../../src/domain/readiness/result';
import { actionPlan, localDay } from '../../src/domain/readiness/plan';

// The real bank: the verdict reads its parts by id, so the bank and the rules are tested together.
const bank = parseInstrument(load(readFileSync('content/instruments/readiness.yaml', 'utf8')));

const RELEVANCE = ['market-past', 'market-present', 'market-future', 'customer-structure', 'competition'];
const FEASIBILITY = ['management', 'organisation', 'resources', 'qualifications'];
const STEPS = ['select-customers', 'evaluate-customers', 'advantages-benefits', 'objectives-strategies', 'kam-organisation'];

/** Checklist data with these statuses, in the order given. */
function checklist(statuses: Record<string, Status | null>): ReadinessData {
  return Object.entries(statuses).reduce((data, [id, status]) => updateEntry(data, id, { status }), emptyReadiness());
}
const all = (ids: string[], status: Status) => Object.fromEntries(ids.map((id) => [id, status]));
const relevant = all(RELEVANCE, 'done');
const feasible = all(FEASIBILITY, 'done');

describe('the checklist’s parts', () => {
  it('are the bank’s sections, in the source’s order', () => {
    expect(bank.sections.map((section) => section.id)).toEqual([...PARTS]);
    expect(bank.sections.map((section) => section.items.map((item) => item.id))).toEqual([RELEVANCE, FEASIBILITY, STEPS]);
  });
});

describe('readiness', () => {
  it('counts done 1, partly 0.5, not yet 0, and leaves not applicable and unanswered out', () => {
    const data = checklist({ 'market-past': 'not-yet', 'market-present': 'partly', 'market-future': 'done', 'customer-structure': 'na', management: 'done' });
    const parts = partReadiness(bank, data);
    expect(parts.relevance).toEqual({ readiness: 0.5, items: 5, done: 1, partly: 1, notYet: 1, notApplicable: 1, unanswered: 1 });
    expect(parts.feasibility!.readiness).toBe(1);
    expect(parts.implementation).toMatchObject({ readiness: null, unanswered: 5 });
    // Overall weighs every graded item alike: (0 + 0.5 + 1 + 1) / 4.
    expect(overallReadiness(bank, data).readiness).toBe(0.625);
  });

  it('is null, not 0, while nothing is graded', () => {
    expect(overallReadiness(bank, emptyReadiness()).readiness).toBeNull();
    expect(partReadiness(bank, checklist(all(RELEVANCE, 'na'))).relevance!.readiness).toBeNull();
  });

  it('shows progress as items answered, not applicable included, of all 14', () => {
    expect(progress(bank, emptyReadiness())).toEqual({ answered: 0, total: 14, share: 0 });
    const data = updateEntry(checklist({ 'market-past': 'na', management: 'not-yet' }), 'resources', { owner: 'CFO' });
    expect(progress(bank, data)).toEqual({ answered: 2, total: 14, share: 2 / 14 });
  });
});

describe('the verdict', () => {
  it('is incomplete while relevance has open items, and names what is open in both checks', () => {
    const result = verdict(bank, checklist({ 'market-past': 'done', management: 'done' }));
    expect(result.key).toBe('incomplete');
    expect(result.reasons).toEqual([
      { key: 'unanswered', part: 'relevance', readiness: 1, items: RELEVANCE.slice(1) },
      { key: 'unanswered', part: 'feasibility', readiness: 1, items: FEASIBILITY.slice(1) },
    ]);
  });

  it('is incomplete when every relevance item is not applicable: there is nothing to judge', () => {
    const result = verdict(bank, checklist({ ...all(RELEVANCE, 'na'), ...feasible }));
    expect(result.key).toBe('incomplete');
    expect(result.reasons).toEqual([{ key: 'nothing-graded', part: 'relevance', readiness: null, items: RELEVANCE }]);
  });

  it('is not yet relevant below 75%, naming the analyses that fall short, whatever else is done', () => {
    const statuses = { ...all(RELEVANCE, 'partly'), 'market-past': 'done', 'market-present': 'done', ...feasible, ...all(STEPS, 'done') } as const;
    const result = verdict(bank, checklist(statuses));
    expect(result.key).toBe('not-relevant');
    expect(result.reasons).toEqual([{ key: 'below', part: 'relevance', readiness: 0.7, items: ['market-future', 'customer-structure', 'competition'] }]);
  });

  it('counts relevance met at exactly 75%, and lets one weak analysis be outweighed', () => {
    const atBoundary = checklist({ ...relevant, 'market-past': 'na', 'market-present': 'partly', 'market-future': 'partly', ...feasible });
    expect(partReadiness(bank, atBoundary).relevance!.readiness).toBe(MET_FROM);
    expect(verdict(bank, atBoundary).reasons[0]).toEqual({ key: 'met', part: 'relevance', readiness: 0.75, items: ['market-present', 'market-future'] });
    const pastFragmented = checklist({ ...relevant, 'market-past': 'not-yet', ...feasible });
    expect(verdict(bank, pastFragmented).key).toBe('ready');
  });

  it('is incomplete while feasibility has open items, once relevance is met', () => {
    const result = verdict(bank, checklist({ ...relevant, management: 'done', organisation: 'partly' }));
    expect(result.key).toBe('incomplete');
    expect(result.reasons.map((reason) => [reason.key, reason.part, reason.items])).toEqual([
      ['met', 'relevance', []],
      ['unanswered', 'feasibility', ['resources', 'qualifications']],
    ]);
  });

  it('is incomplete when every feasibility item is not applicable', () => {
    const result = verdict(bank, checklist({ ...relevant, ...all(FEASIBILITY, 'na') }));
    expect(result.key).toBe('incomplete');
    expect(result.reasons[1]).toEqual({ key: 'nothing-graded', part: 'feasibility', readiness: null, items: FEASIBILITY });
  });

  it('is relevant but not yet feasible below 75%', () => {
    const result = verdict(bank, checklist({ ...relevant, ...all(FEASIBILITY, 'partly') }));
    expect(result.key).toBe('not-feasible');
    expect(result.reasons).toEqual([
      { key: 'met', part: 'relevance', readiness: 1, items: [] },
      { key: 'below', part: 'feasibility', readiness: 0.5, items: FEASIBILITY },
    ]);
  });

  it('is not yet feasible when one condition is missing altogether, even at 75%', () => {
    const result = verdict(bank, checklist({ ...relevant, ...feasible, management: 'not-yet' }));
    expect(partReadiness(bank, checklist({ ...feasible, management: 'not-yet' })).feasibility!.readiness).toBe(0.75);
    expect(result.key).toBe('not-feasible');
    expect(result.reasons.slice(1)).toEqual([{ key: 'missing-condition', part: 'feasibility', readiness: 0.75, items: ['management'] }]);
  });

  it('gives both reasons when feasibility is low and a condition is missing', () => {
    const result = verdict(bank, checklist({ ...relevant, ...all(FEASIBILITY, 'partly'), resources: 'not-yet' }));
    expect(result.reasons.slice(1).map((reason) => reason.key)).toEqual(['below', 'missing-condition']);
  });

  it('is ready to start when both checks are met and no step has begun; the next step is the first', () => {
    const result = verdict(bank, checklist({ ...relevant, ...feasible, organisation: 'partly', 'select-customers': 'not-yet' }));
    expect(result.key).toBe('ready');
    expect(result.reasons).toEqual([
      { key: 'met', part: 'relevance', readiness: 1, items: [] },
      { key: 'met', part: 'feasibility', readiness: 0.875, items: ['organisation'] },
      { key: 'not-started', part: 'implementation', readiness: 0, items: [] },
    ]);
    expect(result.next).toBe('select-customers');
  });

  it('is under way once a step is done or partly, and points at the first step not done', () => {
    const result = verdict(bank, checklist({ ...relevant, ...feasible, 'select-customers': 'done', 'evaluate-customers': 'na', 'advantages-benefits': 'partly' }));
    expect(result.key).toBe('under-way');
    expect(result.reasons[2]).toEqual({ key: 'started', part: 'implementation', readiness: 0.75, items: ['select-customers', 'advantages-benefits'] });
    expect(result.next).toBe('advantages-benefits');
  });

  it('has no next step when every step is done or not applicable', () => {
    const result = verdict(bank, checklist({ ...relevant, ...feasible, ...all(STEPS, 'done'), 'kam-organisation': 'na' }));
    expect(result).toMatchObject({ key: 'under-way', next: null });
  });
});

describe('the action plan', () => {
  const today = '2026-11-28';
  const data = [
    ['market-past', { status: 'done', due: '2026-01-01' }],
    ['market-present', { status: 'partly', due: '2026-12-15', owner: 'Sales director' }],
    ['market-future', { status: 'not-yet', due: '2026-11-27' }],
    ['customer-structure', { status: 'na', due: '2026-01-01' }],
    ['competition', { status: 'not-yet', due: '2026-11-28' }],
    ['management', { status: 'partly' }],
    ['resources', { status: 'not-yet', due: '2026-12-15' }],
    ['select-customers', { status: null, due: '2025-06-30' }],
  ].reduce((acc, [id, patch]) => updateEntry(acc, id as string, patch as object), emptyReadiness());
  const plan = actionPlan(bank, data, today);

  it('lists every item not done and not applicable, unanswered ones included', () => {
    expect(plan).toHaveLength(12);
    expect(plan.map((row) => row.id)).not.toContain('market-past');
    expect(plan.map((row) => row.id)).not.toContain('customer-structure');
  });

  it('sorts by target date, keeps the checklist’s order for equal dates and puts undated items last', () => {
    expect(plan.map((row) => row.id)).toEqual([
      'select-customers',
      'market-future',
      'competition',
      'market-present',
      'resources',
      'management',
      'organisation',
      'qualifications',
      'evaluate-customers',
      'advantages-benefits',
      'objectives-strategies',
      'kam-organisation',
    ]);
  });

  it('marks items dated before today overdue, not those due today or later, nor undated ones', () => {
    expect(plan.filter((row) => row.overdue).map((row) => row.id)).toEqual(['select-customers', 'market-future']);
    expect(plan.find((row) => row.id === 'market-present')).toMatchObject({ part: 'relevance', owner: 'Sales director', status: 'partly', overdue: false });
  });

  it('takes today as the user’s local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 0, 30))).toBe('2026-01-05');
    expect(localDay(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });
});

describe('statuses as the questionnaire engine’s answers', () => {
  it('maps not yet, partly, done to the scale’s points 1-3 and back; “don’t know” is no status', () => {
    expect((['not-yet', 'partly', 'done', 'na'] as const).map(answerOf)).toEqual([1, 2, 3, 'na']);
    expect([1, 2, 3, 'na', 'unknown', 4, undefined].map((answer) => statusOf(answer as never))).toEqual(['not-yet', 'partly', 'done', 'na', null, null, null]);
    expect(answersOf(checklist({ management: 'partly', resources: 'na', organisation: null }))).toEqual({ management: 2, resources: 'na' });
  });

  it('adds an entry on first touch and changes only that one afterwards', () => {
    const first = updateEntry(emptyReadiness(), 'resources', { owner: 'CFO' });
    const second = updateEntry(first, 'resources', { due: '2027-01-31' });
    expect(second.items).toEqual([{ id: 'resources', status: null, owner: 'CFO', due: '2027-01-31', note: '' }]);
    expect(first.items[0]!.due).toBeNull();
  });
});
