import * as z from 'zod/mini';
import type { Answer } from '../questionnaire/answers';
import { newId } from '../ids';
import type { ToolDefinition } from '../storage/tool-definition';

/**
 * The KAM maturity self-assessment as kept and exchanged. A company runs assessments (rounds) at
 * dates; in each, several people answer. This browser's own answers are one respondent among them;
 * colleagues' files add theirs. Two rounds of one company show the change between dates.
 */
export interface Respondent {
  id: string;
  name: string;
  role: string;
  /** The day the answers last changed (YYYY-MM-DD); with the id, what makes an imported file "the same". */
  answeredOn: string | null;
  answers: Record<string, Answer>;
}

export interface Round {
  id: string;
  /** The day the round was started (YYYY-MM-DD). */
  date: string;
  /** The version of the question bank the answers were given on. */
  bank: number;
  respondents: Respondent[];
}

export interface SelfAssessmentData {
  company: string;
  rounds: Round[];
  /** The round shown and answered; null before the first. */
  current: string | null;
  /** This browser's respondent in the current round. */
  self: string | null;
  /** The level the company aims for per dimension (1 to 5). */
  targets: Record<string, number>;
  /** Respondents left out of the comparison's picture (still kept). */
  hidden: string[];
}

export const MAX_TEXT = 120;
export const MAX_RESPONDENTS = 50;
export const MAX_ROUNDS = 20;
export const SCALE_POINTS = 5;

const text = z.string().check(z.maxLength(MAX_TEXT));
const day = z.nullable(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)));
const answer = z.union([z.int().check(z.minimum(1), z.maximum(SCALE_POINTS)), z.literal('na'), z.literal('unknown')]);
const id = z.string().check(z.minLength(1), z.maxLength(64));

const respondentSchema = z.object({ id, name: text, role: text, answeredOn: day, answers: z.record(z.string().check(z.maxLength(64)), answer) });
const roundSchema = z.object({
  id,
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  bank: z.int().check(z.minimum(1)),
  respondents: z.array(respondentSchema).check(z.maxLength(MAX_RESPONDENTS)),
});

export const selfAssessmentSchema = z.object({
  company: text,
  rounds: z.array(roundSchema).check(z.maxLength(MAX_ROUNDS)),
  current: z.nullable(id),
  self: z.nullable(id),
  targets: z.record(z.string().check(z.maxLength(64)), z.int().check(z.minimum(1), z.maximum(SCALE_POINTS))),
  hidden: z.array(id),
});

export const emptySelfAssessment = (): SelfAssessmentData => ({ company: '', rounds: [], current: null, self: null, targets: {}, hidden: [] });

export const selfAssessmentDefinition: ToolDefinition<SelfAssessmentData> = {
  id: 'self-assessment',
  version: 1,
  schema: selfAssessmentSchema as unknown as ToolDefinition<SelfAssessmentData>['schema'],
  migrations: [],
  empty: emptySelfAssessment,
  isEmpty: (data) => data.rounds.every((round) => round.respondents.every((r) => Object.keys(r.answers).length === 0 && !r.name)) && !data.company,
};

export const today = (now: Date = new Date()) => now.toISOString().slice(0, 10);

export const currentRound = (data: SelfAssessmentData): Round | undefined => data.rounds.find((round) => round.id === data.current);
export const selfRespondent = (data: SelfAssessmentData): Respondent | undefined => currentRound(data)?.respondents.find((r) => r.id === data.self);

export { newId };
