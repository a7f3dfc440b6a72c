import type { LocalizedInstrument } from '../../domain/questionnaire/bank';
import { SCALES } from '../../domain/questionnaire/bank';
import type { Comparison } from '../../domain/questionnaire/compare';
import { answerTally, DISPUTED_SHOWN } from '../../domain/self-assessment/comparison';
import type { Respondent } from '../../domain/self-assessment/model';
import type { BaseKit } from '../lib/kit';
import { answerText } from './compare-words';

interface Props {
  bank: LocalizedInstrument;
  comparison: Comparison;
  shown: readonly Respondent[];
  kit: BaseKit;
}

/**
 * The statements whose answers lie furthest apart, each with how many gave which answer. A list,
 * not a table: a statement is a sentence, and a phone has no room for it beside four columns.
 */
export function DisputedList({ bank, comparison, shown, kit }: Props) {
  const { t, fmt } = kit;
  const top = comparison.disagreements.filter((d) => d.spread > 0).slice(0, DISPUTED_SHOWN);
  const points = SCALES[bank.scale].points;
  const dimensionOf = new Map(bank.sections.flatMap((s) => s.items).map((item) => [item.id, item.dimension]));
  return (
    <section class="sa-disputed-section" aria-labelledby="sa-disputed-title">
      <h3 id="sa-disputed-title">{t('sa.disputed.title')}</h3>
      {top.length === 0 ? (
        <p>{t('sa.disputed.none')}</p>
      ) : (
        <>
          <p class="hint">{t('sa.disputed.intro')}</p>
          <ol class="sa-disputed">
            {top.map((d) => {
              const dimension = dimensionOf.get(d.item) ?? '';
              const tally = answerTally(shown.map((r) => r.answers), d.item, points);
              return (
                <li key={d.item} data-item={d.item}>
                  <p class="sa-statement">
                    {bank.text.items[d.item]?.statement ?? d.item} <span class="hint">({bank.text.dimensions[dimension]?.name ?? dimension})</span>
                  </p>
                  <p class="sa-range">{t('sa.disputed.range', { min: fmt(d.min, 0), max: fmt(d.max, 0), spread: fmt(d.spread, 0) })}</p>
                  <ul class="sa-tally" aria-label={t('sa.disputed.answers')}>
                    {tally.map(({ answer, count }) => (
                      <li key={answer}>{t('sa.disputed.tally', { answer: answerText(kit, bank, answer), count: fmt(count, 0) })}</li>
                    ))}
                  </ul>
                </li>
              );
            })}
          </ol>
        </>
      )}
    </section>
  );
}
