import type { ToolStore } from './store';

/**
 * What became of one save, so the page can say it in words:
 * saved; memory (storage was refused from the start, the user already knows); quota (storage
 * full); unavailable (the browser refused this write); conflict (another tab saved newer work,
 * which this page now shows); newer (a newer version of the site owns the saved data).
 */
export type SaveOutcome = 'saved' | 'memory' | 'quota' | 'unavailable' | 'conflict' | 'newer';

/** From harmless to most telling: a combined outcome reports the last of these that occurred. */
const SEVERITY: readonly SaveOutcome[] = ['saved', 'memory', 'unavailable', 'quota', 'conflict', 'newer'];

/** True when the page's work was taken (kept in storage, or in memory when storage was refused). */
export function isKept(outcome: SaveOutcome): boolean {
  return outcome === 'saved' || outcome === 'memory';
}

export function combineOutcomes(outcomes: readonly SaveOutcome[]): SaveOutcome {
  return outcomes.reduce<SaveOutcome>((worst, outcome) => (SEVERITY.indexOf(outcome) > SEVERITY.indexOf(worst) ? outcome : worst), 'saved');
}

export interface Change {
  store: ToolStore<any>;
  data: unknown;
}

/**
 * Saves several tools as one step (a workbook import, or its undo): if one cannot be saved, the
 * ones already saved are put back as they were, so the user never ends up with half a file.
 */
export function saveTogether(changes: readonly Change[]): SaveOutcome {
  const done: Change[] = [];
  const outcomes: SaveOutcome[] = [];
  for (const { store, data } of changes) {
    const previous = store.state;
    const outcome = store.save(data, { keepOnFailure: false });
    if (!isKept(outcome)) {
      for (const undo of done.reverse()) undo.store.save(undo.data, { keepOnFailure: false });
      return outcome;
    }
    done.push({ store, data: previous });
    outcomes.push(outcome);
  }
  return combineOutcomes(outcomes);
}
