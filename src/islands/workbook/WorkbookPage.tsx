import { useEffect, useMemo, useState } from 'preact/hooks';
import { WORKBOOK_DEFINITIONS } from '../../domain/registry';
import { ToolStore, type StorageNotice } from '../../domain/storage/store';
import { exportFileName, exportWorkbook, importWorkbookFile } from '../../domain/storage/file-format';
import { discardBackup, listBackups, type KeptBackup } from '../../domain/storage/backups';
import { formatDateTime } from '../../domain/format';
import type { KaismData } from '../../domain/kaism/model';
import type { ProgressData } from '../../domain/progress';
import { translator } from '../../i18n/interpolate';
import { plural } from '../../i18n/plural';
import { browserBackend } from '../lib/browser-storage';
import { describeImportError } from '../lib/describe-import-error';
import { downloadText } from '../lib/download';
import { ImportPanel } from '../shared/ImportPanel';
import { StorageNotices } from '../shared/StorageNotices';

interface Props {
  strings: Record<string, string>;
  localeTag: string;
  locale: string;
  /** Links to each tool's page, by tool id. */
  toolHrefs: Record<string, string>;
}

type T = (key: string, vars?: Record<string, string | number>) => string;

export default function WorkbookPage({ strings, localeTag, locale, toolHrefs }: Props) {
  const t = translator(strings) as T;
  // Stores exist only in the browser; the server renders the placeholder the first client render repeats.
  const browser = typeof window !== 'undefined';
  const backend = useMemo(() => (browser ? browserBackend() : null), []);
  const stores = useMemo(() => (browser ? WORKBOOK_DEFINITIONS.map((definition) => new ToolStore(definition, backend)) : []), [backend]);
  const [mounted, setMounted] = useState(false);
  const [, setVersion] = useState(0);
  const [backups, setBackups] = useState<KeptBackup[]>(() => (backend ? listBackups(backend) : []));
  const [status, setStatus] = useState('');
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

  const toolName = (id: string) => strings[id === 'progress' ? 'progress.name' : `tool.${id}.name`] ?? id;
  const counted = (key: string, count: number) => plural(strings, key, count, localeTag);
  const pair = (first: string, second: string) => t('workbook.summary.pair', { first, second });
  const summaryOf = (id: string, data: unknown): string => {
    if (id === 'kaism') {
      const kaism = data as KaismData;
      const factors = kaism.factors.attractiveness.length + kaism.factors.strength.length;
      return pair(counted('workbook.summary.accounts', kaism.accounts.length), counted('workbook.summary.factors', factors));
    }
    const progress = data as ProgressData;
    return pair(counted('progress.opened', progress.opened.length), counted('progress.passed', progress.passed.length));
  };
  const exportAll = () => {
    const now = new Date().toISOString();
    downloadText(exportWorkbook(stores.map((store) => ({ definition: store.definition, data: store.state })), locale, now), exportFileName('workbook', now));
  };
  const used = stores.filter((store) => !store.definition.isEmpty(store.state));
  const allNotices: Array<{ store: ToolStore<unknown>; notice: StorageNotice }> = stores.flatMap((store) => store.notices.map((notice) => ({ store, notice })));

  if (!mounted) return <div class="workbook" aria-busy="true" />;
  return (
    <div class="workbook">
      {stores.map((store) => (
        <StorageNotices
          key={store.definition.id}
          notices={allNotices.filter((entry) => entry.store === store && entry.notice.kind !== 'unavailable').map((entry) => entry.notice)}
          toolName={toolName(store.definition.id)}
          toolId={store.definition.id}
          t={t}
          onExport={exportAll}
          onDismiss={(kind) => store.dismiss(kind)}
        />
      ))}
      {!backend && <p class="notice warn" role="status">{t('storage.unavailable')}</p>}
      <p role="status" class="workbook-status">{status}</p>

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
                      store.clear();
                      setStatus(t('workbook.cleared', { tool: toolName(id) }));
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
          apply={(incoming) => stores.forEach((store) => incoming.has(store.definition.id) && store.save(incoming.get(store.definition.id)))}
          snapshot={() => new Map(stores.map((store) => [store.definition.id, store.state] as const))}
          restore={(previous) => stores.forEach((store) => store.save(previous.get(store.definition.id)))}
        />
        <div class="actions">
          <button
            type="button"
            disabled={used.length === 0}
            onClick={() => {
              if (!window.confirm(t('workbook.clearAll.confirm'))) return;
              stores.forEach((store) => store.clear());
              setStatus(t('workbook.clearedAll'));
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
                      setStatus(t('workbook.backup.discarded'));
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
