/**
 * Records module progress from a content page without loading the storage module: content pages
 * must stay under 1 KB of JavaScript, so this function is inlined into the page as source text
 * (which is why it references nothing outside itself). It writes the same envelope the storage
 * module reads, and it touches nothing it does not recognise: unreadable data is left in place for
 * the storage module to keep aside as a backup and report, the next time a workbook page loads, and
 * data of any other version than 1 (a newer site's, in a tab left open across a deploy) is never
 * written over. It adds to the stored `rev`, so a stale workbook tab cannot save over its record.
 */
export function recordProgress(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  slug: string,
  field: 'opened' | 'passed',
  now: string,
): boolean {
  try {
    const key = 'kam:tool:progress';
    const raw = storage.getItem(key);
    let envelope;
    if (raw === null) {
      envelope = { v: 1, savedAt: now, rev: 0, data: { opened: [] as string[], passed: [] as string[] } };
    } else {
      envelope = JSON.parse(raw);
      const data = envelope && envelope.data;
      if (envelope.v !== 1 || !data || !Array.isArray(data.opened) || !Array.isArray(data.passed)) return false;
    }
    const list: string[] = envelope.data[field];
    if (list.indexOf(slug) >= 0) return true;
    list.push(slug);
    envelope.rev = (Number(envelope.rev) || 0) + 1;
    envelope.savedAt = now;
    storage.setItem(key, JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}
