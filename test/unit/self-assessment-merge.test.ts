import { describe, expect, it } from 'vitest';
import { exportTool, exportWorkbook } from '../../src/domain/storage/file-format';
import { kaismDefinition } from '../../src/domain/kaism/model';
import { examplePortfolio } from '../../src/domain/kaism/example';
import { MAX_RESPONDENTS, selfAssessmentDefinition, type Respondent, type SelfAssessmentData } from '../../src/domain/self-assessment/model';
import { mergeFile, mergeFiles, type MergeContext } from '../../src/domain/self-assessment/merge';

const NOW = '2026-11-23T10:00:00.000Z';
const context: MergeContext = { bankVersion: 1, itemIds: new Set(['s1', 's2', 's3']), today: '2026-11-23' };

const person = (id: string, name: string, answeredOn: string | null, answers: Respondent['answers'] = { s1: 3, s2: 'na' }): Respondent => ({
  id,
  name,
  role: 'Sales',
  answeredOn,
  answers,
});

/** One browser's data: a single round holding the given respondents, the first of them its own. */
const browser = (respondents: Respondent[], bank = 1, roundId = 'r1'): SelfAssessmentData => ({
  company: 'Acme',
  rounds: [{ id: roundId, date: '2026-11-20', bank, respondents }],
  current: roundId,
  self: respondents[0]?.id ?? null,
  targets: {},
  hidden: [],
});

const exported = (data: SelfAssessmentData) => exportTool(selfAssessmentDefinition, data, 'en', NOW);
const fileOf = (data: SelfAssessmentData, name = 'colleague.json') => ({ name, text: exported(data) });

const coordinator = () => browser([person('me', 'Maria', '2026-11-21', { s1: 4, s2: 4, s3: 2 })]);

