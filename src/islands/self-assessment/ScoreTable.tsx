import type { ResponseScore, TargetResult } from '../../domain/questionnaire/score';
import type { SaKit } from './kit';

interface Props {
  score: ResponseScore;
  targets: Readonly<Record<string, number>>;
  target: TargetResult;
  kit: SaKit;
  onTarget: (dimension: string, level: number | null) => void;
}

/**
 * Every dimension's score, at each level and over all its statements, its target (chosen here)
 * and the gap to it. On paper the target is printed as text, without the select.
 */
export function ScoreTable({ score, targets, target, kit, onTarget }: Props) {
  const { t, fmt, instrument } = kit;
  const levels = instrument.levels ?? [];
  const points = Array.from({ length: 5 }, (_, index) => index + 1);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="sa-scores-caption">
      <table class="sa-scores">
        <caption id="sa-scores-caption">{t('sa.table.caption', { min: fmt(1, 0), max: fmt(5, 0) })}</caption>
        <thead>
          <tr>
            <th scope="col" class="sticky-col">
              {t('sa.table.dimension')}
            </th>
            {levels.map((level) => (
              <th scope="col" key={level}>
                {kit.level(level)}
              </th>
            ))}
            <th scope="col">{t('sa.table.all')}</th>
            <th scope="col">{t('sa.table.target')}</th>
            <th scope="col">{t('sa.table.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {instrument.dimensions.map(({ id }) => {
            const name = kit.dimension(id);
            const gap = target.gaps[id];
            return (
              <tr key={id}>
                <th scope="row" class="sticky-col">
                  {name}
                </th>
                {levels.map((level) => (
                  <td key={level} class={score.byLevel[id]?.[level]?.score == null ? 'missing' : undefined}>
                    {score.byLevel[id]?.[level] ? kit.score(score.byLevel[id][level].score) : '–'}
                  </td>
                ))}
                <td class={score.byDimension[id]?.score == null ? 'all missing' : 'all total'}>{kit.score(score.byDimension[id]?.score)}</td>
                <td>
                  <select
                    class="no-print"
                    aria-label={t('sa.target.label', { dimension: name })}
                    value={targets[id] ? String(targets[id]) : ''}
                    onChange={(event) => {
                      const chosen = (event.currentTarget as HTMLSelectElement).value;
                      onTarget(id, chosen ? Number(chosen) : null);
                    }}
                  >
                    <option value="">{t('sa.target.none')}</option>
                    {points.map((point) => (
                      <option key={point} value={String(point)}>
                        {fmt(point, 0)}
                      </option>
                    ))}
                  </select>
                  <span class="print-only">{targets[id] ? fmt(targets[id], 0) : '–'}</span>
                </td>
                <td>{gap === undefined ? '–' : fmt(gap, 1)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
