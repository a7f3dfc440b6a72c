import { getCollection, type CollectionEntry } from 'astro:content';
import type { Locale } from '../i18n/locales';

export type ModuleEntry = CollectionEntry<'modules'>;
export type GlossaryEntry = CollectionEntry<'glossary'>;

/** "en/what-is-kam" → { locale: "en", slug: "what-is-kam" } */
export function splitModuleId(id: string): { locale: string; slug: string } {
  const [locale = '', slug = ''] = id.split('/');
  return { locale, slug };
}

export async function modulesOf(locale: Locale): Promise<ModuleEntry[]> {
  const all = await getCollection('modules', (entry) => splitModuleId(entry.id).locale === locale);
  return all.sort((a, b) => a.data.order - b.data.order);
}

export async function glossaryOf(locale: Locale): Promise<GlossaryEntry[]> {
  const terms = await getCollection('glossary', (entry) => entry.data.locale === locale);
  const collator = new Intl.Collator(locale);
  return terms.sort((a, b) => collator.compare(a.data.term, b.data.term));
}
