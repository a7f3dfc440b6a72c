import { describe, expect, it } from 'vitest';
import { CAPSTONE_PARTS } from '../../src/domain/capstone';
import { capstonePlanDefinition, emptyPlan, MAX_PART_LENGTH, writtenParts } from '../../src/domain/capstone-plan';
import { capstoneRecord } from '../../src/domain/capstone-descriptor';
import { descriptorOf } from '../../src/domain/registry';
import { MemoryBackend } from '../../src/domain/storage/backend';
import { toolKey } from '../../src/domain/storage/keys';
import { restore } from '../../src/domain/storage/restore';
import { ToolStore } from '../../src/domain/storage/store';
import { exportWorkbook, importToolFile, importWorkbookFile } from '../../src/domain/storage/file-format';
import { courseRecord } from '../../src/domain/course-record';
import { MODULE_SLUGS } from '../../src/domain/tools';

const NOW = '2026-11-23T10:00:00.000Z';
const envelope = (data: unknown) => JSON.stringify({ v: 1, savedAt: NOW, rev: 2, data });

describe('the capstone plan record', () => {
  it('is in the registry, unlisted, written on My workbook', () => {
    expect(descriptorOf('capstone')).toBe(capstoneRecord);
    expect(capstoneRecord.listed).toBe(false);
    expect(capstoneRecord.route).toBe('workbook/');
  });

  it('has the eight parts of the model plan, empty to start with', () => {
    expect(Object.keys(emptyPlan().plan)).toEqual([...CAPSTONE_PARTS]);
    expect(capstonePlanDefinition.isEmpty(emptyPlan())).toBe(true);
    expect(capstonePlanDefinition.isEmpty({ ...emptyPlan(), learner: 'Dana' })).toBe(false);
    expect(capstonePlanDefinition.isEmpty({ ...emptyPlan(), plan: { ...emptyPlan().plan, kpis: '  ' } })).toBe(true);
  });

  it('says in My workbook how many parts are written', () => {
    const plan = { ...emptyPlan(), plan: { ...emptyPlan().plan, kpis: 'Share 45 %', customerType: 'Analyzer' } };
    expect(writtenParts(plan)).toEqual(['customerType', 'kpis']);
    expect(capstoneRecord.summary(plan)).toEqual([{ key: 'workbook.summary.planParts', count: 2 }]);
  });

  it('is saved and read back through the storage module', () => {
    const backend = new MemoryBackend();
    const store = new ToolStore(capstonePlanDefinition, backend);
    expect(store.save(capstoneRecord.sample())).toBe('saved');
    expect(new ToolStore(capstonePlanDefinition, backend).state).toEqual(capstoneRecord.sample());
    expect(store.clear()).toBe('saved');
    expect(new ToolStore(capstonePlanDefinition, backend).state).toEqual(emptyPlan());
  });

  it('travels in an "export everything" file', () => {
    const text = exportWorkbook([{ definition: capstonePlanDefinition, data: capstoneRecord.sample() }], 'ar', NOW);
    const result = importWorkbookFile([capstonePlanDefinition], text);
    expect(result.ok && result.value.get('capstone')).toEqual(capstoneRecord.sample());
  });

  it('reads a part it lacks as not written, and drops fields it does not know', () => {
    const { kpis: _dropped, ...fewer } = capstoneRecord.sample().plan;
    const result = restore(capstonePlanDefinition, envelope({ learner: 'Dana', plan: { ...fewer, extra: 'x' }, admin: true }));
    expect(result.status).toBe('ok');
    expect(result.data.plan.kpis).toBe('');
    expect(result.data).not.toHaveProperty('admin');
    expect(result.data.plan).not.toHaveProperty('extra');
  });

  it('keeps hostile data aside instead of loading it, and the page starts empty', () => {
    const tooLong = { ...emptyPlan(), plan: { ...emptyPlan().plan, differentiation: 'x'.repeat(MAX_PART_LENGTH + 1) } };
    for (const data of [tooLong, { learner: 42, plan: emptyPlan().plan }, { learner: '', plan: 'everything' }, { learner: '', plan: { kpis: ['a'] } }, null, []]) {
      const backend = new MemoryBackend();
      backend.set(toolKey('capstone'), envelope(data));
      const store = new ToolStore(capstonePlanDefinition, backend, () => NOW);
      expect(store.state, JSON.stringify(data).slice(0, 80)).toEqual(emptyPlan());
      expect(store.notices.map((notice) => notice.kind)).toEqual(['corrupt']);
      expect(backend.get(`kam:backup:capstone:${NOW}`)).toBe(envelope(data));
    }
  });

  it('refuses a file with hostile data and says which field', () => {
    const file = JSON.stringify({ format: 'kam-workbook', version: 1, tool: 'capstone', exportedAt: NOW, locale: 'en', data: { learner: 'x'.repeat(500), plan: emptyPlan().plan } });
    expect(importToolFile(capstonePlanDefinition, file)).toMatchObject({ ok: false, error: { kind: 'invalid', issue: { path: ['data', 'learner'], problem: 'tooLong' } } });
  });
});

describe('the course record', () => {
  it('lists the ten modules in order with status and quiz, and counts what remains', () => {
    const record = courseRecord({ opened: ['kaism', 'why-kam'], passed: ['why-kam'], quiz: { 'why-kam': { score: 4, total: 5, passedAt: NOW } } });
    expect(record.modules.map((module) => module.slug)).toEqual([...MODULE_SLUGS]);
    expect(record.modules[1]).toEqual({ slug: 'why-kam', status: 'passed', quiz: { score: 4, total: 5, passedAt: NOW } });
    expect(record.modules[3]).toEqual({ slug: 'kaism', status: 'opened', quiz: null });
    expect(record.modules[0]?.status).toBe('new');
    expect(record).toMatchObject({ passed: 1, remaining: 9, complete: false });
  });

  it('is complete when all ten quizzes are passed, scores recorded or not', () => {
    const record = courseRecord({ opened: [...MODULE_SLUGS], passed: [...MODULE_SLUGS], quiz: {} });
    expect(record).toMatchObject({ passed: 10, remaining: 0, complete: true });
  });
});
