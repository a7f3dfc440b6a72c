import type { StorageNotice } from '../../domain/storage/store';
import { formatTime } from '../../domain/format';
import { downloadText } from '../lib/download';

export const STORAGE_NOTICE_KEYS = [
  'storage.corrupt',
  'storage.corrupt.download',
  'storage.quota',
  'storage.unavailable',
  'storage.unavailable.save',
  'storage.otherTab',
  'storage.conflict',
  'storage.newer',
  'storage.reload',
  'storage.saved',
  'storage.dismiss',
  'io.export',
] as const;
type Key = (typeof STORAGE_NOTICE_KEYS)[number];

interface Props {
  notices: readonly StorageNotice[];
  toolName: string;
  toolId: string;
  t: (key: Key, vars?: Record<string, string | number>) => string;
  onExport: () => void;
  onDismiss: (kind: StorageNotice['kind']) => void;
  /** For the time in "Saved at …"; the page's own language when left out. */
  localeTag?: string;
}

/**
 * What happened to the user's saved data, in their language, with the way out next to it:
 * problems as alerts, and one quiet status line that says when the latest save went through.
 */
export function StorageNotices({ notices, toolName, toolId, t, onExport, onDismiss, localeTag }: Props) {
  const saved = notices.find((notice) => notice.kind === 'saved');
  const tag = localeTag ?? (typeof document === 'undefined' ? 'en' : document.documentElement.lang || 'en');
  const exportButton = (
    <button type="button" class="primary" onClick={onExport}>
      {t('io.export')}
    </button>
  );
  const dismissButton = (kind: StorageNotice['kind']) => (
    <button type="button" onClick={() => onDismiss(kind)}>
      {t('storage.dismiss')}
    </button>
  );
  return (
    <div class="storage-notices">
      {notices.map((notice) => {
        switch (notice.kind) {
          case 'corrupt':
            return (
              <div class="notice error" role="alert" key="corrupt">
                <p>{t('storage.corrupt', { tool: toolName })}</p>
                <div class="actions">
                  <button type="button" onClick={() => downloadText(notice.raw, `kam-${toolId}-backup.txt`, 'text/plain')}>
                    {t('storage.corrupt.download')}
                  </button>
                  {dismissButton('corrupt')}
                </div>
              </div>
            );
          case 'newer':
            return (
              <div class="notice error" role="alert" key="newer">
                <p>{t('storage.newer', { tool: toolName })}</p>
                <div class="actions">
                  <button type="button" class="primary" onClick={() => window.location.reload()}>
                    {t('storage.reload')}
                  </button>
                </div>
              </div>
            );
          case 'quota':
            return (
              <div class="notice error" role="alert" key="quota">
                <p>{t('storage.quota', { tool: toolName })}</p>
                <div class="actions">{exportButton}</div>
              </div>
            );
          case 'unavailable':
            return notice.during === 'load' ? (
              <div class="notice warn" role="status" key="unavailable">
                <p>{t('storage.unavailable')}</p>
              </div>
            ) : (
              <div class="notice error" role="alert" key="unavailable">
                <p>{t('storage.unavailable.save', { tool: toolName })}</p>
                <div class="actions">{exportButton}</div>
              </div>
            );
          case 'conflict':
            return (
              <div class="notice error" role="alert" key="conflict">
                <p>{t('storage.conflict', { tool: toolName })}</p>
                <div class="actions">{dismissButton('conflict')}</div>
              </div>
            );
          case 'otherTab':
            return (
              <div class="notice" role="status" key="otherTab">
                <p>{t('storage.otherTab')}</p>
                {dismissButton('otherTab')}
              </div>
            );
          case 'saved':
            return null;
        }
      })}
      {/* Always in the page, so each change of its text is announced politely, never as an alert. */}
      <p role="status" class="storage-saved">
        {saved?.kind === 'saved' ? t('storage.saved', { time: formatTime(tag, saved.at) }) : ''}
      </p>
    </div>
  );
}
