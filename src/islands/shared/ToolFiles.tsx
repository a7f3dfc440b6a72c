import type { ToolDescriptor } from '../../domain/registry/descriptor';
import { toolNameKey } from '../../domain/registry/names';
import { exportFileName, exportTool, importToolFile } from '../../domain/storage/file-format';
import type { SaveOutcome } from '../../domain/storage/save-outcome';
import type { ToolStore } from '../../domain/storage/store';
import { describeImportError } from '../lib/describe-import-error';
import { downloadText } from '../lib/download';
import { summaryText } from '../lib/summary-text';
import { ImportPanel } from './ImportPanel';

/** Downloads a tool's data as its export file (`kam-<tool>-<date>.json`). */
export function downloadToolFile<T>(descriptor: ToolDescriptor<T>, data: T, locale: string): void {
  const now = new Date().toISOString();
  downloadText(exportTool(descriptor.definition, data, locale, now), exportFileName(descriptor.definition.id, now));
}

interface Props<T> {
  idPrefix: string;
  descriptor: ToolDescriptor<T>;
  store: ToolStore<T>;
  /** Writes at once and says how it went (an import is not staged). */
  save: (next: T) => SaveOutcome;
  strings: Record<string, string>;
  localeTag: string;
  locale: string;
  t: (key: string, vars?: Record<string, string | number>) => string;
}

/** Export and import of one tool's file, with what the file holds and what it would replace in words. */
export function ToolFiles<T>({ idPrefix, descriptor, store, save, strings, localeTag, locale, t }: Props<T>) {
  const { definition } = descriptor;
  const describe = (data: T) => summaryText(descriptor.summary(data), strings, localeTag);
  return (
    <ImportPanel
      idPrefix={idPrefix}
      t={t}
      onExport={() => downloadToolFile(descriptor, store.state, locale)}
      parse={(text, bytes) => importToolFile(definition, text, bytes)}
      describeError={(error) => describeImportError(error, t, strings, localeTag, (id) => strings[toolNameKey(id)] ?? id)}
      describeCurrent={() => (definition.isEmpty(store.state) ? null : describe(store.state))}
      describeIncoming={describe}
      apply={(incoming) => save(incoming)}
      snapshot={() => store.state}
      restore={(previous) => save(previous)}
    />
  );
}
