/**
 * Scoring of a module's quiz. Pure and self-contained: the module page inlines scoreQuiz as
 * source text (its only script must stay under the content-page budget), so it references
 * nothing outside itself.
 */

export type Verdict = 'correct' | 'incorrect';

export interface QuizScore {
  /** Questions with a correct answer chosen. */
  score: number;
  total: number;
  /** Every question answered correctly. */
  passed: boolean;
  /** Per question: the verdict on the chosen option, or null when none is chosen yet. */
  feedback: (Verdict | null)[];
}

/**
 * `key[i]` is the index of question i's correct option; `answers[i]` the index chosen, or -1 (or
 * anything that is not an option's index) when the question is not answered yet.
 */
export function scoreQuiz(key: readonly number[], answers: readonly number[]): QuizScore {
  const feedback = key.map((correct, i): Verdict | null => {
    const chosen = answers[i];
    if (typeof chosen !== 'number' || chosen < 0) return null;
    return chosen === correct ? 'correct' : 'incorrect';
  });
  const score = feedback.filter((verdict) => verdict === 'correct').length;
  return { score, total: key.length, passed: key.length > 0 && score === key.length, feedback };
}

/**
 * The page prints its own verdict ("Correct.") before an option's feedback, so a feedback text that
 * starts with that same verdict would read "Correct. Correct. …": the repeated verdict is dropped.
 */
export function withoutVerdict(feedback: string, verdict: string): string {
  const text = feedback.trim();
  const lead = verdict.trim();
  return lead !== '' && text.startsWith(lead) && text.length > lead.length ? text.slice(lead.length).trimStart() : text;
}
