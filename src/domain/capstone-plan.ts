import * as z from 'zod/mini';
import { CAPSTONE_PARTS, type CapstonePart } from './capstone';
import type { ToolDefinition } from './storage/tool-definition';

/** The learner's own capstone: a one-page KAM plan for the case's chain, in the eight parts of the model plan. */
export interface CapstonePlanData {
  /** The learner's name as the printed course summary shows it; may stay empty. */
  learner: string;
  plan: Record<CapstonePart, string>;
}

export const MAX_LEARNER_LENGTH = 120;
/** About a page of text per part: more than a one-page plan needs, little enough for any storage. */
export const MAX_PART_LENGTH = 3000;

/** A part the file or storage lacks (a plan saved before a part existed) reads as not written yet. */
const partText = z.pipe(
  z.optional(z.string().check(z.maxLength(MAX_PART_LENGTH))),
  z.transform((text: string | undefined) => text ?? ''),
);

const schema = z.object({
  learner: z.string().check(z.maxLength(MAX_LEARNER_LENGTH)),
  plan: z.object(Object.fromEntries(CAPSTONE_PARTS.map((part) => [part, partText])) as Record<CapstonePart, typeof partText>),
});

export function emptyPlan(): CapstonePlanData {
  return { learner: '', plan: Object.fromEntries(CAPSTONE_PARTS.map((part) => [part, ''])) as Record<CapstonePart, string> };
}

/** The parts with something written in them. */
export function writtenParts(data: CapstonePlanData): CapstonePart[] {
  return CAPSTONE_PARTS.filter((part) => data.plan[part].trim() !== '');
}

export const capstonePlanDefinition: ToolDefinition<CapstonePlanData> = {
  id: 'capstone',
  version: 1,
  schema: schema as unknown as ToolDefinition<CapstonePlanData>['schema'],
  migrations: [],
  empty: emptyPlan,
  isEmpty: (data) => data.learner.trim() === '' && writtenParts(data).length === 0,
};
