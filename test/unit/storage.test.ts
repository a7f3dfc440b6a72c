import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { MemoryBackend } from '../../src/domain/storage/backend';
import { listBackups, discardBackup } from '../../src/domain/storage/backups';
import { backupKey, toolKey } from '../../src/domain/storage/keys';
import { restore } from '../../src/domain/storage/restore';
import { ToolStore } from '../../src/domain/storage/store';
import type { ToolDefinition } from '../../src/domain/storage/tool-definition';
import { kaismDefinition } from '../../src/domain/kaism/model';
import { examplePortfolio } from '../../src/domain/kaism/example';

/** A tool with three versions, to prove the migration chain: v1 {count}, v2 {total}, v3 {total, unit}. */
const notes: ToolDefinition<{ total: number; unit: string }> = {
  id: 'notes',
  version: 3,
  schema: z.object({ total: z.number().check(z.minimum(0)), unit: z.string() }),
  migrations: [
    (v1) => ({ total: (v1 as { count: number }).count }),
    (v2) => ({ ...(v2 as object), unit: 'pcs' }),
  ],
  empty: () => ({ total: 0, unit: 'pcs' }),
  isEmpty: (data) => data.total === 0,
};

const envelope = (v: number, data: unknown, rev = 1) => JSON.stringify({ v, savedAt: '2026-01-01T00:00:00.000Z', rev, data });
let tick = 0;
const clock = () => new Date(Date.UTC(2026, 10, 23, 10, 0, tick++)).toISOString();

describe('restore', () => {
  it('migrates every older version to the current one', () => {
    expect(restore(notes, envelope(1, { count: 4 }))).toMatchObject({ status: 'migrated', data: { total: 4, unit: 'pcs' } });
    expect(restore(notes, envelope(2, { total: 5 }))).toMatchObject({ status: 'migrated', data: { total: 5, unit: 'pcs' } });
    expect(restore(notes, envelope(3, { total: 6, unit: 'kg' }))).toMatchObject({ status: 'ok', data: { total: 6, unit: 'kg' } });
  });

  it('calls broken and invalid data unreadable and starts empty', () => {
    expect(restore(notes, '{not json')).toMatchObject({ status: 'unreadable', reason: 'syntax', data: { total: 0 } });
    expect(restore(notes, '"just a string"')).toMatchObject({ status: 'unreadable', reason: 'envelope' });
    expect(restore(notes, envelope(3, { total: -1, unit: 'kg' }))).toMatchObject({ status: 'unreadable', reason: 'invalid' });
    expect(restore(notes, null)).toMatchObject({ status: 'empty' });
  });

  it('reports data from a newer version as its own status, not as unreadable', () => {
    expect(restore(notes, envelope(4, { total: 1, shape: 'new' }, 9))).toMatchObject({ status: 'newer', version: 4, rev: 9, data: { total: 0 } });
  });
});

