import { interpolate } from '../../i18n/interpolate';
import { plural } from '../../i18n/plural';
import { orderByTitle } from '../../domain/search-order';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  init(): Promise<void>;
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const MAX_RESULTS = 20;

/**
 * The search page: loads pagefind only when there is something to search, and searches only
 * the pages of this page's language (pagefind splits its index by <html lang>).
 */
export function startSearchPage(root: Document): void {
  const form = root.getElementById('search-form') as HTMLFormElement | null;
  const input = root.getElementById('search-input') as HTMLInputElement | null;
  const status = root.getElementById('search-status');
  const list = root.getElementById('search-results');
  if (!form || !input || !status || !list) return;
  const text = (name: string, vars: Record<string, string> = {}) => interpolate(form.dataset[name] ?? '', vars);
  let engine: Promise<Pagefind> | null = null;
  const load = () => {
    engine ??= import(/* @vite-ignore */ `${form.dataset['bundle']}pagefind.js`).then(async (module: Pagefind) => {
      await module.init();
      return module;
    });
    return engine;
  };

  const run = async (query: string) => {
    list.replaceChildren();
    if (query.trim() === '') {
      status.textContent = '';
      return;
    }
    status.textContent = text('loading');
    try {
      const pagefind = await load();
      const found = await pagefind.search(query);
      const loaded = await Promise.all(found.results.slice(0, MAX_RESULTS).map((result) => result.data()));
      const data = orderByTitle(query, loaded.map((item) => ({ ...item, title: item.meta.title ?? '' })));
      for (const item of data) {
        const entry = root.createElement('li');
        const link = root.createElement('a');
        link.href = item.url;
        link.textContent = item.meta.title ?? item.url;
        const excerpt = root.createElement('p');
        // pagefind's excerpt is the page's own text with <mark> around hits; rebuild it as text nodes.
        for (const [index, part] of item.excerpt.split(/<\/?mark>/).entries()) {
          if (index % 2 === 1) {
            const mark = root.createElement('mark');
            mark.textContent = decode(part);
            excerpt.append(mark);
          } else excerpt.append(decode(part));
        }
        entry.append(link, excerpt);
        list.append(entry);
      }
      // data-results holds every plural form of "search.results" in this page's language.
      const forms = JSON.parse(form.dataset['results'] ?? '{}') as Record<string, string>;
      status.textContent = data.length === 0 ? text('none', { query }) : plural(forms, 'search.results', found.results.length, root.documentElement.lang, { query });
    } catch {
      status.textContent = text('error');
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const query = input.value;
    const url = new URL(location.href);
    url.searchParams.set('q', query);
    history.replaceState(null, '', url);
    void run(query);
  });
  const initial = new URL(location.href).searchParams.get('q') ?? '';
  if (initial) {
    input.value = initial;
    void run(initial);
  }
}

function decode(html: string): string {
  const area = document.createElement('textarea');
  area.innerHTML = html;
  return area.value;
}
