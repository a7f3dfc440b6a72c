import type { UIKey } from '../../i18n/ui/en';
import { IMPORT_ERROR_KEYS } from '../lib/describe-import-error';
import { IMPORT_PANEL_KEYS } from '../shared/ImportPanel';
import { NUMBER_FIELD_KEYS } from '../shared/NumberField';
import { STORAGE_NOTICE_KEYS } from '../shared/StorageNotices';

/** Every UI string the KAISM island uses; the page passes exactly these. */
export function kaismStringKeys(all: readonly UIKey[]): UIKey[] {
  const own = all.filter((key) => key.startsWith('kaism.') || key.startsWith('tool.'));
  return [...new Set<UIKey>([...own, 'workbook.summary.kaism', ...IMPORT_ERROR_KEYS, ...IMPORT_PANEL_KEYS, ...NUMBER_FIELD_KEYS, ...STORAGE_NOTICE_KEYS])];
}
