import type { StorageBackend } from './backend';
import { backupKey, parseBackupKey, toolKey } from './keys';

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

/**
 * Copies a tool's unreadable stored text under a backup key, then clears the original so no other
 * page backs it up a second time (the revision counter stays where it was). Returns the backup's
 * key, or null when the backup or the clearing failed: the page then works in memory only.
 */
export function keepAside(backend: StorageBackend, toolId: string, raw: string, now: string): string | null {
  const key = backupKey(toolId, now);
  try {
    backend.set(key, raw);
    backend.remove(toolKey(toolId));
    return key;
  } catch {
    return null;
  }
}
