import * as z from 'zod/mini';
import { parseJsonSafely } from './safe-json';
import type { ToolDefinition } from './tool-definition';
import { upgrade, validate, type FieldIssue } from './validate';

/**
 * One file format for every tool:
 *   {"format": "kam-workbook", "version": <data version>, "tool": "<id>", "exportedAt": ISO, "locale": "ar", "data": {...}}
 * and for everything at once, tool "workbook", version 1 (of the container), data.tools = { <id>: { version, data } }.
 */
export const FILE_FORMAT = 'kam-workbook';
export const WORKBOOK_TOOL = 'workbook';
export const WORKBOOK_FILE_VERSION = 1;
/** Files larger than this are refused before they are read into a string. */
export const MAX_IMPORT_BYTES = 1024 * 1024;

export type AnyDefinition = ToolDefinition<any>;

export type ImportError =
  | { kind: 'tooLarge'; bytes: number }
  | { kind: 'notJson'; line: number | null; column: number | null }
  | { kind: 'tooDeep' }
  | { kind: 'notWorkbook' }
  | { kind: 'newer'; version: number }
  | { kind: 'otherTool'; tool: string }
  | { kind: 'invalid'; issue: FieldIssue };

export type ImportResult<R> = { ok: true; value: R } | { ok: false; error: ImportError };

const headerSchema = z.object({
  format: z.literal(FILE_FORMAT),
  version: z.number().check(z.int(), z.minimum(1)),
  tool: z.string().check(z.maxLength(64)),
  exportedAt: z.optional(z.string().check(z.maxLength(64))),
  locale: z.optional(z.string().check(z.maxLength(16))),
  data: z.unknown(),
});

const workbookDataSchema = z.object({
  tools: z.record(
    z.string().check(z.regex(/^[a-z][a-z-]{0,40}$/)),
    z.object({ version: z.number().check(z.int(), z.minimum(1)), data: z.unknown() }),
  ),
});

export function exportTool<T>(definition: ToolDefinition<T>, data: T, locale: string, now: string): string {
  return JSON.stringify(
    { format: FILE_FORMAT, version: definition.version, tool: definition.id, exportedAt: now, locale, data },
    null,
    2,
  );
}

export function exportWorkbook(entries: Array<{ definition: AnyDefinition; data: unknown }>, locale: string, now: string): string {
  const tools = Object.fromEntries(entries.map(({ definition, data }) => [definition.id, { version: definition.version, data }]));
  return JSON.stringify(
    { format: FILE_FORMAT, version: WORKBOOK_FILE_VERSION, tool: WORKBOOK_TOOL, exportedAt: now, locale, data: { tools } },
    null,
    2,
  );
}

/** "kam-kaism-2026-11-23.json" */
export function exportFileName(tool: string, now: string): string {
  return `kam-${tool}-${now.slice(0, 10)}.json`;
}

interface Header {
  version: number;
  tool: string;
  data: unknown;
}

/** Reads the outer envelope: size, JSON, depth and the format's own fields. */
export function readHeader(text: string, bytes: number = new TextEncoder().encode(text).length): ImportResult<Header> {
  if (bytes > MAX_IMPORT_BYTES) return { ok: false, error: { kind: 'tooLarge', bytes } };
  const parsed = parseJsonSafely(text.replace(/^\uFEFF/, ''));
  if (!parsed.ok) {
    return parsed.problem === 'tooDeep'
      ? { ok: false, error: { kind: 'tooDeep' } }
      : { ok: false, error: { kind: 'notJson', line: parsed.line, column: parsed.column } };
  }
  const value = parsed.value;
  if (typeof value !== 'object' || value === null || (value as { format?: unknown }).format !== FILE_FORMAT) {
    return { ok: false, error: { kind: 'notWorkbook' } };
  }
  const header = validate(headerSchema, value);
  if (!header.ok) return { ok: false, error: { kind: 'invalid', issue: header.issue } };
  return { ok: true, value: header.data };
}

