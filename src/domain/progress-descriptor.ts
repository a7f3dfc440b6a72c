import type { ToolDescriptor } from './registry/descriptor';
import { progressDefinition, type ProgressData } from './progress';

/** Module progress is kept, exported and cleared like a tool's data, but has no tool page. */
export const progressRecord: ToolDescriptor<ProgressData> = {
  definition: progressDefinition,
  route: 'modules/',
  listed: false,
  nameKey: 'tool.progress.name',
  descriptionKey: null,
  stringPrefixes: [],
  fields: ['opened', 'passed', 'quiz', 'score', 'total', 'passedAt'],
  summary: (data) => [
    { key: 'progress.opened', count: data.opened.length },
    { key: 'progress.passed', count: data.passed.length },
  ],
  sample: () => ({
    opened: ['what-is-kam', 'why-kam', 'kaism'],
    passed: ['what-is-kam', 'why-kam'],
    quiz: { 'what-is-kam': { score: 4, total: 5, passedAt: '2026-11-20T09:30:00.000Z' }, 'why-kam': { score: 5, total: 5, passedAt: null } },
  }),
};
