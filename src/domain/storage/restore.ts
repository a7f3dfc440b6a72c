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
  | { status: 'unreadable'; data: T; reason: 'syntax' | 'envelope' | 'newer' | 'invalid' };

/** Turns what localStorage holds into a tool's state, never throwing and never guessing. */
export function restore<T>(definition: ToolDefinition<T>, raw: string | null): RestoreResult<T> {
  if (raw === null) return { status: 'empty', data: definition.empty() };
  const parsed = parseJsonSafely(raw);
  if (!parsed.ok) return { status: 'unreadable', data: definition.empty(), reason: 'syntax' };
  const envelope = validate(envelopeSchema, parsed.value);
  if (!envelope.ok) return { status: 'unreadable', data: definition.empty(), reason: 'envelope' };
  const upgraded = upgrade(definition, envelope.data.v, envelope.data.data);
  if (!upgraded.ok) {
    return { status: 'unreadable', data: definition.empty(), reason: upgraded.reason === 'newer' ? 'newer' : 'invalid' };
  }
  const { savedAt, rev } = envelope.data;
  return {
    status: upgraded.migrated ? 'migrated' : 'ok',
    data: upgraded.data,
    envelope: { v: definition.version, savedAt, rev, data: upgraded.data },
  };
}