describe('ToolStore', () => {
  it('saves and reads back through the envelope', () => {
    const backend = new MemoryBackend();
    const store = new ToolStore(notes, backend, clock);
    expect(store.save({ total: 3, unit: 'kg' })).toBe('saved');
    const again = new ToolStore(notes, backend, clock);
    expect(again.state).toEqual({ total: 3, unit: 'kg' });
    expect(again.savedAt).not.toBeNull();
  });

  it('keeps unreadable data aside under a backup key, tells the user, and never loses it', () => {
    const backend = new MemoryBackend();
    backend.set(toolKey('notes'), '{"v":3,"rev":1,"data":{"total":"lots"');
    const store = new ToolStore(notes, backend, clock);
    expect(store.state).toEqual({ total: 0, unit: 'pcs' });
    const notice = store.notices.find((n) => n.kind === 'corrupt');
    expect(notice).toMatchObject({ kind: 'corrupt', raw: '{"v":3,"rev":1,"data":{"total":"lots"' });
    const backups = listBackups(backend);
    expect(backups).toHaveLength(1);
    expect(backups[0]?.raw).toBe('{"v":3,"rev":1,"data":{"total":"lots"');
    // Saving after that is allowed: the original text is safe in the backup.
    expect(store.save({ total: 1, unit: 'pcs' })).toBe('saved');
    expect(listBackups(backend)[0]?.raw).toBe('{"v":3,"rev":1,"data":{"total":"lots"');
    discardBackup(backend, backups[0]?.key ?? '');
    expect(listBackups(backend)).toHaveLength(0);
  });

  it('does not overwrite unreadable data it could not back up, and works in memory', () => {
    const raw = 'x'.repeat(50);
    const backend = new MemoryBackend(toolKey('notes').length + raw.length + 10);
    backend.set(toolKey('notes'), raw);
    const store = new ToolStore(notes, backend, clock);
    expect(store.notices).toContainEqual({ kind: 'corrupt', raw, backupKey: null });
    expect(store.persistent).toBe(false);
    expect(store.save({ total: 2, unit: 'pcs' })).toBe('memory');
    expect(backend.get(toolKey('notes'))).toBe(raw);
    expect(store.state.total).toBe(2);
  });

  it('reports a full quota and keeps the state in memory', () => {
    const backend = new MemoryBackend(200);
    const store = new ToolStore(notes, backend, clock);
    expect(store.save({ total: 1, unit: 'x'.repeat(500) })).toBe('quota');
    expect(store.notices).toContainEqual({ kind: 'quota' });
    expect(store.state.unit).toHaveLength(500);
    // Once it fits again, the notice goes away.
    expect(store.save({ total: 1, unit: 'ok' })).toBe('saved');
    expect(store.notices.some((n) => n.kind === 'quota')).toBe(false);
  });

  it('works in memory and says so when storage is missing', () => {
    const store = new ToolStore(notes, null, clock);
    expect(store.notices).toContainEqual({ kind: 'unavailable', during: 'load' });
    expect(store.save({ total: 9, unit: 'pcs' })).toBe('memory');
    expect(store.state.total).toBe(9);
  });

  it('works in memory when reading storage throws (private mode)', () => {
    const backend = new MemoryBackend();
    backend.get = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const store = new ToolStore(notes, backend, clock);
    expect(store.persistent).toBe(false);
    expect(store.notices).toContainEqual({ kind: 'unavailable', during: 'load' });
  });

  it('follows another tab and does not overwrite its newer save', () => {
    const backend = new MemoryBackend();
    const tabA = new ToolStore(notes, backend, clock);
    const tabB = new ToolStore(notes, backend, clock);
    tabA.save({ total: 1, unit: 'a' });
    // B has not heard of A's save yet (no event): its save must not clobber A's.
    expect(tabB.save({ total: 2, unit: 'b' })).toBe('conflict');
    expect(tabB.state).toEqual({ total: 1, unit: 'a' });
    expect(tabB.notices).toContainEqual({ kind: 'conflict' });
    expect(new ToolStore(notes, backend, clock).state).toEqual({ total: 1, unit: 'a' });
  });

  it('picks up a change announced from another tab', () => {
    const backend = new MemoryBackend();
    const store = new ToolStore(notes, backend, clock);
    const seen: number[] = [];
    store.subscribe((state) => seen.push(state.total));
    backend.writeFromElsewhere(toolKey('notes'), envelope(3, { total: 7, unit: 'kg' }, 5));
    expect(store.state.total).toBe(7);
    expect(seen).toEqual([7]);
    // An older revision arriving late is ignored.
    backend.writeFromElsewhere(toolKey('notes'), envelope(3, { total: 1, unit: 'kg' }, 2));
    expect(store.state.total).toBe(7);
    // Then this tab's save continues from the newer revision.
    expect(store.save({ total: 8, unit: 'kg' })).toBe('saved');
  });

  it('clears a tool by saving the empty state with the next revision, never by removing it', () => {
    const backend = new MemoryBackend();
    const store = new ToolStore(notes, backend, clock);
    store.save({ total: 4, unit: 'pcs' });
    expect(store.clear()).toBe('saved');
    expect(JSON.parse(backend.get(toolKey('notes')) ?? 'null')).toMatchObject({ v: 3, rev: 2, data: { total: 0, unit: 'pcs' } });
    expect(store.state.total).toBe(0);
  });

  it('keeps backups apart per tool and time', () => {
    expect(backupKey('kaism', '2026-01-01T00:00:00.000Z')).toBe('kam:backup:kaism:2026-01-01T00:00:00.000Z');
  });
});

describe('kaism definition', () => {
  it('accepts the example portfolio and refuses misaligned scores', () => {
    const example = examplePortfolio();
    expect(kaismDefinition.schema.safeParse(example).success).toBe(true);
    const broken = structuredClone(example);
    broken.accounts[0]?.attractiveness.pop();
    expect(kaismDefinition.schema.safeParse(broken).success).toBe(false);
  });
});
