/**
 * The course as a learner meets it: where to continue, and how long a module takes to read. Pure;
 * `nextModule` is inlined into the home page as source text (see inlineCall), so it references
 * nothing outside itself.
 */

/**
 * The module to continue with: the one opened most recently that is not passed yet; else the first
 * one in course order not opened yet; null when every module is passed. `opened` is in the order
 * the modules were first opened (the progress beacon appends).
 */
export function nextModule(order: readonly string[], opened: readonly string[], passed: readonly string[]): string | null {
  for (let i = opened.length - 1; i >= 0; i -= 1) {
    const slug = opened[i]!;
    if (order.includes(slug) && !passed.includes(slug)) return slug;
  }
  return order.find((slug) => !passed.includes(slug) && !opened.includes(slug)) ?? null;
}

/**
 * Reading speeds of adults reading aloud-free, per minute (Trauzettel-Klosinski & Dietz 2012,
 * standardised texts): words for most languages, characters for Chinese. Persian is not in that
 * study; it is taken as Arabic's neighbour.
 */
const SPEED: Record<string, { perMinute: number; unit: 'word' | 'char' }> = {
  en: { perMinute: 228, unit: 'word' },
  it: { perMinute: 188, unit: 'word' },
  ar: { perMinute: 138, unit: 'word' },
  fa: { perMinute: 150, unit: 'word' },
  zh: { perMinute: 255, unit: 'char' },
};

/** The text a reader reads in a module's MDX source: no frontmatter, imports, tags or link targets. */
export function readableText(mdx: string): string {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[#*_>|`[\]-]+/g, ' ');
}

/** Whole minutes to read `text` in `locale`, at least 1. Chinese counts Han characters, plus any Latin words. */
export function readingMinutes(text: string, locale: string): number {
  const speed = SPEED[locale] ?? SPEED['en']!;
  const han = (text.match(/\p{Script=Han}/gu) ?? []).length;
  const words = (text.replace(/\p{Script=Han}/gu, ' ').match(/[\p{L}\p{N}]+/gu) ?? []).length;
  const units = speed.unit === 'char' ? han + words : words + han;
  return Math.max(1, Math.round(units / speed.perMinute));
}
