import * as z from 'zod/mini';
import type { Answer, Answers } from '../questionnaire/answers';
import type { ToolDefinition } from '../storage/tool-definition';
import { emptyScorecard, scorecardSchema, type Scorecard } from './scorecard';

/**
 * The KAM readiness checklist as kept and exchanged: per item of the bank
 * (content/instruments/readiness.yaml) a status, an owner, a target date and a note; plus the
 * selection scorecard of candidate key accounts. Items are a list, not a record keyed by item id,
 * so every key in the data is a field name an import error can name in words.
 */
export const STATUSES = ['not-yet', 'partly', 'done', 'na'] as const;
export type Status = (typeof STATUSES)[number];

export interface ChecklistEntry {
  /** The bank's item id. */
  id: string;
  /** null: not answered yet. */
  status: Status | null;
  /** Who sees to it: free text (a name or a role). */
  owner: string;
  /** Target date, YYYY-MM-DD, or null. */
  due: string | null;
  note: string;
}

export interface ReadinessData {
  /** The company the checklist is about, as the printed plan is headed. */
  company: string;
  /** The version of the bank the statuses were given on. */
  bank: number;
  /** Only items the user has touched; a missing item is unanswered, without owner, date or note. */
  items: ChecklistEntry[];
  scorecard: Scorecard;
}

export const MAX_TEXT = 120;
export const MAX_NOTE = 1000;
export const MAX_ITEMS = 200;

/** A real calendar day: 2026-02-30 is refused, not rolled over to March. */
export function isDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const day = z.string().check(z.refine(isDay, 'a date YYYY-MM-DD'));
const itemId = z.string().check(z.maxLength(64), z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/));

const entrySchema = z.object({
  id: itemId,
  status: z.nullable(z.enum(STATUSES)),
  owner: z.string().check(z.maxLength(MAX_TEXT)),
  due: z.nullable(day),
  note: z.string().check(z.maxLength(MAX_NOTE)),
});

export const readinessSchema = z.object({
  company: z.string().check(z.maxLength(MAX_TEXT)),
  bank: z.int().check(z.minimum(1)),
  items: z.array(entrySchema).check(
    z.maxLength(MAX_ITEMS),
    z.refine((items) => new Set(items.map((item) => item.id)).size === items.length, 'each item once'),
  ),
  scorecard: scorecardSchema,
});

export const emptyReadiness = (): ReadinessData => ({ company: '', bank: 1, items: [], scorecard: emptyScorecard() });

export const blankEntry = (id: string): ChecklistEntry => ({ id, status: null, owner: '', due: null, note: '' });

const entryIsBlank = (entry: ChecklistEntry) => entry.status === null && !entry.owner && entry.due === null && !entry.note;

export const readinessDefinition: ToolDefinition<ReadinessData> = {
  id: 'readiness',
  version: 1,
  schema: readinessSchema as unknown as ToolDefinition<ReadinessData>['schema'],
  migrations: [],
  empty: emptyReadiness,
  isEmpty: (data) => !data.company && data.items.every(entryIsBlank) && data.scorecard.candidates.length === 0,
};

/** The entry of one item, blank when the user has not touched it. */
export function entryOf(data: Pick<ReadinessData, 'items'>, id: string): ChecklistEntry {
  return data.items.find((entry) => entry.id === id) ?? blankEntry(id);
}

/** Changes one item's entry (status, owner, date or note), adding it on first touch. */
export function updateEntry(data: ReadinessData, id: string, patch: Partial<Omit<ChecklistEntry, 'id'>>): ReadinessData {
  const exists = data.items.some((entry) => entry.id === id);
  const items = exists
    ? data.items.map((entry) => (entry.id === id ? { ...entry, ...patch } : entry))
    : [...data.items, { ...blankEntry(id), ...patch }];
  return { ...data, items };
}

/**
 * The status scale as the questionnaire engine's answers: not yet 1, partly 2, done 3 (the
 * scale's points, lowest first), not applicable 'na'; so the one questionnaire island can show and
 * set a checklist's statuses like any bank's answers.
 */
const ANSWER_OF: Record<Status, Answer> = { 'not-yet': 1, partly: 2, done: 3, na: 'na' };

export const answerOf = (status: Status): Answer => ANSWER_OF[status];

/** The status an engine answer stands for; "don't know" is not on the status scale. */
export function statusOf(answer: Answer | undefined): Status | null {
  if (answer === 'na') return 'na';
  if (answer === 1 || answer === 2 || answer === 3) return STATUSES[answer - 1]!;
  return null;
}

export function answersOf(data: Pick<ReadinessData, 'items'>): Answers {
  const answers: Record<string, Answer> = {};
  for (const entry of data.items) if (entry.status) answers[entry.id] = answerOf(entry.status);
  return answers;
}
