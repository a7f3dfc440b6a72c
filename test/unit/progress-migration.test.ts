import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/domain/storage/backend';
import { toolKey } from '../../src/domain/storage/keys';
import { ToolStore } from '../../src/domain/storage/store';
import { restore } from '../../src/domain/storage/restore';
import { progressDefinition } from '../../src/domain/progress';
import { exportTool, importToolFile } from '../../src/domain/storage/file-format';

const KEY = toolKey('progress');
const NOW = '2026-11-23T10:00:00.000Z';
/** Progress as a site before quiz scores (version 1) saved it. */
const V1 = JSON.stringify({ v: 1, savedAt: NOW, rev: 7, data: { opened: ['what-is-kam', 'why-kam'], passed: ['what-is-kam'] } });
const clock = () => NOW;

describe('progress in the storage module and in files', () => {
  it('migrates version 1: the same modules, no scores, and the next save writes version 2', () => {
    expect(restore(progressDefinition, V1)).toMatchObject({ status: 'migrated', data: { opened: ['what-is-kam', 'why-kam'], passed: ['what-is-kam'], quiz: {} } });
    const backend = new MemoryBackend();
    backend.set(KEY, V1);
    const store = new ToolStore(progressDefinition, backend, clock);
    expect(store.save({ ...store.state, opened: [...store.state.opened, 'kaism'] })).toBe('saved');
    expect(JSON.parse(backend.get(KEY)!)).toMatchObject({ v: 2, rev: 8 });
  });

  it('reads a version 1 file', () => {
    const file = JSON.stringify({ format: 'kam-workbook', version: 1, tool: 'progress', exportedAt: NOW, locale: 'fa', data: { opened: ['kaism'], passed: ['kaism'] } });
    expect(importToolFile(progressDefinition, file)).toEqual({ ok: true, value: { opened: ['kaism'], passed: ['kaism'], quiz: {} } });
  });

  it('drops hostile or stale scores one by one and keeps the rest', () => {
    const good = { score: 4, total: 5, passedAt: NOW };
    const quiz = JSON.parse(
      `{"__proto__": {"score": 1, "total": 1, "passedAt": null}, "kaism": ${JSON.stringify(good)}, "gone-module": ${JSON.stringify(good)},
        "why-kam": {"score": 6, "total": 5, "passedAt": null}, "what-is-kam": {"score": 1.5, "total": 5, "passedAt": null},
        "account-profile": {"score": 2, "total": 5, "passedAt": "yesterday"}, "customer-types": "5/5",
        "relationship-types": {"score": -1, "total": 5, "passedAt": null}, "implementing-kam": {"score": 1, "total": 1e9, "passedAt": null}}`,
    );
    const envelope = JSON.stringify({ v: 2, savedAt: NOW, rev: 1, data: { opened: ['kaism'], passed: ['kaism'], quiz } });
    const result = restore(progressDefinition, envelope);
    expect(result).toMatchObject({ status: 'ok', data: { opened: ['kaism'], passed: ['kaism'], quiz: { kaism: good } } });
    expect(Object.keys(result.data.quiz)).toEqual(['kaism']);
    expect(({} as Record<string, unknown>)['score']).toBeUndefined();
    const text = exportTool(progressDefinition, result.data, 'en', NOW);
    expect(importToolFile(progressDefinition, text)).toEqual({ ok: true, value: result.data });
  });

  it('keeps aside progress whose score list is not a list of scores at all', () => {
    const envelope = JSON.stringify({ v: 2, savedAt: NOW, rev: 1, data: { opened: [], passed: [], quiz: 'all passed' } });
    expect(restore(progressDefinition, envelope)).toMatchObject({ status: 'unreadable' });
  });
});
