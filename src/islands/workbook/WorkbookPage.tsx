import { useEffect, useMemo, useState } from 'preact/hooks';
import { descriptorOf, REGISTRY, toolNameKey, WORKBOOK_DEFINITIONS } from '../../domain/registry';
import { ToolStore, type StorageNotice } from '../../domain/storage/store';
import { exportFileName, exportWorkbook, importWorkbookFile } from '../../domain/storage/file-format';
import { discardBackup, listBackups, type KeptBackup } from '../../domain/storage/backups';
import { combineOutcomes, saveTogether, type SaveOutcome } from '../../domain/storage/save-outcome';
import { formatDateTime } from '../../domain/format';
import { translator } from '../../i18n/interpolate';
import { browserBackend } from '../lib/browser-storage';
import { describeImportError } from '../lib/describe-import-error';
import { summaryText } from '../lib/summary-text';
import { saveFailureReason } from '../lib/describe-save-outcome';
import { downloadText } from '../lib/download';
import { ImportPanel } from '../shared/ImportPanel';
import { StorageNotices } from '../shared/StorageNotices';
import { progressDefinition, type ProgressData } from '../../domain/progress';
import { capstonePlanDefinition, type CapstonePlanData } from '../../domain/capstone-plan';
import { CourseSection } from './CourseSection';
import type { CourseKit } from './course-kit';

interface Props {
  strings: Record<string, string>;
  localeTag: string;
  locale: string;
  /** Links to each tool's page, by tool id. */
  toolHrefs: Record<string, string>;
  /** Each module's title and page, by slug, for the course section. */
  modules: CourseKit['modules'];
}

type T = (key: string, vars?: Record<string, string | number>) => string;

/** This page says these itself: storage refused (once for all tools) and each action's outcome. */
const hiddenHere = (notice: StorageNotice) => notice.kind === 'saved' || (notice.kind === 'unavailable' && notice.during === 'load');

