import type { ComponentChildren } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Answer, Answers } from '../../domain/questionnaire/answers';
import { SCALES, type LocalizedInstrument } from '../../domain/questionnaire/bank';
import { resumeStep, stepProgress, totalProgress } from '../../domain/questionnaire/progress';
import type { BaseKit } from '../lib/kit';
import { Statement } from './Statement';

/** The strings a page must ship for the engine. */
export const QUESTIONNAIRE_KEYS = [
  'questionnaire.progress',
  'questionnaire.progress.text',
  'questionnaire.steps',
  'questionnaire.stepOf',
  'questionnaire.option',
  'questionnaire.na',
  'questionnaire.unknown',
  'questionnaire.previous',
  'questionnaire.next',
] as const;

interface Props {
  /** Any graded bank, in the page's language. */
  instrument: LocalizedInstrument;
  answers: Answers;
  /** Called on every choice; the caller saves it (answers are kept as they are given). */
  onAnswer: (item: string, answer: Answer) => void;
  /** Distinguishes ids and radio names when two questionnaires share a page. */
  idPrefix: string;
  kit: BaseKit;
  /** The button on the last step (e.g. "See the results"). */
  doneLabel?: string;
  onDone?: () => void;
  /**
   * What a tool shows under each statement besides its answer (the checklist's owner, date and
   * note): the engine places it and knows nothing of it.
   */
  details?: (item: string) => ComponentChildren;
}

/**
 * The questionnaire engine: renders any bank one step (section) at a time, with a progress bar,
 * a list of steps to jump to and Previous/Next. It opens at the first step with an open statement,
 * so a user coming back resumes where they stopped. It knows nothing of what the answers mean.
 */
export function Questionnaire({ instrument, answers, onAnswer, idPrefix, kit, doneLabel, onDone, details }: Props) {
  const { t, fmt } = kit;
  const { sections, text } = instrument;
  const [step, setStep] = useState(() => resumeStep(sections, answers));
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const progress = stepProgress(sections, answers);
  const total = totalProgress(progress);
  const section = sections[Math.min(step, sections.length - 1)];
  const scale = SCALES[instrument.scale];

  // Each item's options: its own words for each point of the scale (the scale's, for a bank
  // without words per item), under the scale's names.
  const options = useMemo(() => {
    const points = SCALES[instrument.scale].points;
    const byItem = new Map<string, Array<{ name: string; description: string }>>();
    for (const { items } of sections) {
      for (const item of items) {
        const own = text.items[item.id]?.answers;
        byItem.set(
          item.id,
          Array.from({ length: points }, (_, index) => ({ name: text.scale.names[index] ?? '', description: own?.[index] ?? text.scale.descriptions[index] ?? '' })),
        );
      }
    }
    return byItem;
  }, [instrument]);

  // A step chosen by the user brings the focus to its heading, so the keyboard starts from its top;
  // the first render leaves the focus where the page put it.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [step]);
  const go = (index: number) => {
    moved.current = true;
    setStep(Math.max(0, Math.min(sections.length - 1, index)));
  };

  if (!section) return null;
  const labelId = `${idPrefix}-progress-label`;
  const textId = `${idPrefix}-progress-text`;
  const progressText = t('questionnaire.progress.text', { answered: fmt(total.answered, 0), total: fmt(total.total, 0) });
  const last = step === sections.length - 1;

  return (
    <div class="questionnaire">
      <div class="progress">
        <p class="progress-label" id={labelId}>
          {t('questionnaire.progress')}
        </p>
        <progress class="progress-bar" max={total.total} value={total.answered} aria-labelledby={labelId} aria-describedby={textId} />
        <p class="progress-text" id={textId}>
          {progressText}
        </p>
      </div>

      <nav class="no-print" aria-label={t('questionnaire.steps')}>
        <ol class="q-steps">
          {sections.map((entry, index) => {
            const done = progress[index]!.answered === progress[index]!.total;
            return (
              <li key={entry.id} class={done ? 'done' : undefined}>
                <button type="button" aria-current={index === step ? 'step' : undefined} onClick={() => go(index)}>
                  <span class="step-number">{fmt(index + 1, 0)}</span> <span class="q-step-title">{text.sections[entry.id]?.title}</span>{' '}
                  <span class="q-step-count">
                    {t('questionnaire.progress.text', { answered: fmt(progress[index]!.answered, 0), total: fmt(progress[index]!.total, 0) })}
                  </span>
                </button>
              </li>
            );
          })}
        </ol>
      </nav>

      <section class="q-section" aria-labelledby={`${idPrefix}-step-title`}>
        <p class="q-step-of">{t('questionnaire.stepOf', { n: fmt(step + 1, 0), total: fmt(sections.length, 0) })}</p>
        <h2 id={`${idPrefix}-step-title`} ref={heading} tabIndex={-1}>
          {text.sections[section.id]?.title}
        </h2>
        <p class="q-intro">{text.sections[section.id]?.intro}</p>
        {section.items.map((item) => (
          <div class="q-item" key={item.id}>
            {item.level && text.levels?.[item.level] && <p class="q-tag">{text.levels[item.level]}</p>}
            <Statement
              name={`${idPrefix}-${item.id}`}
              item={item.id}
              statement={text.items[item.id]?.statement ?? item.id}
              options={options.get(item.id)!}
              explanation={scale.explained ? text.items[item.id]?.explanation : undefined}
              unknown={scale.unknown}
              answer={answers[item.id]}
              onAnswer={onAnswer}
              kit={kit}
            />
            {details?.(item.id)}
          </div>
        ))}
        <div class="actions q-pager">
          <button type="button" onClick={() => go(step - 1)} disabled={step === 0}>
            {t('questionnaire.previous')}
          </button>
          {!last && (
            <button type="button" class="primary" onClick={() => go(step + 1)}>
              {t('questionnaire.next')}
            </button>
          )}
          {last && onDone && doneLabel && (
            <button type="button" class="primary" onClick={onDone}>
              {doneLabel}
            </button>
          )}
        </div>
      </section>
    </div>
  );
}
