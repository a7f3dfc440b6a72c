import { useState } from 'preact/hooks';

interface PagerProps {
  page: number;
  pages: number;
  /** "Accounts 26 to 50 of 500", in the page's language. */
  range: string;
  label: string;
  previous: string;
  next: string;
  onPage: (page: number) => void;
}

/** Previous / next buttons around the range shown; nothing when everything fits on one page. */
export function Pager({ page, pages, range, label, previous, next, onPage }: PagerProps) {
  if (pages <= 1) return null;
  return (
    <nav class="pager" aria-label={label}>
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {previous}
      </button>
      <p role="status">{range}</p>
      <button type="button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {next}
      </button>
    </nav>
  );
}

/**
 * The rows of one page of a long list. A table of 500 rows costs a full table layout on every
 * edit; a page of them keeps an edit within a frame.
 */
export function usePage<T>(items: readonly T[], size: number) {
  const pages = Math.max(1, Math.ceil(items.length / size));
  const [wanted, setPage] = useState(0);
  const page = Math.min(wanted, pages - 1);
  const from = page * size;
  return { page, pages, from, shown: items.slice(from, from + size), setPage };
}
