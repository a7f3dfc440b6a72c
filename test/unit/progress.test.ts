import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/domain/storage/backend';
import { toolKey } from '../../src/domain/storage/keys';
import { ToolStore } from '../../src/domain/storage/store';
import { progressDefinition } from '../../src/domain/progress';
import { readProgress, recordProgress } from '../../src/domain/storage/progress-beacon';
import { scoreQuiz } from '../../src/domain/quiz';
import { gzipSync } from 'node:zlib';
import { inlineCall, PREFERENCE_SCRIPT, THEME_SCRIPT } from '../../src/components/inline-scripts';
import { showModuleProgress } from '../../src/islands/progress/module-list';
import { startModulePage } from '../../src/islands/quiz/module-page';

const KEY = toolKey('progress');
const NOW = '2026-11-23T10:00:00.000Z';
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 23, 11, 0, tick++)).toISOString();
const storageOf = (backend: MemoryBackend) => ({ getItem: (k: string) => backend.get(k), setItem: (k: string, v: string) => backend.set(k, v) });

describe('progress beacon', () => {
  it('writes an envelope the storage module reads', () => {
    const backend = new MemoryBackend();
    const storage = storageOf(backend);
    expect(recordProgress(storage, KEY, 'kaism', 'opened', NOW, readProgress)).toBe(true);
    expect(recordProgress(storage, KEY, 'kaism', 'passed', NOW, readProgress)).toBe(true);
    expect(recordProgress(storage, KEY, 'kaism', 'opened', NOW, readProgress)).toBe(true);
    expect(new ToolStore(progressDefinition, backend, clock).state).toEqual({ opened: ['kaism'], passed: ['kaism'] });
  });

  it('leaves unreadable data, and data of a newer version, for the storage module to keep aside', () => {
    for (const saved of ['garbage', 'null', '5', JSON.stringify({ v: 2, rev: 1, savedAt: NOW, data: { opened: [], passed: [] } }), JSON.stringify({ v: 1, data: { opened: [3], passed: [] } })]) {
      const backend = new MemoryBackend();
      backend.set(KEY, saved);
      expect(recordProgress(storageOf(backend), KEY, 'kaism', 'opened', NOW, readProgress), saved).toBe(false);
      expect(backend.get(KEY)).toBe(saved);
    }
  });

  it('reports a full quota as not saved', () => {
    const backend = new MemoryBackend(10);
    expect(recordProgress(storageOf(backend), KEY, 'kaism', 'opened', NOW, readProgress)).toBe(false);
  });
});

describe('progress reader', () => {
  it('reads what the storage module writes, and an empty progress when nothing is saved', () => {
    const backend = new MemoryBackend();
    expect(readProgress(storageOf(backend), KEY)?.data).toEqual({ opened: [], passed: [] });
    const store = new ToolStore(progressDefinition, backend, clock);
    store.save({ opened: ['why-kam', 'kaism'], passed: ['why-kam'] });
    expect(readProgress(storageOf(backend), KEY)?.data).toEqual({ opened: ['why-kam', 'kaism'], passed: ['why-kam'] });
  });

  it('gives nothing for data it cannot vouch for', () => {
    const backend = new MemoryBackend();
    backend.set(KEY, JSON.stringify({ v: 2, data: { opened: ['kaism'], passed: [] } }));
    expect(readProgress(storageOf(backend), KEY)).toBeNull();
    backend.set(KEY, '{"v":1,"data":{"opened":"kaism"}}');
    expect(readProgress(storageOf(backend), KEY)).toBeNull();
    expect(readProgress({ getItem: () => { throw new DOMException('blocked', 'SecurityError'); } }, KEY)).toBeNull();
  });
});

/** A stand-in for the few DOM calls the module list makes. */
function fakeModuleList(slugs: string[], backend: MemoryBackend) {
  const items = slugs.map((slug) => {
    const holder = { dataset: {} as Record<string, string> };
    const label = { dataset: { new: 'New', opened: 'Opened', passed: 'Passed' } as Record<string, string>, textContent: 'New' };
    return { slug, holder, label, dataset: { module: slug }, querySelector: (selector: string) => (selector === '[data-status]' ? holder : label) };
  });
  const texts = { opened: ['0 opened', '1 opened', '2 opened'], passed: ['0 passed', '1 passed', '2 passed'], pair: '{first}, {second}' };
  const summary = { dataset: { texts: JSON.stringify(texts) }, textContent: '' };
  const document = {
    defaultView: { localStorage: storageOf(backend), addEventListener: () => {} },
    querySelectorAll: () => items,
    getElementById: (id: string) => (id === 'progress-summary' ? summary : null),
  };
  return { document, items, summary };
}

describe('module list, as inlined into the page', () => {
  const run = (page: ReturnType<typeof fakeModuleList>) => new Function('document', inlineCall(showModuleProgress, KEY, readProgress))(page.document);

  it('marks each module and sums up the progress', () => {
    const backend = new MemoryBackend();
    recordProgress(storageOf(backend), KEY, 'why-kam', 'opened', NOW, readProgress);
    recordProgress(storageOf(backend), KEY, 'why-kam', 'passed', NOW, readProgress);
    recordProgress(storageOf(backend), KEY, 'kaism', 'opened', NOW, readProgress);
    const page = fakeModuleList(['what-is-kam', 'why-kam', 'kaism'], backend);
    run(page);
    expect(page.items.map((item) => [item.holder.dataset['state'], item.label.textContent])).toEqual([
      ['new', 'New'],
      ['passed', 'Passed'],
      ['opened', 'Opened'],
    ]);
    expect(page.summary.textContent).toBe('2 opened, 1 passed');
  });

  it('shows nothing and changes nothing when the progress cannot be read', () => {
    const backend = new MemoryBackend();
    backend.set(KEY, '{"v":9}');
    const page = fakeModuleList(['why-kam'], backend);
    run(page);
    expect(page.items[0]?.holder.dataset['state']).toBeUndefined();
    expect(page.summary.textContent).toBe('');
    expect(backend.get(KEY)).toBe('{"v":9}');
  });
});

describe('module page, as inlined into the page', () => {
  it('marks the module opened, even without a quiz', () => {
    const backend = new MemoryBackend();
    const document = { defaultView: { localStorage: storageOf(backend) }, getElementById: () => null, querySelectorAll: () => [] };
    new Function('document', inlineCall(startModulePage, 'why-kam', KEY, readProgress, recordProgress, scoreQuiz))(document);
    expect(new ToolStore(progressDefinition, backend, clock).state).toEqual({ opened: ['why-kam'], passed: [] });
  });

  it('ticks the course navigation with the saved progress, this module included', () => {
    const backend = new MemoryBackend();
    recordProgress(storageOf(backend), KEY, 'what-is-kam', 'passed', NOW, readProgress);
    const items = ['what-is-kam', 'why-kam', 'kaism'].map((slug) => ({ dataset: { module: slug } as Record<string, string> }));
    const document = { defaultView: { localStorage: storageOf(backend) }, getElementById: () => null, querySelectorAll: () => items };
    new Function('document', inlineCall(startModulePage, 'why-kam', KEY, readProgress, recordProgress, scoreQuiz))(document);
    expect(items.map((item) => item.dataset['state'])).toEqual(['passed', 'opened', undefined]);
  });

  it('fits the content budget together with the theme scripts, as the build report counts it', () => {
    const code = inlineCall(startModulePage, 'corporate-and-operational', KEY, readProgress, recordProgress, scoreQuiz);
    expect(gzipSync(THEME_SCRIPT + PREFERENCE_SCRIPT + code).length).toBeLessThanOrEqual(1024);
  });
});
