import { entryOf, type ChecklistEntry, type ReadinessData } from './model';
import type { ChecklistStructure } from './result';

/**
 * The action plan: every item that is not done and not "not applicable" (unanswered ones too: they
 * still need checking), sorted by target date, earliest first; items without a date come last; items
 * with the same date, or none, keep the checklist's order. An item is overdue when its date is
 * before the given day (due today is not overdue yet).
 */
export interface PlanRow extends ChecklistEntry {
  /** The section (part) it belongs to. */
  part: string;
  overdue: boolean;
}

/** `today` as YYYY-MM-DD in the user's own time zone: the page passes it, so tests can fix it. */
export function actionPlan(bank: ChecklistStructure, data: Pick<ReadinessData, 'items'>, today: string): PlanRow[] {
  const rows = bank.sections.flatMap((section) =>
    section.items
      .map((item) => ({ ...entryOf(data, item.id), part: section.id }))
      .filter((entry) => entry.status !== 'done' && entry.status !== 'na')
      .map((entry) => ({ ...entry, overdue: entry.due !== null && entry.due < today })),
  );
  // Array.prototype.sort is stable, so equal dates keep the checklist's order.
  return rows.sort((a, b) => {
    if (a.due === b.due) return 0;
    if (a.due === null) return 1;
    if (b.due === null) return -1;
    return a.due < b.due ? -1 : 1;
  });
}

/** The user's calendar day, not UTC's: at 00:30 in Tehran it is already tomorrow there. */
export function localDay(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
