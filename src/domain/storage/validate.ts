import type { ZodMiniType } from 'zod/mini';
import type { Migration, ToolDefinition } from './tool-definition';

/** Why a value failed validation, in terms a translated message can explain. */
export type FieldProblem = 'missing' | 'type' | 'range' | 'tooLong' | 'tooMany' | 'invalid';

export interface FieldIssue {
  path: (string | number)[];
  problem: FieldProblem;
}

export type Validated<T> = { ok: true; data: T } | { ok: false; issue: FieldIssue };

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  origin?: string;
}

export function problemOf(issue: ZodIssueLike): FieldProblem {
  if (issue.code === 'invalid_type') return issue.input === undefined ? 'missing' : 'type';
  if (issue.code === 'too_big' || issue.code === 'too_small') {
    if (issue.origin === 'string') return 'tooLong';
    if (issue.origin === 'array') return issue.code === 'too_big' ? 'tooMany' : 'missing';
    return 'range';
  }
  return 'invalid';
}

export function validate<T>(schema: ZodMiniType<T, unknown>, value: unknown): Validated<T> {
  const result = schema.safeParse(value, { reportInput: true });
  if (result.success) return { ok: true, data: result.data };
  const first = result.error.issues[0] as ZodIssueLike | undefined;
  const path = (first?.path ?? []).map((segment) => (typeof segment === 'number' ? segment : String(segment)));
  return { ok: false, issue: { path, problem: first ? problemOf(first) : 'invalid' } };
}

export type Upgraded<T> =
  | { ok: true; data: T; migrated: boolean }
  | { ok: false; reason: 'newer'; version: number }
  | { ok: false; reason: 'invalid'; issue: FieldIssue }
  | { ok: false; reason: 'migrationFailed'; from: number };

/** Runs every migration from `version` up to the tool's current version, then validates. */
export function upgrade<T>(definition: ToolDefinition<T>, version: number, data: unknown): Upgraded<T> {
  if (!Number.isInteger(version) || version < 1) {
    return { ok: false, reason: 'invalid', issue: { path: ['version'], problem: 'invalid' } };
  }
  if (version > definition.version) return { ok: false, reason: 'newer', version };
  let current = data;
  for (let from = version; from < definition.version; from += 1) {
    const migration: Migration | undefined = definition.migrations[from - 1];
    if (!migration) return { ok: false, reason: 'migrationFailed', from };
    try {
      current = migration(current);
    } catch {
      return { ok: false, reason: 'migrationFailed', from };
    }
  }
  const checked = validate(definition.schema, current);
  if (!checked.ok) return { ok: false, reason: 'invalid', issue: checked.issue };
  return { ok: true, data: checked.data, migrated: version < definition.version };
}