function upgradeInto<T>(definition: ToolDefinition<T>, version: number, data: unknown, path: (string | number)[]): ImportResult<T> {
  const upgraded = upgrade(definition, version, data);
  if (upgraded.ok) return { ok: true, value: upgraded.data };
  if (upgraded.reason === 'newer') return { ok: false, error: { kind: 'newer', version: upgraded.version } };
  if (upgraded.reason === 'invalid') {
    return { ok: false, error: { kind: 'invalid', issue: { ...upgraded.issue, path: [...path, ...upgraded.issue.path] } } };
  }
  return { ok: false, error: { kind: 'invalid', issue: { path: [...path, 'version'], problem: 'invalid' } } };
}

/**
 * Reads a file for one tool. A workbook file is accepted too when it holds that tool's data; a
 * file for another tool is refused with that tool's name.
 */
export function importToolFile<T>(definition: ToolDefinition<T>, text: string, bytes?: number): ImportResult<T> {
  const header = readHeader(text, bytes);
  if (!header.ok) return header;
  const { tool, version, data } = header.value;
  if (tool === WORKBOOK_TOOL) {
    const workbook = readWorkbookData(version, data);
    if (!workbook.ok) return workbook;
    const entry = workbook.value[definition.id];
    if (!entry) return { ok: false, error: { kind: 'otherTool', tool: WORKBOOK_TOOL } };
    return upgradeInto(definition, entry.version, entry.data, ['data', 'tools', definition.id, 'data']);
  }
  if (tool !== definition.id) return { ok: false, error: { kind: 'otherTool', tool } };
  return upgradeInto(definition, version, data, ['data']);
}

function readWorkbookData(version: number, data: unknown): ImportResult<Record<string, { version: number; data: unknown }>> {
  if (version > WORKBOOK_FILE_VERSION) return { ok: false, error: { kind: 'newer', version } };
  const checked = validate(workbookDataSchema, data);
  if (!checked.ok) return { ok: false, error: { kind: 'invalid', issue: { ...checked.issue, path: ['data', ...checked.issue.path] } } };
  // A null-prototype copy: a "__proto__" tool name is then just a name, never a prototype.
  const tools: Record<string, { version: number; data: unknown }> = Object.create(null);
  for (const [id, entry] of Object.entries(checked.data.tools)) tools[id] = entry;
  if (Object.keys(tools).length === 0) {
    return { ok: false, error: { kind: 'invalid', issue: { path: ['data', 'tools'], problem: 'missing' } } };
  }
  return { ok: true, value: tools };
}

/**
 * Reads a file on the workbook page: a workbook file, or one tool's file. Every tool in it must
 * be valid, or nothing is imported. Tools this build does not know are refused by name.
 */
export function importWorkbookFile(definitions: readonly AnyDefinition[], text: string, bytes?: number): ImportResult<Map<string, unknown>> {
  const header = readHeader(text, bytes);
  if (!header.ok) return header;
  const { tool, version, data } = header.value;
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  const result = new Map<string, unknown>();
  if (tool !== WORKBOOK_TOOL) {
    const definition = byId.get(tool);
    if (!definition) return { ok: false, error: { kind: 'otherTool', tool } };
    const single = upgradeInto(definition, version, data, ['data']);
    if (!single.ok) return single;
    result.set(tool, single.value);
    return { ok: true, value: result };
  }
  const workbook = readWorkbookData(version, data);
  if (!workbook.ok) return workbook;
  for (const [id, entry] of Object.entries(workbook.value)) {
    const definition = byId.get(id);
    if (!definition) return { ok: false, error: { kind: 'otherTool', tool: id } };
    const upgraded = upgradeInto(definition, entry.version, entry.data, ['data', 'tools', id, 'data']);
    if (!upgraded.ok) return upgraded;
    result.set(id, upgraded.value);
  }
  return { ok: true, value: result };
}
