import { describe, expect, it } from 'vitest';
import { MemoryBackend } from '../../src/domain/storage/backend';
import { toolKey } from '../../src/domain/storage/keys';
import { ToolStore } from '../../src/domain/storage/store';
import { progressDefinition } from '../../src/domain/progress';
import { readProgress, recordProgress } from '../../src/domain/storage/progress-beacon';
import { gzipSync } from 'node:zlib';
import { inlineCall, PREFERENCE_SCRIPT, THEME_SCRIPT } from '../../src/components/inline-scripts';
import { showModuleProgress } from '../../src/islands/progress/module-list';
import { startModulePage } from '../../src/islands/quiz/module-page';

const KEY = toolKey('progress');
const NOW = '2026-11-23T10:00:00.000Z';
const LATER = '2026-11-30T10:00:00.000Z';
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 23, 11, 0, tick++)).toISOString();
const storageOf = (backend: MemoryBackend) => ({ getItem: (k: string) => backend.get(k), setItem: (k: string, v: string) => backend.set(k, v) });
const stateOf = (backend: MemoryBackend) => new ToolStore(progressDefinition, backend, clock).state;
/** Progress as a site before quiz scores (version 1) saved it. */
const V1 = JSON.stringify({ v: 1, savedAt: NOW, rev: 7, data: { opened: ['what-is-kam', 'why-kam'], passed: ['what-is-kam'] } });

describe('progress beacon', () => {
  it('writes an envelope the storage module reads', () => {
    const backend = new MemoryBackend();
    const storage = storageOf(backend);
    expect(recordProgress(storage, KEY, 'kaism', NOW, readProgress)).not.toBeNull();
    expect(recordProgress(storage, KEY, 'kaism', NOW, readProgress, 4, 5, true)).not.toBeNull();
    expect(recordProgress(storage, KEY, 'kaism', NOW, readProgress)).not.toBeNull();
    expect(stateOf(backend)).toEqual({ opened: ['kaism'], passed: ['kaism'], quiz: { kaism: { score: 4, total: 5, passedAt: NOW } } });
  });

  it('keeps the best first-try score and the date of the first pass', () => {
    const backend = new MemoryBackend();
    const storage = storageOf(backend);
    recordProgress(storage, KEY, 'kaism', NOW, readProgress, 3, 5, false);
    expect(stateOf(backend).quiz.kaism).toEqual({ score: 3, total: 5, passedAt: null });
    recordProgress(storage, KEY, 'kaism', NOW, readProgress, 2, 5, true);
    expect(stateOf(backend).quiz.kaism).toEqual({ score: 3, total: 5, passedAt: NOW });
    recordProgress(storage, KEY, 'kaism', LATER, readProgress, 5, 5, true);
    expect(stateOf(backend).quiz.kaism).toEqual({ score: 5, total: 5, passedAt: NOW });
    // A quiz with another number of questions is a new quiz: its score replaces the old one.
    recordProgress(storage, KEY, 'kaism', LATER, readProgress, 2, 4, true);
    expect(stateOf(backend).quiz.kaism).toEqual({ score: 2, total: 4, passedAt: NOW });
  });

  it('writes nothing when nothing changed', () => {
    const backend = new MemoryBackend();
    recordProgress(storageOf(backend), KEY, 'kaism', NOW, readProgress, 5, 5, true);
    const saved = backend.get(KEY);
    recordProgress(storageOf(backend), KEY, 'kaism', LATER, readProgress, 4, 5, true);
    recordProgress(storageOf(backend), KEY, 'kaism', LATER, readProgress);
    expect(backend.get(KEY)).toBe(saved);
  });

  it('takes version 1 forward: old passes stay, with no score and no invented date', () => {
    const backend = new MemoryBackend();
    backend.set(KEY, V1);
    recordProgress(storageOf(backend), KEY, 'what-is-kam', LATER, readProgress, 4, 5, true);
    recordProgress(storageOf(backend), KEY, 'kaism', LATER, readProgress);
    const saved = JSON.parse(backend.get(KEY)!);
    expect(saved).toMatchObject({ v: 2, rev: 9 });
    expect(saved.data).toEqual({
      opened: ['what-is-kam', 'why-kam', 'kaism'],
      passed: ['what-is-kam'],
      quiz: { 'what-is-kam': { score: 4, total: 5, passedAt: null } },
    });
    expect(stateOf(backend)).toEqual(saved.data);
  });

  it('leaves unreadable data, and data of a newer version, for the storage module to keep aside', () => {
    const samples = [
      'garbage',
      'null',
      '5',
      JSON.stringify({ v: 3, rev: 1, savedAt: NOW, data: { opened: [], passed: [], quiz: {} } }),
      JSON.stringify({ v: 1, data: { opened: [3], passed: [] } }),
      JSON.stringify({ v: 1, data: null }),
      ...[[], null, 'x', 4].map((quiz) => JSON.stringify({ v: 2, rev: 1, data: { opened: [], passed: [], quiz } })),
    ];
    for (const saved of samples) {
      const backend = new MemoryBackend();
      backend.set(KEY, saved);
      expect(recordProgress(storageOf(backend), KEY, 'kaism', NOW, readProgress, 5, 5, true), saved).toBeNull();
      expect(backend.get(KEY)).toBe(saved);
    }
  });

  it('reports a full quota as not saved', () => {
    const backend = new MemoryBackend(10);
    expect(recordProgress(storageOf(backend), KEY, 'kaism', NOW, readProgress)).toBeNull();
  });
});

