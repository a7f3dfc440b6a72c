import type { ModuleRecord } from '../../domain/course-record';
import { formatDate, formatNumber } from '../../domain/format';

export type T = (key: string, vars?: Record<string, string | number>) => string;

/** What the course section's parts share: strings, the page's language, the modules' titles and links. */
export interface CourseKit {
  t: T;
  strings: Readonly<Record<string, string>>;
  localeTag: string;
  /** Each module's title and page, by slug, in the page's language. */
  modules: Readonly<Record<string, { title: string; href: string }>>;
}

/** "4 of 5", "Not recorded" (passed before scores were kept) or "Not taken yet". */
export function scoreText(module: ModuleRecord, kit: CourseKit): string {
  const { t, localeTag } = kit;
  if (module.quiz) return t('workbook.course.scoreOf', { score: formatNumber(localeTag, module.quiz.score), total: formatNumber(localeTag, module.quiz.total) });
  return t(module.status === 'passed' ? 'workbook.course.notRecorded' : 'workbook.course.notTaken');
}

/** The date of the first pass, "Not recorded" when it passed before dates were kept, or a dash. */
export function passedText(module: ModuleRecord, kit: CourseKit): string {
  if (module.quiz?.passedAt) return formatDate(kit.localeTag, module.quiz.passedAt);
  return module.status === 'passed' ? kit.t('workbook.course.notRecorded') : '–';
}
