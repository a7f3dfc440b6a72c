import type { StorageNotice } from '../../domain/storage/store';
import { downloadText } from '../lib/download';

export const STORAGE_NOTICE_KEYS = [
  'storage.corrupt',
  'storage.corrupt.download',
  'storage.quota',
  'storage.unavailable',
  'storage.otherTab',
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
}

/** What happened to the user's saved data, in their language, with the way out next to it. */
export function StorageNotices({ notices, toolName, toolId, t, onExport, onDismiss }: Props) {
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
                  <button type="button" onClick={() => onDismiss('corrupt')}>
                    {t('storage.dismiss')}
                  </button>
                </div>
              </div>
            );
          case 'quota':
            return (
              <div class="notice error" role="alert" key="quota">
                <p>{t('storage.quota', { tool: toolName })}</p>
                <div class="actions">
                  <button type="button" class="primary" onClick={onExport}>
                    {t('io.export')}
                  </button>
                </div>
              </div>
            );
          case 'unavailable':
            return (
              <div class="notice warn" role="status" key="unavailable">
                <p>{t('storage.unavailable')}</p>
              </div>
            );
          case 'otherTab':
            return (
              <div class="notice" role="status" key="otherTab">
                <p>{t('storage.otherTab')}</p>
                <button type="button" onClick={() => onDismiss('otherTab')}>
                  {t('storage.dismiss')}
                </button>
              </div>
            );
        }
      })}
    </div>
  );
}
