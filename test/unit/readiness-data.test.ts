import { describe, expect, it } from 'vitest';
import { emptyReadiness, readinessDefinition, updateEntry } from '../../src/domain/readiness/model';
import { exportTool, importToolFile } from '../../src/domain/storage/file-format';

// The checklist as stored and exchanged: good data survives its own file, and data a tampered
// file or an old tab could hold is refused (or stripped), never taken in.

describe('the stored checklist', () => {
  const good = (): any => ({
    ...updateEntry(emptyReadiness(), 'management', { status: 'partly', owner: 'CEO', due: '2027-03-31', note: 'board meeting' }),
    company: 'Acme Packaging',
    scorecard: {
      weights: { potential: 30, swot: 20, harmony: 20, cooperation: 15, interest: 15 },
      candidates: [{ id: 'c1', name: 'Regional chain', ratings: { potential: 8, swot: 7, harmony: null, cooperation: 6, interest: 9 }, chosen: true, accountId: null }],
    },
  });
  const accepts = (data: unknown) => readinessDefinition.schema.safeParse(data).success;

  it('accepts good data, and round-trips through its export file', () => {
    expect(accepts(good())).toBe(true);
    const text = exportTool(readinessDefinition, good(), 'ar', '2026-11-28T10:00:00Z');
    expect(importToolFile(readinessDefinition, text)).toEqual({ ok: true, value: good() });
  });

  it('is empty until something is entered', () => {
    expect(readinessDefinition.isEmpty(readinessDefinition.empty())).toBe(true);
    expect(readinessDefinition.isEmpty(updateEntry(emptyReadiness(), 'resources', { note: 'ask finance' }))).toBe(false);
    expect(readinessDefinition.isEmpty(updateEntry(emptyReadiness(), 'resources', {}))).toBe(true);
  });

  const hostile: Array<[string, (data: any) => void]> = [
    ['an unknown status', (d) => (d.items[0].status = 'maybe')],
    ['a date that does not exist', (d) => (d.items[0].due = '2026-02-30')],
    ['a date in another shape', (d) => (d.items[0].due = '28/11/2026')],
    ['an item id that is not an id', (d) => (d.items[0].id = '__proto__')],
    ['the same item twice', (d) => d.items.push({ ...d.items[0] })],
    ['an overlong owner', (d) => (d.items[0].owner = 'x'.repeat(121))],
    ['an overlong note', (d) => (d.items[0].note = 'x'.repeat(1001))],
    ['thousands of items', (d) => (d.items = Array.from({ length: 201 }, (_, i) => ({ ...d.items[0], id: `item-${i}` })))],
    ['items that are not a list', (d) => (d.items = { management: 'done' })],
    ['a bank version 0', (d) => (d.bank = 0)],
    ['a rating above 10', (d) => (d.scorecard.candidates[0].ratings.potential = 11)],
    ['a rating below 1', (d) => (d.scorecard.candidates[0].ratings.swot = 0)],
    ['a rating as text', (d) => (d.scorecard.candidates[0].ratings.swot = '7')],
    ['a missing criterion', (d) => delete d.scorecard.candidates[0].ratings.interest],
    ['a negative weight', (d) => (d.scorecard.weights.harmony = -5)],
    ['a weight above 100', (d) => (d.scorecard.weights.harmony = 101)],
    ['an overlong candidate name', (d) => (d.scorecard.candidates[0].name = 'x'.repeat(121))],
    ['an empty account link', (d) => (d.scorecard.candidates[0].accountId = '')],
    ['more than 100 candidates', (d) => (d.scorecard.candidates = Array.from({ length: 101 }, (_, i) => ({ ...d.scorecard.candidates[0], id: `c${i}` })))],
    ['no scorecard', (d) => delete d.scorecard],
  ];

  it.each(hostile)('refuses %s', (_name, spoil) => {
    const data = good();
    spoil(data);
    expect(accepts(data)).toBe(false);
  });

  it('drops keys it does not know instead of keeping them', () => {
    const data = good();
    data.items[0].script = '<img onerror=alert(1)>';
    data.scorecard.weights.extra = 50;
    const parsed = readinessDefinition.schema.parse(data) as any;
    expect(parsed.items[0].script).toBeUndefined();
    expect(parsed.scorecard.weights.extra).toBeUndefined();
  });
});
