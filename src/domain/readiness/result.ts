import { entryOf, type ReadinessData, type Status } from './model';

/**
 * What the checklist concludes, as pure functions of the bank's structure and the user's statuses.
 *
 * Readiness of a part (and overall, over every item alike): done counts 1, partly 0.5, not yet 0;
 * "not applicable" and unanswered items are left out. It is null while nothing is graded.
 *
 * The verdict, decided in this order (the first rule that applies wins):
 * 1. Relevance has an unanswered item, or only "not applicable" answers → 'incomplete'.
 * 2. Relevance readiness below 75% → 'not-relevant' (not yet relevant). One weak analysis can be
 *    outweighed: a market that was fragmented in the past may be concentrated today.
 * 3. Feasibility has an unanswered item, or only "not applicable" answers → 'incomplete'.
 * 4. Feasibility readiness below 75%, or any feasibility item "not yet" → 'not-feasible' (relevant
 *    but not yet feasible): management, organisation, resources and qualifications must each be at
 *    least partly there, because strength in one does not make up for a gap in another.
 * 5. Any implementation step done or partly → 'under-way'; otherwise → 'ready' (ready to start).
 * Reasons list, in the same order, what decided each part, with the items behind it; `next` is the
 * first implementation step, in order, that is neither done nor not applicable.
 */
export const PARTS = ['relevance', 'feasibility', 'implementation'] as const;
export type PartId = (typeof PARTS)[number];

/** A part counts as met from this readiness up. */
export const MET_FROM = 0.75;

const CREDIT: Record<Exclude<Status, 'na'>, number> = { done: 1, partly: 0.5, 'not-yet': 0 };

/** What the functions need of the bank: its sections (the parts) and their items, in order. */
export interface ChecklistStructure {
  sections: ReadonlyArray<{ id: string; items: ReadonlyArray<{ id: string }> }>;
}

export interface Readiness {
  /** 0 to 1, or null while nothing in it is graded. */
  readiness: number | null;
  items: number;
  done: number;
  partly: number;
  notYet: number;
  notApplicable: number;
  unanswered: number;
}

type Statuses = Pick<ReadinessData, 'items'>;

function readinessOf(ids: readonly string[], data: Statuses): Readiness {
  const counts = { done: 0, partly: 0, notYet: 0, notApplicable: 0, unanswered: 0 };
  let credit = 0;
  for (const id of ids) {
    const status = entryOf(data, id).status;
    if (status === null) counts.unanswered += 1;
    else if (status === 'na') counts.notApplicable += 1;
    else {
      credit += CREDIT[status];
      counts[status === 'not-yet' ? 'notYet' : status] += 1;
    }
  }
  const graded = counts.done + counts.partly + counts.notYet;
  return { readiness: graded > 0 ? credit / graded : null, items: ids.length, ...counts };
}

const idsOf = (bank: ChecklistStructure, part?: string) =>
  bank.sections.filter((section) => part === undefined || section.id === part).flatMap((section) => section.items.map((item) => item.id));

export function partReadiness(bank: ChecklistStructure, data: Statuses): Record<string, Readiness> {
  return Object.fromEntries(bank.sections.map((section) => [section.id, readinessOf(idsOf(bank, section.id), data)]));
}

export const overallReadiness = (bank: ChecklistStructure, data: Statuses): Readiness => readinessOf(idsOf(bank), data);

/** The progress bar: items answered (not applicable included) of all items. */
export function progress(bank: ChecklistStructure, data: Statuses): { answered: number; total: number; share: number } {
  const ids = idsOf(bank);
  const answered = ids.filter((id) => entryOf(data, id).status !== null).length;
  return { answered, total: ids.length, share: ids.length ? answered / ids.length : 0 };
}

export type VerdictKey = 'incomplete' | 'not-relevant' | 'not-feasible' | 'ready' | 'under-way';

export type ReasonKey =
  /** Items of the part still unanswered. */
  | 'unanswered'
  /** Every item of the part is "not applicable": there is nothing to judge it on. */
  | 'nothing-graded'
  /** Readiness below MET_FROM; items: those not done. */
  | 'below'
  /** A feasibility condition that is not there at all; items: those "not yet". */
  | 'missing-condition'
  /** Readiness MET_FROM or more; items: those not done yet, if any. */
  | 'met'
  /** Implementation steps done or partly. */
  | 'started'
  /** No implementation step started yet. */
  | 'not-started';

export interface Reason {
  key: ReasonKey;
  part: PartId;
  readiness: number | null;
  items: string[];
}

export interface Verdict {
  key: VerdictKey;
  reasons: Reason[];
  /** The next implementation step to work on, or null when every step is done or not applicable. */
  next: string | null;
}

export function verdict(bank: ChecklistStructure, data: Statuses): Verdict {
  const reasons: Reason[] = [];
  const ids = (part: PartId) => idsOf(bank, part);
  const withStatus = (part: PartId, ...statuses: Array<Status | null>) => ids(part).filter((id) => statuses.includes(entryOf(data, id).status));
  const steps = ids('implementation');
  const next = steps.find((id) => !['done', 'na'].includes(entryOf(data, id).status ?? '')) ?? null;
  const end = (key: VerdictKey): Verdict => ({ key, reasons, next });

  for (const part of ['relevance', 'feasibility'] as const) {
    const { readiness } = readinessOf(ids(part), data);
    const unanswered = withStatus(part, null);
    if (unanswered.length > 0) {
      reasons.push({ key: 'unanswered', part, readiness, items: unanswered });
      // Say at once what else stands between the user and a verdict.
      if (part === 'relevance' && withStatus('feasibility', null).length > 0) {
        reasons.push({ key: 'unanswered', part: 'feasibility', readiness: readinessOf(ids('feasibility'), data).readiness, items: withStatus('feasibility', null) });
      }
      return end('incomplete');
    }
    if (readiness === null) {
      reasons.push({ key: 'nothing-graded', part, readiness, items: ids(part) });
      return end('incomplete');
    }
    const notDone = withStatus(part, 'partly', 'not-yet');
    const missing = part === 'feasibility' ? withStatus(part, 'not-yet') : [];
    if (readiness < MET_FROM) reasons.push({ key: 'below', part, readiness, items: notDone });
    if (missing.length > 0) reasons.push({ key: 'missing-condition', part, readiness, items: missing });
    if (readiness < MET_FROM || missing.length > 0) return end(part === 'relevance' ? 'not-relevant' : 'not-feasible');
    reasons.push({ key: 'met', part, readiness, items: notDone });
  }

  const started = withStatus('implementation', 'done', 'partly');
  const { readiness } = readinessOf(steps, data);
  if (started.length > 0) {
    reasons.push({ key: 'started', part: 'implementation', readiness, items: started });
    return end('under-way');
  }
  reasons.push({ key: 'not-started', part: 'implementation', readiness, items: [] });
  return end('ready');
}
