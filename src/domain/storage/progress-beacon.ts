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

/** A module's quiz: the best score at the first try (of `total` questions) and when it was first passed. */
export interface QuizRecord {
  score: number;
  total: number;
  passedAt: string | null;
}

/** The saved envelope of the progress tool, version 2 (version 1 had no `quiz`). */
export interface ProgressEnvelope {
  v: 2;
  /** Absent when nothing is saved yet. */
  savedAt?: string;
  rev: number;
  data: { opened: string[]; passed: string[]; quiz: Record<string, QuizRecord> };
}

type Reader = Pick<Storage, 'getItem'>;

/**
 * The saved progress, an empty one when nothing is saved, or null when it cannot be used.
 * Version 1 is read as version 2 with no scores, as the storage module's migration reads it.
 */
export function readProgress(storage: Reader, key: string): ProgressEnvelope | null {
  try {
    const raw = storage.getItem(key);
    // Nothing saved reads as an empty version 1, which becomes an empty version 2 below.
    const envelope = JSON.parse(raw ?? '{"v":1,"rev":0,"data":{"opened":[],"passed":[]}}');
    // JSON null throws here, and missing data below, into the catch.
    const data = envelope.data;
    if (envelope.v == 1) {
      envelope.v = 2;
      data.quiz = {};
    }
    const isList = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item == 'string');
    const quiz = data.quiz;
    // A plain object: not null, an array, a string or a number (JSON gives nothing else a constructor of Object).
    if (envelope.v != 2 || !isList(data.opened) || !isList(data.passed) || !quiz || quiz.constructor != Object) return null;
    return envelope;
  } catch {
    return null;
  }
}

/**
 * Marks a module opened and, when `total` is given (every question answered), keeps its best
 * first-try score, marks it passed when `passed`, and dates its first pass. Gives the progress as
 * saved, or null when nothing could be saved; nothing is written when nothing changed.
 */
export function recordProgress(
  storage: Reader & Pick<Storage, 'setItem'>,
  key: string,
  slug: string,
  now: string,
  read: typeof readProgress,
  score?: number,
  total?: number,
  passed?: boolean,
): ProgressEnvelope | null {
  const envelope = read(storage, key);
  if (!envelope) return null;
  const data = envelope.data;
  const before = JSON.stringify(data);
  // True when the slug was already there.
  const add = (list: string[]) => list.includes(slug) || !list.push(slug);
  add(data.opened);
  if (total) {
    const best = data.quiz[slug];
    // A module passed before scores were kept has no known date: it gets none rather than today's.
    const first = passed && !add(data.passed);
    data.quiz[slug] = {
      score: best && best.total == total && best.score > score! ? best.score : score!,
      total,
      passedAt: (best && best.passedAt) || (first ? now : null),
    };
  }
  if (JSON.stringify(data) == before) return envelope;
  envelope.rev = (envelope.rev | 0) + 1;
  envelope.savedAt = now;
  try {
    storage.setItem(key, JSON.stringify(envelope));
    return envelope;
  } catch {
    return null;
  }
}