export default function WorkbookPage({ strings, localeTag, locale, toolHrefs, modules }: Props) {
  const t = translator(strings) as T;
  // Stores exist only in the browser; the server renders the placeholder the first client render repeats.
  const browser = typeof window !== 'undefined';
  const backend = useMemo(() => (browser ? browserBackend() : null), []);
  const stores = useMemo(() => (browser ? REGISTRY.map((tool) => new ToolStore(tool.definition, backend)) : []), [backend]);
  const [mounted, setMounted] = useState(false);
  const [, setVersion] = useState(0);
  const [backups, setBackups] = useState<KeptBackup[]>(() => (backend ? listBackups(backend) : []));
  // What the last action did: a confirmation (status) or why it did not happen (alert).
  const [status, setStatus] = useState({ text: '', failed: false });
  const report = (outcome: SaveOutcome, done: string, notDone: (reason: string) => string) => {
    const reason = saveFailureReason(outcome, t);
    setStatus(reason === null ? { text: done, failed: false } : { text: notDone(reason), failed: true });
  };
  const refresh = () => {
    setVersion((v) => v + 1);
    if (backend) setBackups(listBackups(backend));
  };

  useEffect(() => {
    setMounted(true);
    refresh();
    const unsubscribers = stores.map((store) => store.subscribe(refresh));
    return () => {
      unsubscribers.forEach((unsubscribe) => unsubscribe());
      stores.forEach((store) => store.dispose());
    };
  }, [stores]);

  const toolName = (id: string) => strings[toolNameKey(id)] ?? id;
  const summaryOf = (id: string, data: unknown): string => {
    const phrases = descriptorOf(id)?.summary(data);
    return phrases ? summaryText(phrases, strings, localeTag) : '';
  };
  const exportAll = () => {
    const now = new Date().toISOString();
    // A tool saved by a newer version is not readable here: leave it out rather than export it as empty.
    const readable = stores.filter((store) => store.newerVersion === null);
    downloadText(exportWorkbook(readable.map((store) => ({ definition: store.definition, data: store.state })), locale, now), exportFileName('workbook', now));
  };
  const used = stores.filter((store) => !store.definition.isEmpty(store.state));
  const allNotices: Array<{ store: ToolStore<unknown>; notice: StorageNotice }> = stores.flatMap((store) => store.notices.map((notice) => ({ store, notice })));

  // The course section shows these two records itself, their notices next to the plan's form.
  const storeOf = <D,>(definition: unknown) => stores.find((store) => store.definition === definition) as ToolStore<D> | undefined;
  const progress = storeOf<ProgressData>(progressDefinition);
  const capstone = storeOf<CapstonePlanData>(capstonePlanDefinition);

  if (!mounted) return <div class="workbook" aria-busy="true" />;
  return (
    <div class="workbook">
      {stores.filter((store) => store !== capstone).map((store) => (
        <StorageNotices
          key={store.definition.id}
          notices={allNotices.filter((entry) => entry.store === store && !hiddenHere(entry.notice)).map((entry) => entry.notice)}
          toolName={toolName(store.definition.id)}
          toolId={store.definition.id}
          t={t}
          onExport={exportAll}
          onDismiss={(kind) => store.dismiss(kind)}
          localeTag={localeTag}
        />
      ))}
      {!backend && <p class="notice warn" role="status">{t('storage.unavailable')}</p>}
      <p role="status" class="workbook-status">{status.failed ? '' : status.text}</p>
      <div role="alert">{status.failed && <p class="notice error">{status.text}</p>}</div>

      {progress && capstone && <CourseSection progress={progress} capstone={capstone} kit={{ t, strings, localeTag, modules }} onExport={exportAll} />}

      <section aria-labelledby="saved-title">
        <h2 id="saved-title" class="visually-hidden">{t('workbook.title')}</h2>
        {used.length === 0 && <p>{t('workbook.empty')}</p>}
        <ul class="card-list">
          {stores.map((store) => {
            const id = store.definition.id;
            const empty = store.definition.isEmpty(store.state);
            return (
              <li class="card" key={id} data-tool={id}>
                <h3>{toolName(id)}</h3>
                <p>{store.savedAt && !empty ? t('workbook.lastSaved', { date: formatDateTime(localeTag, store.savedAt) }) : t('workbook.neverSaved')}</p>
                {!empty && <p>{summaryOf(id, store.state)}</p>}
                <div class="actions">
                  {toolHrefs[id] && <a href={toolHrefs[id]}>{t('workbook.open', { tool: toolName(id) })}</a>}
                  <button
                    type="button"
                    disabled={empty}
                    onClick={() => {
                      if (!window.confirm(t('workbook.clear.confirm', { tool: toolName(id) }))) return;
                      report(store.clear(), t('workbook.cleared', { tool: toolName(id) }), (reason) => t('workbook.notCleared', { tool: toolName(id), reason }));
                    }}
                  >
                    {t('workbook.clear', { tool: toolName(id) })}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
        <ImportPanel
          idPrefix="workbook"
          t={t}
          exportLabel={t('workbook.exportAll')}
          importLabel={t('workbook.importAll')}
          onExport={exportAll}
          parse={(text, bytes) => importWorkbookFile(WORKBOOK_DEFINITIONS, text, bytes)}
          describeError={(error) => describeImportError(error, t, strings, localeTag, toolName)}
          describeCurrent={() => (used.length === 0 ? null : used.map((store) => `${toolName(store.definition.id)}: ${summaryOf(store.definition.id, store.state)}`).join('; '))}
          describeIncoming={(incoming) => [...incoming].map(([id, data]) => `${toolName(id)}: ${summaryOf(id, data)}`).join('; ')}
          apply={(incoming) => saveTogether(stores.filter((store) => incoming.has(store.definition.id)).map((store) => ({ store, data: incoming.get(store.definition.id) })))}
          snapshot={() => new Map(stores.map((store) => [store.definition.id, store.state] as const))}
          restore={(previous) => saveTogether(stores.filter((store) => store.state !== previous.get(store.definition.id)).map((store) => ({ store, data: previous.get(store.definition.id) })))}
        />
        <div class="actions">
          <button
            type="button"
            disabled={used.length === 0}
            onClick={() => {
              if (!window.confirm(t('workbook.clearAll.confirm'))) return;
              report(combineOutcomes(used.map((store) => store.clear())), t('workbook.clearedAll'), (reason) => t('workbook.notClearedAll', { reason }));
            }}
          >
            {t('workbook.clearAll')}
          </button>
        </div>
      </section>

      <section aria-labelledby="backups-title">
        <h2 id="backups-title">{t('workbook.backups')}</h2>
        <p>{t('workbook.backups.intro')}</p>
        {backups.length === 0 ? (
          <p>{t('workbook.backups.none')}</p>
        ) : (
          <ul class="backup-list">
            {backups.map((backup) => (
              <li key={backup.key}>
                <p>{t('workbook.backup.item', { tool: toolName(backup.toolId), date: formatDateTime(localeTag, backup.keptAt) })}</p>
                <pre class="backup-raw" dir="ltr">{backup.raw.slice(0, 400)}</pre>
                <div class="actions">
                  <button type="button" onClick={() => downloadText(backup.raw, `kam-${backup.toolId}-backup-${backup.keptAt.slice(0, 10)}.txt`, 'text/plain')}>
                    {t('workbook.backup.download')}
                  </button>
                  <button
                    type="button"
                    onClick={() => {
                      if (backend) discardBackup(backend, backup.key);
                      refresh();
                      setStatus({ text: t('workbook.backup.discarded'), failed: false });
                    }}
                  >
                    {t('workbook.backup.discard')}
                  </button>
                </div>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
