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
  answer: Answer | undefined;
  onAnswer: (item: string, answer: Answer) => void;
  kit: BaseKit;
}

/**
 * One statement as a radio group: the statement is the legend, each option a level in this
 * statement's own words, then "not applicable" and "don't know". Arrow keys move within the group,
 * Tab leaves it: the browser's own radio behaviour.
 */
export const Statement = memo(function Statement({ name, item, statement, options, answer, onAnswer, kit }: Props) {
  const { t, fmt } = kit;
  const choice = (value: Answer, label: ComponentChildren, extra?: string) => (
    <label class={`q-option ${extra ?? ''}`} key={String(value)}>
      <input type="radio" name={name} value={String(value)} checked={answer === value} onChange={() => onAnswer(item, value)} />
      <span class="q-option-text">{label}</span>
    </label>
  );
  return (
    <fieldset class="q-statement">
      <legend>{statement}</legend>
      <div class="q-options">
        {options.map((option, index) =>
          choice(
            index + 1,
            <>
              <strong class="q-level">{t('questionnaire.option', { n: fmt(index + 1, 0), name: option.name })}</strong> {option.description}
            </>,
          ),
        )}
      </div>
      <div class="q-options q-aside">
        {choice('na', t('questionnaire.na'), 'q-other')}
        {choice('unknown', t('questionnaire.unknown'), 'q-other')}
      </div>
    </fieldset>
  );
});
