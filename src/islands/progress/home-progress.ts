import type { readProgress } from '../../domain/storage/progress-beacon';
import type { nextModule } from '../../domain/course';

/**
 * The home page's course card: ticks each module (`[data-module]` gets data-state "opened" or
 * "passed"), fills the progress bar and its words from texts the page computed for every count,
 * and points the "continue" button at the module to go on with. Inlined as source text with its
 * helpers passed in, so it references nothing outside itself. Without saved progress (or
 * JavaScript) the page keeps its static "Start with module 1".
 */
export function showHomeProgress(key: string, read: typeof readProgress, next: typeof nextModule, doc: Document = document): void {
  let progress = null;
  try {
    progress = read(doc.defaultView!.localStorage, key);
  } catch {
    // Storage blocked: nothing to show.
  }
  const box = doc.getElementById('course-progress');
  if (!progress || !box) return;
  const { opened, passed } = progress.data;
  const order: string[] = [];
  for (const item of doc.querySelectorAll<HTMLElement>('[data-module]')) {
    const slug = item.dataset['module']!;
    item.dataset['state'] = passed.includes(slug) ? 'passed' : opened.includes(slug) ? 'opened' : 'new';
    if (!order.includes(slug)) order.push(slug);
  }
  const count = (list: string[]) => order.filter((slug) => list.includes(slug)).length;
  const texts = JSON.parse(box.dataset['texts']!) as { opened: string[]; passed: string[]; pair: string; next: string; review: string };
  const words = texts.pair.replace('{first}', texts.opened[count([...opened, ...passed])]!).replace('{second}', texts.passed[count(passed)]!);
  const bar = box.querySelector('progress');
  if (bar) {
    bar.value = count(passed);
    bar.setAttribute('aria-valuetext', words);
  }
  const text = box.querySelector('.progress-text');
  if (text) text.textContent = words;
  const action = doc.getElementById('continue') as HTMLAnchorElement | null;
  if (!action || (opened.length === 0 && passed.length === 0)) return;
  const slug = next(order, opened, passed);
  const link = slug ? doc.querySelector<HTMLAnchorElement>(`[data-module="${slug}"] a`) : null;
  if (link) {
    action.href = link.getAttribute('href')!;
    action.textContent = texts.next.replace('{title}', link.dataset['title']!);
  } else {
    action.href = box.dataset['list']!;
    action.textContent = texts.review;
  }
}
