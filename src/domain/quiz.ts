/**
 * Quiz text helpers. The quiz's scoring runs in the module page's inline script
 * (src/islands/quiz/module-page.ts): a pass is every question answered right, the score the
 * questions answered right at the first choice.
 */

/**
 * The page prints its own verdict ("Correct.") before an option's feedback, so a feedback text that
 * starts with that same verdict would read "Correct. Correct. …": the repeated verdict is dropped.
 */
export function withoutVerdict(feedback: string, verdict: string): string {
  const text = feedback.trim();
  const lead = verdict.trim();
  return lead !== '' && text.startsWith(lead) && text.length > lead.length ? text.slice(lead.length).trimStart() : text;
}
