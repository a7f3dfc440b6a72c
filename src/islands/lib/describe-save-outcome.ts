import type { SaveOutcome } from '../../domain/storage/save-outcome';

/** The strings this module needs. */
export const SAVE_REASON_KEYS = ['storage.reason.quota', 'storage.reason.unavailable', 'storage.reason.conflict', 'storage.reason.newer'] as const;
type Key = (typeof SAVE_REASON_KEYS)[number];

/** Why a save did not go through, as one sentence that also says nothing was lost; null when it went through. */
export function saveFailureReason(outcome: SaveOutcome, t: (key: Key) => string): string | null {
  switch (outcome) {
    case 'saved':
    case 'memory':
      return null;
    case 'quota':
    case 'unavailable':
    case 'conflict':
    case 'newer':
      return t(`storage.reason.${outcome}`);
  }
}
