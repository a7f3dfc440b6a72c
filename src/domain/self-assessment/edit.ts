import type { Answer } from '../questionnaire/answers';
import { currentRound, MAX_TEXT, newId, SCALE_POINTS, type Respondent, type Round, type SelfAssessmentData } from './model';

/**
 * What this browser's user changes in the self-assessment, as pure functions returning new data.
 * They share what they do not change and return the same object when nothing changes, so a click
 * on the answer already chosen saves nothing. Rounds and colleagues' files: rounds.ts, merge.ts.
 */

export interface Who {
  company: string;
  name: string;
  role: string;
}

export interface StartContext {
  /** The version of the question bank answered on. */
  bank: number;
  /** Today, YYYY-MM-DD. */
  day: string;
  /** Makes the ids; injected so tests can name them. */
  makeId?: (prefix: string) => string;
}

const clip = (text: string) => text.slice(0, MAX_TEXT);

/**
 * Starts answering: the company, and this browser's respondent (name and role, asked first) in
 * the current round, or in a first round started today when there is none. Already started, it
 * only updates the names.
 */
export function start(data: SelfAssessmentData, who: Who, { bank, day, makeId = newId }: StartContext): SelfAssessmentData {
  const named = setCompany(data, who.company);
  if (selfOf(named)) return setRespondent(named, { name: who.name, role: who.role });
  const respondent: Respondent = { id: makeId('p'), name: clip(who.name), role: clip(who.role), answeredOn: null, answers: {} };
  const round = currentRound(named);
  if (round) {
    return { ...named, self: respondent.id, rounds: named.rounds.map((r) => (r === round ? { ...r, respondents: [...r.respondents, respondent] } : r)) };
  }
  const first: Round = { id: makeId('r'), date: day, bank, respondents: [respondent] };
  return { ...named, rounds: [...named.rounds, first], current: first.id, self: respondent.id };
}

/** This browser's respondent in the current round, if the user has started. */
function selfOf(data: SelfAssessmentData): Respondent | undefined {
  return currentRound(data)?.respondents.find((respondent) => respondent.id === data.self);
}

function mapSelf(data: SelfAssessmentData, change: (respondent: Respondent) => Respondent): SelfAssessmentData {
  const round = currentRound(data);
  const own = selfOf(data);
  if (!round || !own) return data;
  const next = change(own);
  if (next === own) return data;
  const respondents = round.respondents.map((respondent) => (respondent === own ? next : respondent));
  return { ...data, rounds: data.rounds.map((r) => (r === round ? { ...round, respondents } : r)) };
}

const validAnswer = (answer: Answer) => answer === 'na' || answer === 'unknown' || (Number.isInteger(answer) && answer >= 1 && answer <= SCALE_POINTS);

/** Records (or with null, clears) one answer of this browser's respondent; the day dates the answers. */
export function setAnswer(data: SelfAssessmentData, item: string, answer: Answer | null, day: string): SelfAssessmentData {
  if (answer !== null && !validAnswer(answer)) return data;
  return mapSelf(data, (respondent) => {
    if (respondent.answers[item] === (answer ?? undefined)) return respondent;
    const answers = { ...respondent.answers };
    if (answer === null) delete answers[item];
    else answers[item] = answer;
    return { ...respondent, answers, answeredOn: day };
  });
}

export function setRespondent(data: SelfAssessmentData, names: { name?: string; role?: string }): SelfAssessmentData {
  return mapSelf(data, (respondent) => {
    const name = names.name === undefined ? respondent.name : clip(names.name);
    const role = names.role === undefined ? respondent.role : clip(names.role);
    return name === respondent.name && role === respondent.role ? respondent : { ...respondent, name, role };
  });
}

export function setCompany(data: SelfAssessmentData, company: string): SelfAssessmentData {
  const next = clip(company);
  return next === data.company ? data : { ...data, company: next };
}

/** The level aimed at for a dimension, 1 to 5; null (or anything else) clears it. */
export function setTarget(data: SelfAssessmentData, dimension: string, level: number | null): SelfAssessmentData {
  const valid = level !== null && Number.isInteger(level) && level >= 1 && level <= SCALE_POINTS;
  if (valid ? data.targets[dimension] === level : !(dimension in data.targets)) return data;
  const targets = { ...data.targets };
  if (valid) targets[dimension] = level;
  else delete targets[dimension];
  return { ...data, targets };
}
