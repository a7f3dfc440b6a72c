import type { readProgress, recordProgress } from '../../domain/storage/progress-beacon';
import type { scoreQuiz } from '../../domain/quiz';

/**
 * The module page's only script: marks the module opened, and makes the quiz announce the chosen
 * option's feedback and record a pass. The quiz works without it (CSS shows the chosen option's
 * feedback). Inlined as source text with its helpers passed in, so it references nothing outside
 * itself; `doc` defaults to the page's document.
 */
export function startModulePage(
  slug: string,
  key: string,
  read: typeof readProgress,
  record: typeof recordProgress,
  score: typeof scoreQuiz,
  doc: Document = document,
): void {
  let storage: Storage | null = null;
  try {
    storage = doc.defaultView!.localStorage;
  } catch {
    // Storage blocked: the quiz still works, nothing is remembered.
  }
  // After every save, ticks the course navigation's modules with what is saved ("undefined" for none).
  const save = (field: 'opened' | 'passed') => {
    const progress = storage && record(storage, key, slug, field, new Date().toISOString(), read) && read(storage, key);
    if (progress) {
      for (const item of doc.querySelectorAll<HTMLElement>('[data-module]')) {
        item.dataset['state'] = (['passed', 'opened'] as const).find((state) => progress.data[state].includes(item.dataset['module']!))!;
      }
    }
  };
  save('opened');
  const form = doc.getElementById('quiz');
  if (!form) return;
  form.addEventListener('change', (event) => {
    const questions = [...form.querySelectorAll('fieldset')];
    const options = questions.map((question) => [...question.querySelectorAll('input')]);
    const result = score(
      options.map((inputs) => inputs.findIndex((input) => input.hasAttribute('data-correct'))),
      options.map((inputs) => inputs.findIndex((input) => input.checked)),
    );
    const chosen = event.target as HTMLInputElement;
    const live = chosen.closest('fieldset')?.querySelector('[data-live]');
    // The chosen option's own feedback paragraph, verdict included, is what a sighted user sees.
    if (live) live.textContent = doc.getElementById(`${chosen.id}-feedback`)?.textContent ?? '';
    const summary = form.querySelector('[data-result]');
    if (summary) summary.textContent = result.passed ? (form.dataset['passed'] ?? '') : '';
    if (result.passed) save('passed');
  });
}
