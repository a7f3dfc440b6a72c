import type { ResponseScore } from '../../domain/questionnaire/score';
import type { SaKit } from './kit';

/**
 * How the scores are worked out, in words (the rules at the top of domain/questionnaire/score.ts),
 * and how many answers were left out of them.
 */
export function RollUpRules({ score, kit }: { score: ResponseScore; kit: SaKit }) {
  const { t, fmt, instrument, localeTag } = kit;
  const levels = new Intl.ListFormat(localeTag, { type: 'conjunction' }).format((instrument.levels ?? []).map(kit.level));
  const { totals } = score;
  const counts: Array<[string, number]> = [
    [t('sa.counts.graded'), totals.graded],
    [t('questionnaire.na'), totals.notApplicable],
    [t('questionnaire.unknown'), totals.unknown],
    [t('sa.counts.open'), totals.unanswered],
  ];
  return (
    <>
      <section class="sa-counts" aria-labelledby="sa-counts-title">
        <h3 id="sa-counts-title">{t('sa.counts.title')}</h3>
        <dl class="sa-count-list">
          {counts.map(([label, count]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{fmt(count, 0)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <details class="sa-rules" open>
        <summary>{t('sa.rules.title')}</summary>
        <ul>
          <li>{t('sa.rules.cell', { min: fmt(1, 0), max: fmt(5, 0), levels })}</li>
          <li>{t('sa.rules.excluded', { na: t('questionnaire.na'), unknown: t('questionnaire.unknown') })}</li>
          <li>{t('sa.rules.minimum', { tooFew: t('sa.tooFew') })}</li>
          <li>{t('sa.rules.overall', { example: fmt(3.8, 1), level: fmt(3, 0) })}</li>
          <li>{t('sa.rules.back')}</li>
          <li>{t('sa.rules.target', { one: fmt(1, 0) })}</li>
        </ul>
      </details>
    </>
  );
}
