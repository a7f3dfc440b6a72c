import * as z from 'zod/mini';
import { parseJsonSafely } from './safe-json';
import type { StoredEnvelope, ToolDefinition } from './tool-definition';
import { upgrade, validate } from './validate';

/** The envelope's own fields; the data inside is checked by the tool's schema after migration. */
const envelopeSchema = z.object({
  v: z.number().check(z.int(), z.minimum(1)),
  savedAt: z.string().check(z.maxLength(64)),
  rev: z.number().check(z.int(), z.minimum(0)),
  data: z.unknown(),
});

export type RestoreResult<T> =
  | { status: 'empty'; data: T }
  | { status: 'ok' | 'migrated'; data: T; envelope: StoredEnvelope<T> }
  /** Written by a newer version of the site: not ours to read, back up or overwrite. */
  | { status: 'newer'; data: T; version: number; rev: number | null }
  | { status: 'unreadable'; data: T; reason: 'syntax' | 'envelope' | 'invalid' };

/** Turns what localStorage holds into a tool's state, never throwing and never guessing. */
export function restore<T>(definition: ToolDefinition<T>, raw: string | null): RestoreResult<T> {
  if (raw === null) return { status: 'empty', data: definition.empty() };
  const parsed = parseJsonSafely(raw);
  if (!parsed.ok) return { status: 'unreadable', data: definition.empty(), reason: 'syntax' };
  const newer = newerVersionOf(parsed.value, definition.version);
  if (newer) return { status: 'newer', data: definition.empty(), ...newer };
  const envelope = validate(envelopeSchema, parsed.value);
  if (!envelope.ok) return { status: 'unreadable', data: definition.empty(), reason: 'envelope' };
  const upgraded = upgrade(definition, envelope.data.v, envelope.data.data);
  if (!upgraded.ok) return { status: 'unreadable', data: definition.empty(), reason: 'invalid' };
  const { savedAt, rev } = envelope.data;
  return {
    status: upgraded.migrated ? 'migrated' : 'ok',
    data: upgraded.data,
    envelope: { v: definition.version, savedAt, rev, data: upgraded.data },
  };
}

/**
 * Only `v` is trusted to mean the same in every version: a newer version may change the rest of
 * the envelope, and its data must still be recognised as newer rather than called broken.
 */
function newerVersionOf(value: unknown, current: number): { version: number; rev: number | null } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { v, rev } = value as { v?: unknown; rev?: unknown };
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= current) return null;
  return { version: v, rev: typeof rev === 'number' && Number.isInteger(rev) ? rev : null };
}
