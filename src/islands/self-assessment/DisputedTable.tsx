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

/** The statements whose answers lie furthest apart, each with how many gave which answer. */
export function DisputedTable({ bank, comparison, shown, kit }: Props) {
  const { t, fmt } = kit;
  const top = comparison.disagreements.filter((d) => d.spread > 0).slice(0, DISPUTED_SHOWN);
  const points = SCALES[bank.scale].points;
  return (
    <section aria-labelledby="sa-disputed-title">
      <h3 id="sa-disputed-title">{t('sa.disputed.title')}</h3>
      {top.length === 0 ? (
        <p>{t('sa.disputed.none')}</p>
      ) : (
        <>
          <p class="hint">{t('sa.disputed.intro')}</p>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="sa-disputed-caption">
            <table class="data-table sa-disputed">
              <caption id="sa-disputed-caption" class="visually-hidden">
                {t('sa.disputed.title')}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{t('sa.disputed.statement')}</th>
                  <th scope="col">{t('sa.compare.min')}</th>
                  <th scope="col">{t('sa.compare.max')}</th>
                  <th scope="col">{t('sa.compare.spread')}</th>
                  <th scope="col">{t('sa.disputed.answers')}</th>
                </tr>
              </thead>
              <tbody>
                {top.map((d) => {
                  const item = bank.text.items[d.item];
                  const dimension = bank.sections.flatMap((s) => s.items).find((i) => i.id === d.item)?.dimension ?? '';
                  const tally = answerTally(shown.map((r) => r.answers), d.item, points);
                  return (
                    <tr key={d.item} data-item={d.item}>
                      <th scope="row">
                        {item?.statement ?? d.item}
                        <span class="hint sa-dimension-of"> ({bank.text.dimensions[dimension]?.name ?? dimension})</span>
                      </th>
                      <td>{fmt(d.min, 0)}</td>
                      <td>{fmt(d.max, 0)}</td>
                      <td>{fmt(d.spread, 0)}</td>
                      <td>
                        <ul class="sa-tally">
                          {tally.map(({ answer, count }) => (
                            <li key={answer}>{t('sa.disputed.tally', { answer: answerText(kit, bank, answer), count: fmt(count, 0) })}</li>
                          ))}
                        </ul>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
