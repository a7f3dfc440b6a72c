import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { MemoryBackend } from '../../src/domain/storage/backend';
import { listBackups } from '../../src/domain/storage/backups';
import { toolKey } from '../../src/domain/storage/keys';
import { readProgress, recordProgress } from '../../src/domain/storage/progress-beacon';
import { combineOutcomes, saveTogether } from '../../src/domain/storage/save-outcome';
import { ToolStore } from '../../src/domain/storage/store';
import type { ToolDefinition } from '../../src/domain/storage/tool-definition';
import { SharedStorage } from './support/shared-storage';

/** A tool at version 2; version 1 was {count}. */
const notes: ToolDefinition<{ total: number }> = {
  id: 'notes',
  version: 2,
  schema: z.object({ total: z.number() }),
  migrations: [(v1) => ({ total: (v1 as { count: number }).count })],
  empty: () => ({ total: 0 }),
  isEmpty: (data) => data.total === 0,
};
const KEY = toolKey('notes');
const envelope = (v: number, data: unknown, rev: number) => JSON.stringify({ v, savedAt: '2026-01-01T00:00:00.000Z', rev, data });
const revOf = (raw: string | null | undefined) => (raw ? (JSON.parse(raw) as { rev: number }).rev : null);
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 23, 14, 3, tick++)).toISOString();

describe('data saved by a newer version', () => {
  const newer = envelope(3, { total: 5, shape: 'from the future' }, 9);

  it('stays untouched: no backup, no removal, every save and clear refused', () => {
    const backend = new MemoryBackend();
    backend.set(KEY, newer);
    const store = new ToolStore(notes, backend, clock);
    expect(store.state).toEqual({ total: 0 });
    expect(store.newerVersion).toBe(3);
    expect(store.notices).toEqual([{ kind: 'newer', version: 3 }]);
    expect(listBackups(backend)).toEqual([]);
    expect(store.save({ total: 1 })).toBe('newer');
    expect(store.state).toEqual({ total: 0 });
    expect(store.clear()).toBe('newer');
    expect(backend.get(KEY)).toBe(newer);
    expect(backend.keys()).toEqual([KEY]);
  });

  it('arriving from another tab makes this page read-only, keeping what it shows', () => {
    const shared = new SharedStorage();
    const store = new ToolStore(notes, shared.tab(), clock);
    store.save({ total: 2 });
    shared.tab().set(KEY, newer);
    expect(store.notices).toContainEqual({ kind: 'newer', version: 3 });
    expect(store.state).toEqual({ total: 2 });
    expect(store.save({ total: 4 })).toBe('newer');
    expect(shared.items.get(KEY)).toBe(newer);
  });

  it('found only at save time (no event came) is not overwritten either', () => {
    const shared = new SharedStorage();
    const tab = shared.tab();
    const store = new ToolStore(notes, tab, clock);
    tab.holding = true;
    shared.tab().set(KEY, newer);
    expect(store.save({ total: 4 })).toBe('newer');
    expect(shared.items.get(KEY)).toBe(newer);
    expect(store.newerVersion).toBe(3);
  });

  it('is never overwritten by the progress beacon', () => {
    const backend = new MemoryBackend();
    const future = JSON.stringify({ v: 3, savedAt: 'x', rev: 4, data: { opened: ['a'], passed: [], quiz: {}, badges: [] } });
    backend.set(toolKey('progress'), future);
    const storage = { getItem: (k: string) => backend.get(k), setItem: (k: string, v: string) => backend.set(k, v) };
    expect(recordProgress(storage, toolKey('progress'), 'kaism', '2026-11-23T10:00:00.000Z', readProgress, 3, 5, false)).toBeNull();
    expect(backend.get(toolKey('progress'))).toBe(future);
  });
});

