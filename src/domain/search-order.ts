/**
 * Puts the page whose title the visitor typed first. Pagefind ranks by the words of the whole page,
 * so a module's title loses to longer pages that repeat its words ("大客户经理" shares 大客户 with
 * every Chinese module title), and no ranking option of pagefind 1.x changes that for every locale.
 * Results are reordered by how their title matches the query: the same title, then a title that
 * contains the query, then pagefind's own order.
 */

/** Letters and digits only, case and width folded, so "What is KAM?" matches "what is kam". */
export function titleKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\p{Cf}\s]+/gu, '');
}

export function orderByTitle<T extends { title: string }>(query: string, results: readonly T[]): T[] {
  const wanted = titleKey(query);
  if (wanted === '') return [...results];
  const tier = (title: string) => {
    const key = titleKey(title);
    return key === wanted ? 0 : key.includes(wanted) ? 1 : 2;
  };
  // Array.prototype.sort is stable: within a tier pagefind's order stays.
  return results.map((result) => ({ result, tier: tier(result.title) })).sort((a, b) => a.tier - b.tier).map(({ result }) => result);
}
