import * as z from 'zod/mini';
import { MODULE_SLUGS, type ModuleSlug } from './tools';
import type { ToolDefinition } from './storage/tool-definition';

/** Which modules a visitor opened and whose quiz they passed. */
export interface ProgressData {
  opened: ModuleSlug[];
  passed: ModuleSlug[];
}

const slugList = z.pipe(
  z.array(z.string().check(z.maxLength(64))).check(z.maxLength(100)),
  // Slugs of modules that no longer exist are dropped rather than failing the whole record.
  z.transform((slugs: string[]) =>
    [...new Set(slugs)].filter((slug): slug is ModuleSlug => (MODULE_SLUGS as readonly string[]).includes(slug)),
  ),
);

export const progressDefinition: ToolDefinition<ProgressData> = {
  id: 'progress',
  version: 1,
  schema: z.object({ opened: slugList, passed: slugList }),
  migrations: [],
  empty: () => ({ opened: [], passed: [] }),
  isEmpty: (data) => data.opened.length === 0 && data.passed.length === 0,
};

export type ModuleStatus = 'new' | 'opened' | 'passed';

export function moduleStatus(progress: ProgressData, slug: string): ModuleStatus {
  if ((progress.passed as string[]).includes(slug)) return 'passed';
  if ((progress.opened as string[]).includes(slug)) return 'opened';
  return 'new';
}
