import { isLocale, LOCALES, type Locale } from './locales';

/** The site's base path with one trailing slash: "/" or "/courses/kam/". */
export function basePath(): string {
  const base = import.meta.env.BASE_URL ?? '/';
  return base.endsWith('/') ? base : `${base}/`;
}

/** A route inside the site, without the base path: "", "modules/", "tools/kaism/". */
export type RoutePath = string;

/** The address of `path` in `locale`, e.g. localeHref('ar', 'tools/kaism/') → "/ar/tools/kaism/". */
export function localeHref(locale: Locale, path: RoutePath = ''): string {
  const clean = path.replace(/^\/+/, '');
  return `${basePath()}${locale}/${clean}`;
}

/** A path to a file in public/ or the build, with the base path. */
export function assetHref(path: string): string {
  return `${basePath()}${path.replace(/^\/+/, '')}`;
}

/** Splits "/base/ar/tools/kaism/" into its locale and the route after it. */
export function splitLocalePath(pathname: string): { locale: Locale | null; route: RoutePath } {
  const base = basePath();
  const inside = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\/+/, '');
  const [first = '', ...rest] = inside.split('/');
  if (isLocale(first)) return { locale: first, route: rest.join('/') };
  return { locale: null, route: inside };
}

export { LOCALES };
