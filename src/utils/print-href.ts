/**
 * The address a printed page shows after a link: absolute on the configured site (KAM_SITE), or
 * root-relative when no site address is configured, so paper never shows "../../glossary/#…" nor a
 * made-up origin. Links within the page itself ("#…") print nothing.
 */
export function printHref(href: string, pagePath: string, site: URL | string | undefined): string | undefined {
  if (href === '' || href.startsWith('#')) return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return href;
  const resolved = new URL(href, new URL(pagePath, 'http://site.invalid'));
  const path = `${resolved.pathname}${resolved.search}${resolved.hash}`;
  return site ? new URL(path, site).href : path;
}
