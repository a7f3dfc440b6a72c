import { describe, expect, it } from 'vitest';
import { setAnswer, setCompany, setRespondent, setTarget, start } from '../../src/domain/self-assessment/edit';
import { emptySelfAssessment, selfAssessmentSchema, selfRespondent, type SelfAssessmentData } from '../../src/domain/self-assessment/model';

let counter = 0;
const makeId = (prefix: string) => `${prefix}${++counter}`;
const context = { bank: 1, day: '2026-11-20', makeId };
const started = () => start(emptySelfAssessment(), { company: 'Acme', name: 'Ana', role: 'KAM' }, context);
const valid = (data: SelfAssessmentData) => selfAssessmentSchema.safeParse(data).success;

describe('starting the self-assessment', () => {
  it('makes the first round, dated today on this bank, with this browser as its one respondent', () => {
    const data = started();
    expect(data.company).toBe('Acme');
    expect(data.rounds).toHaveLength(1);
    expect(data.rounds[0]).toMatchObject({ date: '2026-11-20', bank: 1 });
    expect(data.current).toBe(data.rounds[0]!.id);
    expect(selfRespondent(data)).toEqual({ id: data.self, name: 'Ana', role: 'KAM', answeredOn: null, answers: {} });
    expect(valid(data)).toBe(true);
  });

  it('joins a round already there (a colleague’s file imported first) instead of starting another', () => {
    const colleague = { id: 'c1', name: 'Bo', role: 'Sales', answeredOn: '2026-11-18', answers: { a: 3 as const } };
    const before: SelfAssessmentData = { ...emptySelfAssessment(), rounds: [{ id: 'r0', date: '2026-11-18', bank: 1, respondents: [colleague] }], current: 'r0' };
    const data = start(before, { company: 'Acme', name: 'Ana', role: 'KAM' }, context);
    expect(data.rounds).toHaveLength(1);
    expect(data.rounds[0]!.respondents.map((r) => r.name)).toEqual(['Bo', 'Ana']);
    expect(data.rounds[0]!.respondents[0]).toBe(colleague);
    expect(selfRespondent(data)?.name).toBe('Ana');
  });

  it('started twice, only renames: the answers stay', () => {
    const data = setAnswer(started(), 'a', 4, '2026-11-21');
    const again = start(data, { company: 'Acme Ltd', name: 'Ana B.', role: 'KAM' }, context);
    expect(again.rounds).toHaveLength(1);
    expect(selfRespondent(again)).toMatchObject({ name: 'Ana B.', answers: { a: 4 } });
    expect(again.company).toBe('Acme Ltd');
  });

  it('cuts names to what the file format accepts', () => {
    const data = start(emptySelfAssessment(), { company: 'x'.repeat(300), name: 'y'.repeat(300), role: '' }, context);
    expect(data.company).toHaveLength(120);
    expect(selfRespondent(data)?.name).toHaveLength(120);
    expect(valid(data)).toBe(true);
  });
});

describe('answering', () => {
  it('records a level, not applicable or don’t know, and dates the answers', () => {
    let data = started();
    data = setAnswer(data, 'a', 5, '2026-11-21');
    data = setAnswer(data, 'b', 'na', '2026-11-21');
    data = setAnswer(data, 'c', 'unknown', '2026-11-22');
    expect(selfRespondent(data)).toMatchObject({ answers: { a: 5, b: 'na', c: 'unknown' }, answeredOn: '2026-11-22' });
    expect(valid(data)).toBe(true);
  });

  it('changes and clears an answer', () => {
    let data = setAnswer(started(), 'a', 2, '2026-11-21');
    data = setAnswer(data, 'a', 3, '2026-11-21');
    expect(selfRespondent(data)?.answers).toEqual({ a: 3 });
    data = setAnswer(data, 'a', null, '2026-11-21');
    expect(selfRespondent(data)?.answers).toEqual({});
  });

  it('returns the same data for the answer already given, and refuses a level off the scale', () => {
    const data = setAnswer(started(), 'a', 2, '2026-11-21');
    expect(setAnswer(data, 'a', 2, '2026-11-23')).toBe(data);
    expect(setAnswer(data, 'a', 6, '2026-11-23')).toBe(data);
    expect(setAnswer(data, 'a', 0, '2026-11-23')).toBe(data);
    expect(setAnswer(data, 'a', 2.5, '2026-11-23')).toBe(data);
  });

  it('changes nothing before the user has started', () => {
    const empty = emptySelfAssessment();
    expect(setAnswer(empty, 'a', 3, '2026-11-21')).toBe(empty);
    expect(setRespondent(empty, { name: 'Ana' })).toBe(empty);
  });

  it('touches only this browser’s respondent', () => {
    const colleague = { id: 'c1', name: 'Bo', role: 'Sales', answeredOn: '2026-11-18', answers: { a: 1 as const } };
    const base = start({ ...emptySelfAssessment(), rounds: [{ id: 'r0', date: '2026-11-18', bank: 1, respondents: [colleague] }], current: 'r0' }, { company: '', name: 'Ana', role: '' }, context);
    const data = setAnswer(base, 'a', 5, '2026-11-21');
    expect(data.rounds[0]!.respondents[0]).toBe(colleague);
    expect(data.rounds[0]!.respondents[1]!.answers).toEqual({ a: 5 });
  });
});

describe('names, company and targets', () => {
  it('renames the respondent and the company', () => {
    let data = setRespondent(started(), { role: 'Sales director' });
    expect(selfRespondent(data)).toMatchObject({ name: 'Ana', role: 'Sales director' });
    data = setCompany(data, 'Acme Spa');
    expect(data.company).toBe('Acme Spa');
    expect(setCompany(data, 'Acme Spa')).toBe(data);
    expect(setRespondent(data, { name: 'Ana' })).toBe(data);
  });

  it('sets a target of 1 to 5 per dimension and clears it', () => {
    let data = setTarget(started(), 'strategy', 4);
    data = setTarget(data, 'people', 1);
    expect(data.targets).toEqual({ strategy: 4, people: 1 });
    expect(setTarget(data, 'strategy', 4)).toBe(data);
    data = setTarget(data, 'strategy', null);
    expect(data.targets).toEqual({ people: 1 });
    expect(setTarget(data, 'strategy', null)).toBe(data);
    expect(valid(data)).toBe(true);
  });

  it('treats a level off the scale as clearing, never stores it', () => {
    const data = setTarget(started(), 'strategy', 3);
    expect(setTarget(data, 'strategy', 7).targets).toEqual({});
    expect(setTarget(data, 'people', 0)).toBe(data);
  });
});
