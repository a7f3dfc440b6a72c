import * as z from 'zod/mini';
import { MODULE_SLUGS, type ModuleSlug } from './tools';
import type { ToolDefinition } from './storage/tool-definition';
import type { QuizRecord } from './storage/progress-beacon';

export type { QuizRecord } from './storage/progress-beacon';

/** Which modules a visitor opened and whose quiz they passed, and each quiz's best score. */
export interface ProgressData {
  opened: ModuleSlug[];
  passed: ModuleSlug[];
  /** By module: the best first-try score and the date of the first pass (null: not passed, or passed before dates were kept). */
  quiz: Partial<Record<ModuleSlug, QuizRecord>>;
}

/** More questions than any quiz will have; a bound for hostile data. */
const MAX_QUESTIONS = 100;

const isModule = (slug: string): slug is ModuleSlug => (MODULE_SLUGS as readonly string[]).includes(slug);

const slugList = z.pipe(
  z.array(z.string().check(z.maxLength(64))).check(z.maxLength(100)),
  // Slugs of modules that no longer exist are dropped rather than failing the whole record.
  z.transform((slugs: string[]) => [...new Set(slugs)].filter(isModule)),
);

const quizRecord = z
  .object({
    score: z.number().check(z.int(), z.minimum(0), z.maximum(MAX_QUESTIONS)),
    total: z.number().check(z.int(), z.minimum(1), z.maximum(MAX_QUESTIONS)),
    passedAt: z.nullable(z.iso.datetime()),
  })
  .check(z.refine((record) => record.score <= record.total, { path: ['score'] }));

/**
 * Scores of modules that no longer exist, or that cannot be read, are dropped one by one: a bad
 * score never costs the learner the rest of their progress.
 */
const quizRecords = z.pipe(
  z.record(z.string().check(z.maxLength(64)), z.unknown()),
  z.transform((records: Record<string, unknown>) => {
    const kept: ProgressData['quiz'] = {};
    for (const [slug, value] of Object.entries(records)) {
      const parsed = quizRecord.safeParse(value);
      if (isModule(slug) && parsed.success) kept[slug] = parsed.data;
    }
    return kept;
  }),
);

/**
 * Version history of the saved and exported data; each migration takes one version to the next.
 * - 1 → 2: quiz scores and the date of each first pass; older progress has none (its passed
 *   modules keep their pass, with no score or date). The module pages' beacon reads version 1 the
 *   same way (src/domain/storage/progress-beacon.ts).
 */
const migrations = [(v1: unknown) => (v1 && typeof v1 === 'object' && !Array.isArray(v1) ? { ...v1, quiz: {} } : v1)];

export const progressDefinition: ToolDefinition<ProgressData> = {
  id: 'progress',
  version: 2,
  schema: z.object({ opened: slugList, passed: slugList, quiz: quizRecords }) as unknown as ToolDefinition<ProgressData>['schema'],
  migrations,
  empty: () => ({ opened: [], passed: [], quiz: {} }),
  isEmpty: (data) => data.opened.length === 0 && data.passed.length === 0,
};

export type ModuleStatus = 'new' | 'opened' | 'passed';

export function moduleStatus(progress: ProgressData, slug: string): ModuleStatus {
  if ((progress.passed as string[]).includes(slug)) return 'passed';
  if ((progress.opened as string[]).includes(slug)) return 'opened';
  return 'new';
}
