import { ToolStore } from '../../domain/storage/store';
import { moduleStatus, progressDefinition } from '../../domain/progress';
import { formatNumber } from '../../domain/format';
import { interpolate } from '../../i18n/interpolate';
import { browserBackend } from '../lib/browser-storage';

/** Marks each module on the list as new, opened or passed, from the saved progress. */
export function showModuleProgress(root: Document): void {
  const store = new ToolStore(progressDefinition, browserBackend());
  const render = () => {
    const progress = store.state;
    for (const item of root.querySelectorAll<HTMLElement>('[data-module]')) {
      const status = moduleStatus(progress, item.dataset['module'] ?? '');
      const holder = item.querySelector<HTMLElement>('[data-status]');
      const label = item.querySelector<HTMLElement>('[data-status-text]');
      if (!holder || !label) continue;
      holder.dataset['state'] = status;
      label.textContent = label.dataset[status] ?? '';
    }
    const summary = root.getElementById('progress-summary');
    if (summary) {
      const tag = root.documentElement.lang;
      const total = Number(summary.dataset['total'] ?? 0);
      summary.textContent = interpolate(summary.dataset['template'] ?? '', {
        opened: formatNumber(tag, progress.opened.length),
        passed: formatNumber(tag, progress.passed.length),
        total: formatNumber(tag, total),
      });
    }
  };
  store.subscribe(render);
  render();
}
