import type { ToolDescriptor } from './registry/descriptor';
import { progressDefinition, type ProgressData } from './progress';

/** Module progress is kept, exported and cleared like a tool's data, but has no tool page. */
export const progressRecord: ToolDescriptor<ProgressData> = {
  definition: progressDefinition,
  route: 'modules/',
  listed: false,
  nameKey: 'progress.name',
  descriptionKey: null,
  stringPrefixes: [],
  fields: ['opened', 'passed'],
  summary: (data) => [
    { key: 'progress.opened', count: data.opened.length },
    { key: 'progress.passed', count: data.passed.length },
  ],
  sample: () => ({ opened: ['what-is-kam', 'kaism'], passed: ['what-is-kam'] }),
};
