/**
 * Module progress for content pages, without the storage module: content pages must stay under
 * 1 KB of JavaScript, so these functions are inlined into the page as source text (see
 * inlineCall in src/components/inline-scripts.ts), which is why each references nothing outside
 * itself and receives what it needs as arguments. They read and write the envelope the storage
 * module keeps under toolKey('progress'), and they touch nothing they do not recognise: unreadable
 * data, or data of another version, stays in place for the storage module to keep aside as a
 * backup and report the next time a workbook page loads. Data of any other version (a newer
 * site's, in a tab left open across a deploy) is never written over, and each record adds to the
 * stored `rev`, so a stale workbook tab cannot save over it.
 */

/** The saved envelope of the progress tool, version 1. */
export interface ProgressEnvelope {
  v: 1;
  savedAt: string;
  rev: number;
  data: { opened: string[]; passed: string[] };
}

type Reader = Pick<Storage, 'getItem'>;

/** The saved progress, an empty one when nothing is saved, or null when it cannot be used. */
export function readProgress(storage: Reader, key: string): ProgressEnvelope | null {
  try {
    const raw = storage.getItem(key);
    if (raw === null) return { v: 1, savedAt: '', rev: 0, data: { opened: [], passed: [] } };
    const envelope = JSON.parse(raw);
    // JSON null throws here, into the catch; a number or string has no data.
    const data = envelope.data;
    const isList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
    if (envelope.v !== 1 || !data || !isList(data.opened) || !isList(data.passed)) return null;
    return envelope;
  } catch {
    return null;
  }
}

/** Adds a module to the opened or passed list; false when nothing could be saved. */
export function recordProgress(
  storage: Reader & Pick<Storage, 'setItem'>,
  key: string,
  slug: string,
  field: 'opened' | 'passed',
  now: string,
  read: typeof readProgress,
): boolean {
  const envelope = read(storage, key);
  if (!envelope) return false;
  const list = envelope.data[field];
  if (list.indexOf(slug) >= 0) return true;
  list.push(slug);
  envelope.rev = (Number(envelope.rev) || 0) + 1;
  envelope.savedAt = now;
  try {
    storage.setItem(key, JSON.stringify(envelope));
    return true;
  } catch {
    return false;
  }
}
