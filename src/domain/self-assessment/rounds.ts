import { MAX_ROUNDS, newId, type Respondent, type Round, type SelfAssessmentData } from './model';

/**
 * Assessments over time. A new assessment (round) keeps every earlier one; this browser's
 * respondent starts it with no answers under the same name, role and id, so one person can be
 * followed from round to round. The comparison shows one round at a time and can leave chosen
 * respondents out of its picture; they stay in the data.
 */

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export type StartRefusal = 'date' | 'full';

export function startRound(
  data: SelfAssessmentData,
  date: string,
  bankVersion: number,
  who: { name: string; role: string } = { name: '', role: '' },
): { ok: true; data: SelfAssessmentData } | { ok: false; reason: StartRefusal } {
  if (!DAY.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) return { ok: false, reason: 'date' };
  if (data.rounds.length >= MAX_ROUNDS) return { ok: false, reason: 'full' };
  const before = data.rounds.find((round) => round.id === data.current)?.respondents.find((r) => r.id === data.self);
  const self: Respondent = {
    id: data.self ?? newId('p'),
    name: before?.name ?? who.name,
    role: before?.role ?? who.role,
    answeredOn: null,
    answers: {},
  };
  const round: Round = { id: newId('r'), date, bank: bankVersion, respondents: [self] };
  return { ok: true, data: { ...data, rounds: [...data.rounds, round], current: round.id, self: self.id } };
}

/** The rounds oldest first (by date, then in the order they were started). */
export function roundsByDate(data: SelfAssessmentData): Round[] {
  return data.rounds.map((round, index) => ({ round, index })).sort((a, b) => a.round.date.localeCompare(b.round.date) || a.index - b.index).map(({ round }) => round);
}

/** The rounds before the given one in time: what it can be compared with, latest first. */
export function earlierRounds(data: SelfAssessmentData, roundId: string | null): Round[] {
  const ordered = roundsByDate(data);
  const at = ordered.findIndex((round) => round.id === roundId);
  return at <= 0 ? [] : ordered.slice(0, at).reverse();
}

/** Shows another round; an unknown id changes nothing. */
export function pickRound(data: SelfAssessmentData, roundId: string): SelfAssessmentData {
  if (data.current === roundId || !data.rounds.some((round) => round.id === roundId)) return data;
  return { ...data, current: roundId };
}

export function setHidden(data: SelfAssessmentData, respondentId: string, hidden: boolean): SelfAssessmentData {
  const has = data.hidden.includes(respondentId);
  if (has === hidden) return data;
  return { ...data, hidden: hidden ? [...data.hidden, respondentId] : data.hidden.filter((id) => id !== respondentId) };
}

/** The respondents of a round the comparison's picture counts: everyone not hidden. */
export function shownRespondents(data: SelfAssessmentData, round: Round | undefined): Respondent[] {
  if (!round) return [];
  const hidden = new Set(data.hidden);
  return round.respondents.filter((respondent) => !hidden.has(respondent.id));
}
