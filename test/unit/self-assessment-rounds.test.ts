import { describe, expect, it } from 'vitest';
import { emptySelfAssessment, MAX_ROUNDS, selfAssessmentSchema, type SelfAssessmentData } from '../../src/domain/self-assessment/model';
import { earlierRounds, pickRound, roundsByDate, setHidden, shownRespondents, startRound } from '../../src/domain/self-assessment/rounds';

const answered = (): SelfAssessmentData => ({
  company: 'Acme',
  rounds: [
    {
      id: 'r1',
      date: '2025-11-20',
      bank: 1,
      respondents: [
        { id: 'me', name: 'Maria', role: 'KAM lead', answeredOn: '2025-11-21', answers: { s1: 2 } },
        { id: 'ali', name: 'Ali', role: 'Sales', answeredOn: '2025-11-22', answers: { s1: 4 } },
      ],
    },
  ],
  current: 'r1',
  self: 'me',
  targets: { strategy: 4 },
  hidden: ['ali'],
});

const started = (data: SelfAssessmentData, date: string, bank = 1) => {
  const result = startRound(data, date, bank);
  if (!result.ok) throw new Error(result.reason);
  return result.data;
};

describe('starting a new assessment', () => {
  it('keeps the earlier rounds and starts this browser’s respondent afresh, same name, role and id', () => {
    const before = answered();
    const after = started(before, '2026-11-20', 2);
    expect(after.rounds).toHaveLength(2);
    expect(after.rounds[0]).toEqual(before.rounds[0]);
    const round = after.rounds[1]!;
    expect(after.current).toBe(round.id);
    expect(round).toMatchObject({ date: '2026-11-20', bank: 2 });
    expect(round.respondents).toEqual([{ id: 'me', name: 'Maria', role: 'KAM lead', answeredOn: null, answers: {} }]);
    expect(after.self).toBe('me');
    expect(after.targets).toEqual({ strategy: 4 });
    expect(selfAssessmentSchema.safeParse(after).success).toBe(true);
  });

  it('gives a first round a respondent with the name and role asked first', () => {
    const after = started(emptySelfAssessment(), '2026-11-20');
    const result = startRound(emptySelfAssessment(), '2026-11-20', 1, { name: 'Jun', role: 'Director' });
    expect(after.rounds[0]!.respondents[0]).toMatchObject({ name: '', role: '' });
    expect(result.ok && result.data.rounds[0]!.respondents[0]).toMatchObject({ name: 'Jun', role: 'Director', answers: {} });
    expect(result.ok && result.data.self).toBe(result.ok && result.data.rounds[0]!.respondents[0]!.id);
  });

  it('refuses a date that is not a day, and a twenty-first round', () => {
    expect(startRound(answered(), '2026-13-45', 1)).toEqual({ ok: false, reason: 'date' });
    expect(startRound(answered(), '20.11.2026', 1)).toEqual({ ok: false, reason: 'date' });
    let data = answered();
    for (let i = 1; i < MAX_ROUNDS; i += 1) data = started(data, `2026-01-${String(i).padStart(2, '0')}`);
    expect(data.rounds).toHaveLength(MAX_ROUNDS);
    expect(startRound(data, '2026-02-01', 1)).toEqual({ ok: false, reason: 'full' });
  });
});

describe('rounds over time', () => {
  it('orders rounds by date whatever order they were started in, and offers the earlier ones for a change', () => {
    let data = started(answered(), '2027-05-01');
    const may = data.current;
    data = started(data, '2026-05-01');
    const mid = data.current;
    expect(roundsByDate(data).map((r) => r.date)).toEqual(['2025-11-20', '2026-05-01', '2027-05-01']);
    expect(earlierRounds(data, may).map((r) => r.id)).toEqual([mid, 'r1']);
    expect(earlierRounds(data, 'r1')).toEqual([]);
    expect(earlierRounds(data, 'nope')).toEqual([]);
  });

  it('picks the round shown; an unknown round changes nothing', () => {
    const data = started(answered(), '2026-11-20');
    expect(pickRound(data, 'r1').current).toBe('r1');
    expect(pickRound(data, 'gone')).toBe(data);
  });
});

describe('hiding a respondent from the picture', () => {
  it('hides and shows again, keeping the respondent’s answers', () => {
    const data = answered();
    const shown = setHidden(data, 'ali', false);
    expect(shown.hidden).toEqual([]);
    expect(shownRespondents(shown, shown.rounds[0]).map((r) => r.id)).toEqual(['me', 'ali']);
    const hidden = setHidden(shown, 'me', true);
    expect(shownRespondents(hidden, hidden.rounds[0]).map((r) => r.id)).toEqual(['ali']);
    expect(hidden.rounds).toBe(data.rounds);
    expect(setHidden(hidden, 'me', true)).toBe(hidden);
  });
});
