import type { Locale } from './locales';
import type { UIKey } from './ui/en';

/**
 * Values allowed to stay identical to English. Keep this list short: each entry is a word the
 * language really borrows, not a translation someone forgot.
 */
export const LOANWORD_KEYS: Partial<Record<Exclude<Locale, 'en'>, readonly UIKey[]>> = {
  // Italian websites say "Home" for the home page.
  it: ['nav.home'],
};
