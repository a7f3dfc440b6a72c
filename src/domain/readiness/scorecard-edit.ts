import { newId } from '../ids';
import { CRITERIA, MAX_CANDIDATES, type Candidate, type Criterion, type Scorecard } from './scorecard';

/**
 * Every change a user makes to the scorecard, as pure functions returning a new scorecard that
 * shares what it does not change.
 */

export function blankCandidate(name = ''): Candidate {
  return {
    id: newId('c'),
    name,
    ratings: Object.fromEntries(CRITERIA.map((criterion) => [criterion, null])) as Record<Criterion, null>,
    chosen: false,
    accountId: null,
  };
}

export function addCandidate(scorecard: Scorecard, name = ''): Scorecard {
  if (scorecard.candidates.length >= MAX_CANDIDATES) return scorecard;
  return { ...scorecard, candidates: [...scorecard.candidates, blankCandidate(name)] };
}

export function removeCandidate(scorecard: Scorecard, id: string): Scorecard {
  return { ...scorecard, candidates: scorecard.candidates.filter((candidate) => candidate.id !== id) };
}

function mapCandidate(scorecard: Scorecard, id: string, change: (candidate: Candidate) => Candidate): Scorecard {
  let changed = false;
  const candidates = scorecard.candidates.map((candidate) => {
    if (candidate.id !== id) return candidate;
    changed = true;
    return change(candidate);
  });
  return changed ? { ...scorecard, candidates } : scorecard;
}

/** A new name loosens the link to a plotter account: carrying it again matches or adds afresh. */
export function renameCandidate(scorecard: Scorecard, id: string, name: string): Scorecard {
  return mapCandidate(scorecard, id, (candidate) => ({ ...candidate, name, accountId: null }));
}

export function rateCandidate(scorecard: Scorecard, id: string, criterion: Criterion, rating: number | null): Scorecard {
  return mapCandidate(scorecard, id, (candidate) => ({ ...candidate, ratings: { ...candidate.ratings, [criterion]: rating } }));
}

export function chooseCandidate(scorecard: Scorecard, id: string, chosen: boolean): Scorecard {
  return mapCandidate(scorecard, id, (candidate) => ({ ...candidate, chosen }));
}

export function setCriterionWeight(scorecard: Scorecard, criterion: Criterion, weight: number): Scorecard {
  return { ...scorecard, weights: { ...scorecard.weights, [criterion]: weight } };
}

/** The candidates picked for the plotter, in the order they were entered. */
export const chosenCandidates = (scorecard: Scorecard): Candidate[] => scorecard.candidates.filter((candidate) => candidate.chosen);
