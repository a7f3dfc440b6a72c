import type { StorageBackend } from './backend';
import { parseBackupKey } from './keys';

export interface KeptBackup {
  key: string;
  toolId: string;
  keptAt: string;
  raw: string;
}

/** Every unreadable value the store kept aside, newest first. */
export function listBackups(backend: StorageBackend): KeptBackup[] {
  const backups: KeptBackup[] = [];
  for (const key of backend.keys()) {
    const parsed = parseBackupKey(key);
    const raw = parsed ? backend.get(key) : null;
    if (parsed && raw !== null) backups.push({ key, ...parsed, raw });
  }
  return backups.sort((a, b) => b.keptAt.localeCompare(a.keptAt));
}

export function discardBackup(backend: StorageBackend, key: string): void {
  if (parseBackupKey(key)) backend.remove(key);
}
