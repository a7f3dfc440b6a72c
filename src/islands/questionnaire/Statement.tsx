import type { ComponentChildren } from 'preact';
import type { Answer } from '../../domain/questionnaire/answers';
import { memo } from '../lib/memo';
import type { BaseKit } from '../lib/kit';

interface Props {
  /** Unique on the page: names the radio group. */
  name: string;
  item: string;
  statement: string;
  /** What each graded answer looks like for this statement, lowest first, with the scale's names. */
  options: ReadonlyArray<{ name: string; description: string }>;
  /**
   * An explained scale's words on what "ready" means for this item: shown under the statement,
   * and each option is then the scale's bare name (not yet, partly, done), not a numbered level.
   */
  explanation?: string | undefined;
  /** Whether "don't know" is offered (the scale's `unknown`). */
  unknown?: boolean;
  answer: Answer | undefined;
  onAnswer: (item: string, answer: Answer) => void;
  kit: BaseKit;
}

/**
 * One statement as a radio group: the statement is the legend, each option a level in this
 * statement's own words (or, on an explained scale, the scale's names under the item's
 * explanation), then "not applicable" and, where the scale has it, "don't know". Arrow keys move
 * within the group, Tab leaves it: the browser's own radio behaviour.
 */
export const Statement = memo(function Statement({ name, item, statement, options, explanation, unknown = true, answer, onAnswer, kit }: Props) {
  const { t, fmt } = kit;
  const explained = explanation !== undefined;
  const explanationId = `${name}-explanation`;
  const choice = (value: Answer, label: ComponentChildren, extra?: string) => (
    <label class={`q-option ${extra ?? ''}`} key={String(value)}>
      <input type="radio" name={name} value={String(value)} checked={answer === value} onChange={() => onAnswer(item, value)} />
      <span class="q-option-text">{label}</span>
    </label>
  );
  return (
    <fieldset class={explained ? 'q-statement q-explained' : 'q-statement'} aria-describedby={explained ? explanationId : undefined}>
      <legend>{statement}</legend>
      {explained && (
        <p class="q-explanation" id={explanationId}>
          {explanation}
        </p>
      )}
      <div class="q-options">
        {options.map((option, index) =>
          choice(
            index + 1,
            explained ? (
              <strong class="q-level">{option.name}</strong>
            ) : (
              <>
                <strong class="q-level">{t('questionnaire.option', { n: fmt(index + 1, 0), name: option.name })}</strong> {option.description}
              </>
            ),
          ),
        )}
      </div>
      <div class="q-options q-aside">
        {choice('na', t('questionnaire.na'), 'q-other')}
        {unknown && choice('unknown', t('questionnaire.unknown'), 'q-other')}
      </div>
    </fieldset>
  );
});
