import type { ImportError } from '../../domain/storage/file-format';
import { formatBytes } from '../../domain/format';

/**
 * The strings this module needs for any file; the names of a tool's own fields come from its
 * descriptor in the registry (`io.field.<name>`).
 */
export const IMPORT_ERROR_KEYS = [
  'io.tooLarge',
  'io.notJson',
  'io.notJson.noPosition',
  'io.notWorkbook',
  'io.newer',
  'io.otherTool',
  'io.invalidField',
  'io.tooDeep',
  'io.unreadable',
  'io.problem.missing',
  'io.problem.type',
  'io.problem.range',
  'io.problem.tooLong',
  'io.problem.tooMany',
  'io.problem.invalid',
  'io.field.root',
  'io.field.item',
  'io.field.data',
  'io.field.tools',
  'io.field.version',
  'io.field.tool',
  'io.field.format',
  'io.field.exportedAt',
  'io.field.locale',
] as const;
export type ImportErrorKey = (typeof IMPORT_ERROR_KEYS)[number];

type T = (key: ImportErrorKey, vars?: Record<string, string | number>) => string;

/** ["data", "accounts", 2, "volume"] → "the tool’s data › accounts › entry 3 › sales volume" */
export function describePath(path: readonly (string | number)[], t: T, strings: Record<string, string>): string {
  if (path.length === 0) return t('io.field.root');
  return path
    .map((segment) => {
      if (typeof segment === 'number') return t('io.field.item', { n: segment + 1 });
      const key = `io.field.${segment}`;
      return key in strings ? (strings[key] as string) : segment;
    })
    .join(' › ');
}

export function describeImportError(error: ImportError, t: T, strings: Record<string, string>, localeTag: string, toolName: (id: string) => string): string {
  switch (error.kind) {
    case 'tooLarge':
      return t('io.tooLarge', { size: formatBytes(localeTag, error.bytes) });
    case 'notJson':
      return error.line === null
        ? t('io.notJson.noPosition')
        : t('io.notJson', { line: error.line, column: error.column ?? 1 });
    case 'tooDeep':
      return t('io.tooDeep');
    case 'notWorkbook':
      return t('io.notWorkbook');
    case 'newer':
      return t('io.newer', { version: error.version });
    case 'otherTool':
      return t('io.otherTool', { tool: toolName(error.tool) });
    case 'invalid':
      return t('io.invalidField', {
        field: describePath(error.issue.path, t, strings),
        problem: t(`io.problem.${error.issue.problem}`),
      });
  }
}
