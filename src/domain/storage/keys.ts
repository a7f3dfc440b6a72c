/** Every localStorage key the workbook uses starts with "kam:". */
export const TOOL_KEY_PREFIX = 'kam:tool:';
export const BACKUP_KEY_PREFIX = 'kam:backup:';

export function toolKey(toolId: string): string {
  return `${TOOL_KEY_PREFIX}${toolId}`;
}

export function backupKey(toolId: string, keptAt: string): string {
  return `${BACKUP_KEY_PREFIX}${toolId}:${keptAt}`;
}

/** "kam:backup:kaism:2026-11-23T10:00:00.000Z" → { toolId: "kaism", keptAt: "2026-11-23T10:00:00.000Z" } */
export function parseBackupKey(key: string): { toolId: string; keptAt: string } | null {
  if (!key.startsWith(BACKUP_KEY_PREFIX)) return null;
  const rest = key.slice(BACKUP_KEY_PREFIX.length);
  const colon = rest.indexOf(':');
  if (colon <= 0) return null;
  return { toolId: rest.slice(0, colon), keptAt: rest.slice(colon + 1) };
}
