import { gzipSync } from 'node:zlib';
import { inlineCall, THEME_SCRIPT, PREFERENCE_SCRIPT } from '../src/components/inline-scripts.ts';
import { startModulePage } from '../src/islands/quiz/module-page.ts';
import { readProgress, recordProgress } from '../src/domain/storage/progress-beacon.ts';
import { scoreQuiz } from '../src/domain/quiz.ts';
const page = inlineCall(startModulePage, 'kaism', 'kam:tool:progress', readProgress, recordProgress, scoreQuiz);
const all = THEME_SCRIPT + PREFERENCE_SCRIPT + page;
console.log('module', gzipSync(Buffer.from(all)).length, 'shell', gzipSync(Buffer.from(THEME_SCRIPT + PREFERENCE_SCRIPT)).length);
console.log(page.slice(0, 700));
