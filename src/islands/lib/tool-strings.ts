import type { UIKey } from '../../i18n/ui/en';
import { REGISTRY, toolNameKey, type ToolDescriptor } from '../../domain/registry';
import { TOOL_IDS } from '../../domain/tools';
import { IMPORT_ERROR_KEYS } from './describe-import-error';
import { IMPORT_PANEL_KEYS } from '../shared/ImportPanel';
import { NUMBER_FIELD_KEYS } from '../shared/NumberField';
import { STORAGE_NOTICE_KEYS } from '../shared/StorageNotices';

/** The keys every tool page ships: file import and export, saved-work notices, number fields. */
const SHARED_KEYS: readonly string[] = [...IMPORT_ERROR_KEYS, ...IMPORT_PANEL_KEYS, ...NUMBER_FIELD_KEYS, ...STORAGE_NOTICE_KEYS];

/**
 * The keys a descriptor names: its name, description, the counted phrases of its summary (every
 * plural form comes along with `.other`) and the names of its fields.
 */
export function descriptorKeys(tool: ToolDescriptor): string[] {
  const summary = tool.summary(tool.sample()).map((phrase) => `${phrase.key}.other`);
  return [tool.nameKey, ...(tool.descriptionKey ? [tool.descriptionKey] : []), ...summary, 'workbook.summary.pair', ...tool.fields.map((field) => `io.field.${field}`)];
}


/** Every UI string a tool's page hands its island, derived from the registry: nothing more. */
export function toolStringKeys(tool: ToolDescriptor, all: readonly UIKey[]): UIKey[] {
  const own = all.filter((key) => tool.stringPrefixes.some((prefix) => key.startsWith(prefix)));
  // Any tool's name may appear in an error ("this file belongs to …").
  const names = [...REGISTRY.map((entry) => entry.definition.id), ...TOOL_IDS].map(toolNameKey);
  return [...new Set([...own, ...descriptorKeys(tool), ...names, ...SHARED_KEYS])] as UIKey[];
}

/** The strings of My workbook: its own, and every registered tool's. */
export function workbookStringKeys(all: readonly UIKey[]): UIKey[] {
  const own = all.filter((key) => /^(workbook|storage|io)\./.test(key));
  const names = TOOL_IDS.map(toolNameKey);
  return [...new Set([...own, ...REGISTRY.flatMap(descriptorKeys), ...names, ...SHARED_KEYS])] as UIKey[];
}