describe('revisions never go backwards', () => {
  it('a stale tab cannot save over a clear', () => {
    const shared = new SharedStorage();
    const [tabA, tabB] = [shared.tab(), shared.tab()];
    const a = new ToolStore(notes, tabA, clock);
    const b = new ToolStore(notes, tabB, clock);
    a.save({ total: 1 });
    b.save({ total: 2 });
    expect(a.state).toEqual({ total: 2 });
    tabB.holding = true; // B does not hear of the clear before its next save
    expect(a.clear()).toBe('saved');
    expect(b.save({ total: 3 })).toBe('conflict');
    expect(b.state).toEqual({ total: 0 });
    expect(b.notices).toContainEqual({ kind: 'conflict' });
    expect(JSON.parse(shared.items.get(KEY) ?? '')).toMatchObject({ data: { total: 0 }, rev: 3 });
    tabB.release();
    expect(b.state).toEqual({ total: 0 });
  });

  it('climbs through saves, clears and imports in two tabs', () => {
    const shared = new SharedStorage();
    const a = new ToolStore(notes, shared.tab(), clock);
    const b = new ToolStore(notes, shared.tab(), clock);
    const revs: Array<number | null> = [];
    const steps = [() => a.save({ total: 1 }), () => b.save({ total: 2 }), () => a.clear(), () => b.save({ total: 3 }), () => b.clear(), () => a.clear(), () => saveTogether([{ store: a, data: { total: 9 } }])];
    for (const step of steps) {
      expect(step()).toBe('saved');
      revs.push(revOf(shared.items.get(KEY)));
    }
    expect(revs).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(b.state).toEqual({ total: 9 });
  });

  it('a removal from elsewhere does not reset the counter', () => {
    const shared = new SharedStorage();
    const a = new ToolStore(notes, shared.tab(), clock);
    a.save({ total: 1 });
    a.save({ total: 2 });
    shared.tab().remove(KEY);
    expect(a.state).toEqual({ total: 0 });
    expect(a.save({ total: 5 })).toBe('saved');
    expect(revOf(shared.items.get(KEY))).toBe(3);
  });

  it('a full quota mid-way keeps the work on the page and still cannot overwrite newer work', () => {
    const shared = new SharedStorage();
    const [tabA, tabB] = [shared.tab(), shared.tab()];
    const a = new ToolStore(notes, tabA, clock);
    const b = new ToolStore(notes, tabB, clock);
    a.save({ total: 1 });
    tabA.refuseWith = 'QuotaExceededError';
    expect(a.save({ total: 10 })).toBe('quota');
    expect(a.state).toEqual({ total: 10 });
    expect(a.notices).toContainEqual({ kind: 'quota' });
    tabA.holding = true;
    b.save({ total: 20 });
    tabA.refuseWith = null;
    expect(a.save({ total: 11 })).toBe('conflict');
    expect(a.state).toEqual({ total: 20 });
    expect(a.notices.some((notice) => notice.kind === 'quota')).toBe(false);
  });

  it('a tab whose storage was switched off saves again once it is back, if nobody saved meanwhile', () => {
    const shared = new SharedStorage();
    const tab = shared.tab();
    const a = new ToolStore(notes, tab, clock);
    a.save({ total: 1 });
    tab.refuseWith = 'SecurityError';
    expect(a.save({ total: 2 })).toBe('unavailable');
    expect(a.notices).toContainEqual({ kind: 'unavailable', during: 'save' });
    tab.refuseWith = null;
    expect(a.save({ total: 3 })).toBe('saved');
    expect(a.notices.some((notice) => notice.kind === 'unavailable')).toBe(false);
    expect(revOf(shared.items.get(KEY))).toBe(2);
  });

  it('follows another tab that writes an older version, and ignores stale revisions', () => {
    const shared = new SharedStorage();
    const a = new ToolStore(notes, shared.tab(), clock);
    a.save({ total: 1 });
    shared.tab().set(KEY, envelope(1, { count: 7 }, 5));
    expect(a.state).toEqual({ total: 7 });
    shared.tab().set(KEY, envelope(2, { total: 3 }, 4));
    expect(a.state).toEqual({ total: 7 });
    expect(a.save({ total: 8 })).toBe('saved');
    expect(revOf(shared.items.get(KEY))).toBe(6);
  });
});

