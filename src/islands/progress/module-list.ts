import type { readProgress } from '../../domain/storage/progress-beacon';

/**
 * Marks each module on the list as new, opened or passed, and fills the summary from texts the
 * page computed for every count (so no plural rules run here). Inlined as source text with the
 * reader passed in: it references nothing outside itself. Unreadable progress, or progress of
 * another version, shows nothing and changes nothing.
 */
export function showModuleProgress(key: string, read: typeof readProgress, doc: Document = document): void {
  const render = () => {
    let progress = null;
    try {
      progress = read(doc.defaultView!.localStorage, key);
    } catch {
      // Storage blocked: no progress to show.
    }
    if (!progress) return;
    let opened = 0;
    let passed = 0;
    for (const item of doc.querySelectorAll<HTMLElement>('[data-module]')) {
      const slug = item.dataset['module'] ?? '';
      const state = progress.data.passed.includes(slug) ? 'passed' : progress.data.opened.includes(slug) ? 'opened' : 'new';
      if (state !== 'new') opened += 1;
      if (state === 'passed') passed += 1;
      const holder = item.querySelector<HTMLElement>('[data-status]');
      const label = item.querySelector<HTMLElement>('[data-status-text]');
      if (holder) holder.dataset['state'] = state;
      if (label) label.textContent = label.dataset[state] ?? '';
    }
    const summary = doc.getElementById('progress-summary');
    if (!summary) return;
    const texts = JSON.parse(summary.dataset['texts'] ?? '{}') as { opened: string[]; passed: string[]; pair: string };
    summary.textContent = texts.pair.replace('{first}', texts.opened[opened] ?? '').replace('{second}', texts.passed[passed] ?? '');
  };
  render();
  // Another tab's quiz, or a return through the back button, shows without a reload.
  doc.defaultView?.addEventListener('storage', render);
  doc.defaultView?.addEventListener('pageshow', render);
}