describe('progress reader', () => {
  it('reads what the storage module writes, and an empty progress when nothing is saved', () => {
    const backend = new MemoryBackend();
    expect(readProgress(storageOf(backend), KEY)?.data).toEqual({ opened: [], passed: [], quiz: {} });
    const store = new ToolStore(progressDefinition, backend, clock);
    const data = { opened: ['why-kam' as const, 'kaism' as const], passed: ['why-kam' as const], quiz: { 'why-kam': { score: 3, total: 4, passedAt: NOW } } };
    store.save(data);
    expect(readProgress(storageOf(backend), KEY)?.data).toEqual(data);
  });

  it('gives nothing for data it cannot vouch for', () => {
    const backend = new MemoryBackend();
    backend.set(KEY, JSON.stringify({ v: 3, data: { opened: ['kaism'], passed: [], quiz: {} } }));
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

  it('marks each module and sums up the progress, from version 1 as from version 2', () => {
    for (const saved of [V1, JSON.stringify({ v: 2, savedAt: NOW, rev: 1, data: { ...JSON.parse(V1).data, quiz: {} } })]) {
      const backend = new MemoryBackend();
      backend.set(KEY, saved);
      const page = fakeModuleList(['what-is-kam', 'why-kam', 'kaism'], backend);
      run(page);
      expect(page.items.map((item) => [item.holder.dataset['state'], item.label.textContent])).toEqual([
        ['passed', 'Passed'],
        ['opened', 'Opened'],
        ['new', 'New'],
      ]);
      expect(page.summary.textContent).toBe('2 opened, 1 passed');
      expect(backend.get(KEY)).toBe(saved);
    }
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

/** A stand-in for the module page's quiz: `key[q]` is question q's correct option. */
function fakeQuizPage(key: number[], backend: MemoryBackend) {
  let onChange: (event: { target: unknown }) => void = () => {};
  const result = { textContent: '' };
  const questions = key.map((correct, q) => {
    const live = { textContent: '' };
    const fieldset = { querySelector: () => live, inputs: [] as Array<{ id: string; checked: boolean; correct: boolean }> };
    fieldset.inputs = [0, 1, 2].map((o) => ({ id: `q${q}-o${o}`, checked: false, correct: o === correct, hasAttribute: () => o === correct, closest: () => fieldset }));
    return fieldset;
  });
  const inputs = () => questions.flatMap((question) => question.inputs);
  const form = {
    dataset: { passed: 'Quiz passed' },
    querySelectorAll: (selector: string) =>
      selector === 'fieldset' ? questions : inputs().filter((input) => input.checked && (selector === ':checked' || input.correct)),
    querySelector: () => result,
    addEventListener: (_: string, listener: typeof onChange) => (onChange = listener),
  };
  const document = {
    defaultView: { localStorage: storageOf(backend) },
    querySelectorAll: () => [],
    getElementById: (id: string) => (id === 'quiz' ? form : { textContent: `feedback ${id}` }),
  };
  const choose = (q: number, o: number) => {
    questions[q]!.inputs.forEach((input, i) => (input.checked = i === o));
    onChange({ target: questions[q]!.inputs[o] });
  };
  return { document, choose, result };
}

describe('module page, as inlined into the page', () => {
  const start = (slug: string, document: unknown) => new Function('document', inlineCall(startModulePage, slug, KEY, readProgress, recordProgress))(document);

  it('marks the module opened, even without a quiz', () => {
    const backend = new MemoryBackend();
    start('why-kam', { defaultView: { localStorage: storageOf(backend) }, getElementById: () => null, querySelectorAll: () => [] });
    expect(stateOf(backend)).toEqual({ opened: ['why-kam'], passed: [], quiz: {} });
  });

  it('ticks the course navigation with the saved progress, this module included', () => {
    const backend = new MemoryBackend();
    recordProgress(storageOf(backend), KEY, 'what-is-kam', NOW, readProgress, 3, 3, true);
    const items = ['what-is-kam', 'why-kam', 'kaism'].map((slug) => ({ dataset: { module: slug } as Record<string, string> }));
    start('why-kam', { defaultView: { localStorage: storageOf(backend) }, getElementById: () => null, querySelectorAll: () => items });
    expect(items.map((item) => item.dataset['state'])).toEqual(['passed', 'opened', undefined]);
  });

  it('scores the first choice on each question, once every question is answered, and records the pass', () => {
    const backend = new MemoryBackend();
    const page = fakeQuizPage([1, 0, 2], backend);
    start('kaism', page.document);
    page.choose(0, 0); // wrong first
    page.choose(0, 1);
    page.choose(1, 0);
    expect(stateOf(backend).quiz).toEqual({});
    page.choose(2, 1); // wrong first: every question answered, not passed
    expect(stateOf(backend)).toMatchObject({ passed: [], quiz: { kaism: { score: 1, total: 3, passedAt: null } } });
    expect(page.result.textContent).toBe('');
    page.choose(2, 2);
    expect(page.result.textContent).toBe('Quiz passed');
    expect(stateOf(backend)).toMatchObject({ passed: ['kaism'], quiz: { kaism: { score: 1, total: 3 } } });
    expect(stateOf(backend).quiz.kaism?.passedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
  });

  it('fits the content budget together with the theme scripts, as the build report counts it', () => {
    const code = inlineCall(startModulePage, 'corporate-and-operational', KEY, readProgress, recordProgress);
    expect(gzipSync(THEME_SCRIPT + PREFERENCE_SCRIPT + code).length).toBeLessThanOrEqual(1024);
  });
});
