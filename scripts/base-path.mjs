/** Turns "courses/kam", "/courses/kam/" or "" into "/courses/kam" or "/" (what Astro's `base` expects). */
export function normalizeBase(raw) {
  const trimmed = (raw ?? '').trim().replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '/';
}