describe('a colleague’s file joins the current round', () => {
  it('adds the colleague next to the coordinator, whose own answers stay', () => {
    const { data, outcome } = mergeFile(coordinator(), fileOf(browser([person('ali', 'Ali', '2026-11-22')], 1, 'their-round')), context);
    expect(outcome).toEqual({ ok: true, added: [{ id: 'ali', name: 'Ali' }], updated: [], already: [], keptNewer: [] });
    const round = data.rounds[0]!;
    expect(round.id).toBe('r1');
    expect(round.respondents.map((r) => r.id)).toEqual(['me', 'ali']);
    expect(round.respondents[0]!.answers).toEqual({ s1: 4, s2: 4, s3: 2 });
    expect(data.self).toBe('me');
  });

  it('recognises the same respondent and date imported again, and changes nothing', () => {
    const colleague = fileOf(browser([person('ali', 'Ali', '2026-11-22')]));
    const once = mergeFile(coordinator(), colleague, context).data;
    const twice = mergeFile(once, colleague, context);
    expect(twice.outcome).toEqual({ ok: true, added: [], updated: [], already: [{ id: 'ali', name: 'Ali' }], keptNewer: [] });
    expect(twice.data).toBe(once);
  });

  it('updates a respondent whose file is dated later, and keeps newer answers over an older file', () => {
    const first = mergeFile(coordinator(), fileOf(browser([person('ali', 'Ali', '2026-11-22', { s1: 1 })])), context).data;
    const later = mergeFile(first, fileOf(browser([person('ali', 'Ali B.', '2026-11-25', { s1: 5 })])), context);
    expect(later.outcome).toMatchObject({ ok: true, updated: [{ id: 'ali', name: 'Ali B.' }], added: [] });
    expect(later.data.rounds[0]!.respondents[1]).toMatchObject({ name: 'Ali B.', answeredOn: '2026-11-25', answers: { s1: 5 } });
    const older = mergeFile(later.data, fileOf(browser([person('ali', 'Ali', '2026-11-22', { s1: 1 })])), context);
    expect(older.outcome).toMatchObject({ ok: true, keptNewer: [{ id: 'ali', name: 'Ali B.' }], updated: [] });
    expect(older.data).toBe(later.data);
  });

  it('takes every answering respondent of a file’s current round only, and passes over those without answers', () => {
    const theirs = browser([person('a', 'A', '2026-11-22'), person('b', 'B', null, {}), person('c', 'C', '2026-11-22')]);
    theirs.rounds.unshift({ id: 'old', date: '2025-01-01', bank: 1, respondents: [person('z', 'Z', '2025-01-01')] });
    const { data, outcome } = mergeFile(coordinator(), fileOf(theirs), context);
    expect(outcome.ok && outcome.added.map((p) => p.id)).toEqual(['a', 'c']);
    expect(data.rounds[0]!.respondents.map((r) => r.id)).toEqual(['me', 'a', 'c']);
  });

  it('drops answers to statements the bank does not ask', () => {
    const text = exported(browser([person('ali', 'Ali', '2026-11-22', { s1: 2 })])).replace('"s1": 2', '"s1": 2, "not-ours": 5, "__proto__": 4');
    expect(text).toContain('"__proto__": 4');
    const { data } = mergeFile(coordinator(), { name: 'x.json', text }, context);
    const answers = data.rounds[0]!.respondents[1]!.answers;
    expect(answers).toEqual({ s1: 2 });
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  });

  it('starts a round of this bank for a coordinator who has none yet', () => {
    const empty: SelfAssessmentData = { company: '', rounds: [], current: null, self: null, targets: {}, hidden: [] };
    const { data, outcome } = mergeFile(empty, fileOf(browser([person('ali', 'Ali', '2026-11-22')])), context);
    expect(outcome.ok).toBe(true);
    expect(data.rounds).toHaveLength(1);
    expect(data.current).toBe(data.rounds[0]!.id);
    expect(data.rounds[0]).toMatchObject({ date: '2026-11-23', bank: 1 });
    expect(data.rounds[0]!.respondents.map((r) => r.id)).toEqual(['ali']);
  });

  it('reads a whole-workbook export that holds the self-assessment', () => {
    const text = exportWorkbook([{ definition: selfAssessmentDefinition, data: browser([person('ali', 'Ali', '2026-11-22')]) }], 'fa', NOW);
    expect(mergeFile(coordinator(), { name: 'all.json', text }, context).outcome.ok).toBe(true);
  });

  it('merges several files in order, each reported on its own', () => {
    const files = [
      fileOf(browser([person('a', 'A', '2026-11-22')]), 'a.json'),
      { name: 'kaism.json', text: exportTool(kaismDefinition, examplePortfolio(), 'en', NOW) },
      fileOf(browser([person('a', 'A', '2026-11-22')]), 'a-again.json'),
      fileOf(browser([person('b', 'B', '2026-11-22')]), 'b.json'),
    ];
    const { data, outcomes } = mergeFiles(coordinator(), files, context);
    expect(outcomes.map((o) => [o.file, o.outcome.ok])).toEqual([
      ['a.json', true],
      ['kaism.json', false],
      ['a-again.json', true],
      ['b.json', true],
    ]);
    expect(outcomes[2]!.outcome).toMatchObject({ already: [{ id: 'a' }] });
    expect(data.rounds[0]!.respondents.map((r) => r.id)).toEqual(['me', 'a', 'b']);
  });
});

describe('a file that cannot join is refused whole, and nothing changes', () => {
  it('refuses another tool’s file with that tool’s name', () => {
    const before = coordinator();
    const { data, outcome } = mergeFile(before, { name: 'k.json', text: exportTool(kaismDefinition, examplePortfolio(), 'en', NOW) }, context);
    expect(outcome).toEqual({ ok: false, refusal: { kind: 'file', error: { kind: 'otherTool', tool: 'kaism' } } });
    expect(data).toBe(before);
  });

  it('refuses answers given on another version of the bank, naming both versions', () => {
    const { data, outcome } = mergeFile(coordinator(), fileOf(browser([person('ali', 'Ali', '2026-11-22')], 2)), context);
    expect(outcome).toEqual({ ok: false, refusal: { kind: 'bank', theirs: 2, ours: 1 } });
    expect(data.rounds[0]!.respondents).toHaveLength(1);
  });

  it('refuses a file without any answer', () => {
    expect(mergeFile(coordinator(), fileOf(browser([person('ali', 'Ali', null, {})])), context).outcome).toEqual({ ok: false, refusal: { kind: 'empty' } });
    const noRound = { ...browser([person('ali', 'Ali', '2026-11-22')]), current: 'gone' };
    expect(mergeFile(coordinator(), fileOf(noRound), context).outcome).toEqual({ ok: false, refusal: { kind: 'empty' } });
  });

  it('refuses more than 50 respondents, saying how many fit', () => {
    const many = Array.from({ length: 48 }, (_, i) => person(`p${i}`, `P${i}`, '2026-11-22'));
    const full = browser([person('me', 'Maria', '2026-11-21'), ...many.slice(0, 45)]);
    const { data, outcome } = mergeFile(full, fileOf(browser(many.slice(40, 48))), context);
    // p40–p44 are there already; p45–p47 are new, and only four places are left... so they fit.
    expect(outcome).toMatchObject({ ok: true, added: [{ id: 'p45' }, { id: 'p46' }, { id: 'p47' }] });
    expect(data.rounds[0]!.respondents).toHaveLength(49);
    const tooMany = mergeFile(data, fileOf(browser([person('x', 'X', '2026-11-22'), person('y', 'Y', '2026-11-22')])), context);
    expect(tooMany.outcome).toEqual({ ok: false, refusal: { kind: 'full', incoming: 2, room: 1, max: MAX_RESPONDENTS } });
    expect(tooMany.data).toBe(data);
  });
});

