import type { ZodMiniType } from 'zod/mini';

/** A migration turns one version of a tool's data into the next; it may assume nothing else. */
export type Migration = (previous: unknown) => unknown;

/** What the storage module and the file format need to know about one tool's data. */
export interface ToolDefinition<T> {
  id: string;
  /** The version of the data this build writes. Version 1 is the first; there is no version 0. */
  version: number;
  /** Validates data of the current version (and strips unknown keys). */
  schema: ZodMiniType<T, unknown>;
  /** migrations[n - 1] turns version n into version n + 1, so migrations.length === version - 1. */
  migrations: readonly Migration[];
  empty(): T;
  /** True when there is nothing worth keeping, so the workbook can say "not used yet". */
  isEmpty(data: T): boolean;
}

/** The stored envelope around a tool's data. `rev` counts saves so two tabs can tell newer from older. */
export interface StoredEnvelope<T> {
  v: number;
  savedAt: string;
  rev: number;
  data: T;
}
