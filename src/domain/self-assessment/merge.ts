import { importToolFile, type ImportError } from '../storage/file-format';
import { currentRound, MAX_RESPONDENTS, newId, selfAssessmentDefinition, type Respondent, type Round, type SelfAssessmentData } from './model';

/**
 * A coordinator gathers colleagues' exported files into the current assessment. The rules:
 * - each file's respondents of ITS current round are added to the coordinator's current round,
 *   next to the coordinator's own answers (nothing is replaced wholesale);
 * - a respondent is "the same" by id: with the same answeredOn it is already there (nothing
 *   changes); with a later one it is updated; with an earlier one the newer answers present are
 *   kept, so an old file never overwrites newer work;
 * - a file is taken whole or refused whole (nothing changes): another tool or a damaged file
 *   (importToolFile says why), another version of the question bank, no answers at all, or more
 *   respondents than the round has room for.
 * Respondents without a single answer are passed over: a colleague who exported too early.
 */

export interface Person {
  id: string;
  name: string;
}

export type MergeRefusal =
  | { kind: 'file'; error: ImportError }
  /** Answered on another version of the question bank than this round. */
  | { kind: 'bank'; theirs: number; ours: number }
  /** The file's current round holds no respondent with an answer. */
  | { kind: 'empty' }
  /** More new respondents than the round has room for. */
  | { kind: 'full'; incoming: number; room: number; max: number };

export type FileOutcome =
  | { ok: true; added: Person[]; updated: Person[]; already: Person[]; keptNewer: Person[] }
  | { ok: false; refusal: MergeRefusal };

export interface MergeContext {
  /** The version of the question bank this page asks (for a coordinator without a round yet). */
  bankVersion: number;
  /** The statements of that bank: answers to anything else are dropped. */
  itemIds: ReadonlySet<string>;
  /** YYYY-MM-DD, the date of a round started to receive the files. */
  today: string;
}

export interface IncomingFile {
  name: string;
  text: string;
  bytes?: number;
}

const person = (respondent: Respondent): Person => ({ id: respondent.id, name: respondent.name });

/** Keeps only answers to statements of the bank (a null-prototype-safe copy). */
function knownAnswers(answers: Respondent['answers'], itemIds: ReadonlySet<string>): Respondent['answers'] {
  return Object.fromEntries(Object.entries(answers).filter(([item]) => itemIds.has(item)));
}

/** The coordinator's current round, or a new one of this bank when there is none yet. */
function targetRound(data: SelfAssessmentData, context: MergeContext): { data: SelfAssessmentData; round: Round } {
  const round = currentRound(data);
  if (round) return { data, round };
  const fresh: Round = { id: newId('r'), date: context.today, bank: context.bankVersion, respondents: [] };
  return { data: { ...data, rounds: [...data.rounds, fresh], current: fresh.id }, round: fresh };
}

/** Adds one file's respondents to the current round; on refusal returns `data` unchanged. */
export function mergeFile(data: SelfAssessmentData, file: IncomingFile, context: MergeContext): { data: SelfAssessmentData; outcome: FileOutcome } {
  const refuse = (refusal: MergeRefusal) => ({ data, outcome: { ok: false, refusal } as FileOutcome });
  const read = importToolFile(selfAssessmentDefinition, file.text, file.bytes);
  if (!read.ok) return refuse({ kind: 'file', error: read.error });
  const theirRound = currentRound(read.value);
  const incoming = (theirRound?.respondents ?? [])
    .map((respondent) => ({ ...respondent, answers: knownAnswers(respondent.answers, context.itemIds) }))
    .filter((respondent) => Object.keys(respondent.answers).length > 0);
  if (!theirRound || incoming.length === 0) return refuse({ kind: 'empty' });
  const ours = currentRound(data)?.bank ?? context.bankVersion;
  if (theirRound.bank !== ours) return refuse({ kind: 'bank', theirs: theirRound.bank, ours });

  const target = targetRound(data, context);
  const respondents = [...target.round.respondents];
  const outcome = { ok: true as const, added: [] as Person[], updated: [] as Person[], already: [] as Person[], keptNewer: [] as Person[] };
  for (const respondent of incoming) {
    const at = respondents.findIndex((present) => present.id === respondent.id);
    if (at === -1) {
      respondents.push(respondent);
      outcome.added.push(person(respondent));
      continue;
    }
    const present = respondents[at] as Respondent;
    const theirs = respondent.answeredOn ?? '';
    const mine = present.answeredOn ?? '';
    if (theirs === mine) outcome.already.push(person(respondent));
    else if (theirs < mine) outcome.keptNewer.push(person(present));
    else {
      respondents[at] = respondent;
      outcome.updated.push(person(respondent));
    }
  }
  if (respondents.length > MAX_RESPONDENTS) {
    const room = Math.max(0, MAX_RESPONDENTS - target.round.respondents.length);
    return refuse({ kind: 'full', incoming: outcome.added.length, room, max: MAX_RESPONDENTS });
  }
  if (outcome.added.length === 0 && outcome.updated.length === 0) return { data, outcome };
  const round: Round = { ...target.round, respondents };
  return { data: { ...target.data, rounds: target.data.rounds.map((r) => (r.id === round.id ? round : r)) }, outcome };
}

/** Several files in the order chosen: each is merged into the result of the ones before it. */
export function mergeFiles(
  data: SelfAssessmentData,
  files: readonly IncomingFile[],
  context: MergeContext,
): { data: SelfAssessmentData; outcomes: Array<{ file: string; outcome: FileOutcome }> } {
  let next = data;
  const outcomes: Array<{ file: string; outcome: FileOutcome }> = [];
  for (const file of files) {
    const merged = mergeFile(next, file, context);
    next = merged.data;
    outcomes.push({ file: file.name, outcome: merged.outcome });
  }
  return { data: next, outcomes };
}