describe('save outcomes', () => {
  it('says when and that it saved, once per save, without piling up', () => {
    const store = new ToolStore(notes, new MemoryBackend(), clock);
    expect(store.save({ total: 1 })).toBe('saved');
    expect(store.save({ total: 2 })).toBe('saved');
    const saved = store.notices.filter((notice) => notice.kind === 'saved');
    expect(saved).toEqual([{ kind: 'saved', at: store.savedAt }]);
  });

  it('memory when storage was refused from the start', () => {
    expect(new ToolStore(notes, null, clock).save({ total: 1 })).toBe('memory');
  });

  it('a clear that cannot be written leaves both the page and the stored work as they were', () => {
    const tab = new SharedStorage().tab();
    const store = new ToolStore(notes, tab, clock);
    store.save({ total: 4 });
    tab.refuseWith = 'QuotaExceededError';
    expect(store.clear()).toBe('quota');
    expect(store.state).toEqual({ total: 4 });
    expect(JSON.parse(tab.get(KEY) ?? '').data).toEqual({ total: 4 });
  });

  it('several stores save together or not at all', () => {
    const shared = new SharedStorage();
    const tab = shared.tab();
    const other: ToolDefinition<{ total: number }> = { ...notes, id: 'other' };
    const first = new ToolStore(notes, tab, clock);
    const second = new ToolStore(other, tab, clock);
    first.save({ total: 1 });
    second.save({ total: 1 });
    const set = tab.set.bind(tab);
    tab.set = (key, value) => {
      if (key === toolKey('other')) throw new DOMException('full', 'QuotaExceededError');
      set(key, value);
    };
    expect(saveTogether([{ store: first, data: { total: 5 } }, { store: second, data: { total: 5 } }])).toBe('quota');
    expect([first.state, second.state]).toEqual([{ total: 1 }, { total: 1 }]);
    expect(JSON.parse(shared.items.get(KEY) ?? '').data).toEqual({ total: 1 });
  });

  it('combines outcomes by the worst one', () => {
    expect(combineOutcomes([])).toBe('saved');
    expect(combineOutcomes(['saved', 'memory'])).toBe('memory');
    expect(combineOutcomes(['saved', 'quota', 'conflict'])).toBe('conflict');
    expect(combineOutcomes(['newer', 'quota'])).toBe('newer');
  });
});

// An edit shows at once and is written after the frame that shows it (the island flushes): a large
// portfolio's JSON and localStorage write stay out of the time the user waits for.
describe('staged edits', () => {
  it('show at once, write nothing until flushed, then report the save', () => {
    const backend = new MemoryBackend();
    const store = new ToolStore(notes, backend, clock);
    const seen: number[] = [];
    store.subscribe((state) => seen.push(state.total));
    expect(store.stage({ total: 1 })).toBe('staged');
    expect(store.stage({ total: 2 })).toBe('staged');
    expect(store.state).toEqual({ total: 2 });
    expect(seen).toEqual([1, 2]);
    expect(backend.get(KEY)).toBeNull();
    expect(store.hasUnsaved).toBe(true);
    expect(store.flush()).toBe('saved');
    expect(revOf(backend.get(KEY))).toBe(1);
    expect(JSON.parse(backend.get(KEY) ?? '').data).toEqual({ total: 2 });
    expect(store.notices.map((n) => n.kind)).toEqual(['saved']);
    expect(store.hasUnsaved).toBe(false);
    expect(store.flush()).toBeNull();
  });

  it('are refused, leaving the page as it was, when a newer version owns the data', () => {
    const backend = new MemoryBackend();
    backend.set(KEY, envelope(3, { total: 5 }, 9));
    const store = new ToolStore(notes, backend, clock);
    expect(store.stage({ total: 1 })).toBe('newer');
    expect(store.state).toEqual({ total: 0 });
    expect(store.flush()).toBeNull();
  });

  it('lose to another tab that saved in between, and the page says so', () => {
    const shared = new SharedStorage();
    const store = new ToolStore(notes, shared.tab(), clock);
    store.save({ total: 1 });
    store.stage({ total: 2 });
    const other = new ToolStore(notes, shared.tab(), clock);
    other.save({ total: 7 });
    expect(store.state).toEqual({ total: 7 });
    expect(store.notices.map((n) => n.kind)).toContain('conflict');
    expect(store.flush()).toBeNull();
    expect(JSON.parse(shared.items.get(KEY) ?? '').data).toEqual({ total: 7 });
  });

  it('are written by a save that comes first (an import), which then supersedes them', () => {
    const backend = new MemoryBackend();
    const store = new ToolStore(notes, backend, clock);
    store.stage({ total: 2 });
    expect(store.save({ total: 9 })).toBe('saved');
    expect(store.flush()).toBeNull();
    expect(JSON.parse(backend.get(KEY) ?? '').data).toEqual({ total: 9 });
  });
});
