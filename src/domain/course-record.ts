import { moduleStatus, type ModuleStatus, type ProgressData, type QuizRecord } from './progress';
import { MODULE_SLUGS, type ModuleSlug } from './tools';

/** One module's line in the learner's course record. */
export interface ModuleRecord {
  slug: ModuleSlug;
  status: ModuleStatus;
  /** The best first-try score, or null when no complete attempt was recorded (passed before scores were kept). */
  quiz: QuizRecord | null;
}

export interface CourseRecord {
  modules: ModuleRecord[];
  passed: number;
  /** Quizzes still to pass before the course summary can be printed. */
  remaining: number;
  complete: boolean;
}

/** The course as My workbook reports it: every module in course order, with its status and quiz. */
export function courseRecord(progress: ProgressData, order: readonly ModuleSlug[] = MODULE_SLUGS): CourseRecord {
  const modules = order.map((slug): ModuleRecord => ({ slug, status: moduleStatus(progress, slug), quiz: progress.quiz[slug] ?? null }));
  const passed = modules.filter((module) => module.status === 'passed').length;
  return { modules, passed, remaining: order.length - passed, complete: passed === order.length };
}