describe('a real export mutated field by field is refused, never half-merged', () => {
  const real = JSON.parse(exported(browser([person('ali', 'Ali', '2026-11-22', { s1: 3, s2: 'unknown' })]))) as Record<string, any>;
  const mutate = (change: (file: any) => void) => {
    const copy = structuredClone(real);
    change(copy);
    return JSON.stringify(copy);
  };
  const cases: Array<[string, (file: any) => void]> = [
    ['format', (f) => (f.format = 'other')],
    ['version newer', (f) => (f.version = 99)],
    ['version text', (f) => (f.version = '1')],
    ['tool', (f) => (f.tool = 'readiness')],
    ['data missing', (f) => delete f.data],
    ['rounds not a list', (f) => (f.data.rounds = {})],
    ['round date', (f) => (f.data.rounds[0].date = '23/11/2026')],
    ['round bank zero', (f) => (f.data.rounds[0].bank = 0)],
    ['respondent id empty', (f) => (f.data.rounds[0].respondents[0].id = '')],
    ['respondent name too long', (f) => (f.data.rounds[0].respondents[0].name = 'x'.repeat(500))],
    ['answeredOn', (f) => (f.data.rounds[0].respondents[0].answeredOn = 'yesterday')],
    ['answer 6', (f) => (f.data.rounds[0].respondents[0].answers.s1 = 6)],
    ['answer 2.5', (f) => (f.data.rounds[0].respondents[0].answers.s1 = 2.5)],
    ['answer text', (f) => (f.data.rounds[0].respondents[0].answers.s1 = 'maybe')],
    ['answers a list', (f) => (f.data.rounds[0].respondents[0].answers = [3])],
    ['51 respondents', (f) => (f.data.rounds[0].respondents = Array.from({ length: 51 }, (_, i) => ({ ...f.data.rounds[0].respondents[0], id: `x${i}` })))],
    ['hidden not a list', (f) => (f.data.hidden = 'ali')],
    ['target 9', (f) => (f.data.targets = { s: 9 })],
  ];
  it.each(cases)('%s', (_, change) => {
    const before = coordinator();
    const { data, outcome } = mergeFile(before, { name: 'bad.json', text: mutate(change) }, context);
    expect(outcome.ok).toBe(false);
    expect(data).toBe(before);
  });

  it('the unmutated export is accepted, so the refusals above are the mutations’ doing', () => {
    expect(mergeFile(coordinator(), { name: 'ok.json', text: JSON.stringify(real) }, context).outcome.ok).toBe(true);
  });

  it('refuses text that is not JSON, and a file over 1 MiB', () => {
    expect(mergeFile(coordinator(), { name: 'x', text: '{"format": "kam-workbook",' }, context).outcome).toMatchObject({ ok: false, refusal: { kind: 'file', error: { kind: 'notJson' } } });
    expect(mergeFile(coordinator(), { name: 'x', text: exported(coordinator()), bytes: 2 * 1024 * 1024 }, context).outcome).toMatchObject({
      ok: false,
      refusal: { kind: 'file', error: { kind: 'tooLarge' } },
    });
  });
});
