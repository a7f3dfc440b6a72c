import type { readProgress, recordProgress } from '../../domain/storage/progress-beacon';

/**
 * The module page's only script: marks the module opened, and makes the quiz announce the chosen
 * option's feedback and record its score and pass. The quiz works without it (CSS shows the
 * chosen option's feedback). Inlined as source text with its helpers passed in, so it references
 * nothing outside itself; `doc` defaults to the page's document.
 *
 * The score is the number of questions whose first chosen option was right: the page shows each
 * option's feedback at once, so by the time every answer is right the learner has seen them all.
 * It is recorded once every question has an answer; the best of all visits is kept.
 */
export function startModulePage(slug: string, key: string, read: typeof readProgress, record: typeof recordProgress, doc: Document = document): void {
  let storage: Storage | undefined;
  try {
    storage = doc.defaultView!.localStorage;
  } catch {
    // Storage blocked: the quiz still works, nothing is remembered.
  }
  // After every save, ticks the course navigation's modules with what is saved ("undefined" for none).
  const save = (score?: number, total?: number, passed?: boolean) => {
    const progress = storage && record(storage, key, slug, new Date().toJSON(), read, score, total, passed);
    if (progress) {
      for (const item of doc.querySelectorAll<HTMLElement>('[data-module]')) {
        item.dataset['state'] = (['passed', 'opened'] as const).find((state) => progress.data[state].includes(item.dataset['module']!))!;
      }
    }
  };
  save();
  const form = doc.getElementById('quiz');
  if (!form) return;
  const questions = [...form.querySelectorAll('fieldset')];
  // Per question: whether the first option chosen on this visit was the right one.
  const first: boolean[] = [];
  form.addEventListener('change', (event) => {
    const chosen = event.target as HTMLInputElement;
    const question = chosen.closest('fieldset')!;
    first[questions.indexOf(question)] ??= chosen.hasAttribute('data-correct');
    // The chosen option's own feedback paragraph, verdict included, is what a sighted user sees.
    question.querySelector('[data-live]')!.textContent = doc.getElementById(`${chosen.id}-feedback`)!.textContent;
    const total = questions.length;
    const passed = form.querySelectorAll('[data-correct]:checked').length == total;
    form.querySelector('[data-result]')!.textContent = passed ? form.dataset['passed']! : '';
    if (form.querySelectorAll(':checked').length == total) save(first.filter(Boolean).length, total, passed);
  });
}
