import type { LocalizedInstrument } from '../../domain/questionnaire/bank';
import type { Comparison } from '../../domain/questionnaire/compare';
import type { BaseKit } from '../lib/kit';

interface Props {
  bank: LocalizedInstrument;
  comparison: Comparison;
  kit: BaseKit;
}

/** Per dimension: mean, lowest, highest and spread over the respondents in the picture. */
export function DimensionTable({ bank, comparison, kit }: Props) {
  const { t, fmt } = kit;
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="sa-dimensions-caption">
      <table class="data-table sa-dimensions">
        <caption id="sa-dimensions-caption">{t('sa.compare.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sa.compare.dimension')}</th>
            <th scope="col">{t('sa.compare.mean')}</th>
            <th scope="col">{t('sa.compare.min')}</th>
            <th scope="col">{t('sa.compare.max')}</th>
            <th scope="col">{t('sa.compare.spread')}</th>
            <th scope="col">{t('sa.compare.scored')}</th>
          </tr>
        </thead>
        <tbody>
          {bank.dimensions.map(({ id }) => {
            const row = comparison.byDimension[id];
            const name = bank.text.dimensions[id]?.name ?? id;
            return (
              <tr key={id} data-dimension={id}>
                <th scope="row">{name}</th>
                {row && row.mean !== null ? (
                  <>
                    <td>{fmt(row.mean)}</td>
                    <td>{fmt(row.min as number)}</td>
                    <td>{fmt(row.max as number)}</td>
                    <td>{fmt(row.spread as number)}</td>
                  </>
                ) : (
                  <td colSpan={4}>{t('sa.compare.tooFew')}</td>
                )}
                <td>{fmt(row?.respondents ?? 0, 0)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
