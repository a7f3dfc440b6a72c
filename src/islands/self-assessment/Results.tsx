import { useMemo } from 'preact/hooks';
import { compareToTarget, holdingBack, SCORE_DECIMALS, scoreResponse } from '../../domain/questionnaire/score';
import type { Answers } from '../../domain/questionnaire/answers';
import { SCALES } from '../../domain/questionnaire/bank';
import { formatDate, formatPercent } from '../../domain/format';
import { RadarChart, type RadarSeries } from '../shared/RadarChart';
import { HoldingBack, type ModuleLink } from './HoldingBack';
import { RollUpRules } from './RollUpRules';
import { ScoreTable } from './ScoreTable';
import type { SaKit } from './kit';

interface Props {
  answers: Answers;
  /** Whose answers: the series' name on the radar. */
  name: string;
  targets: Readonly<Record<string, number>>;
  modules: Readonly<Record<string, ModuleLink>>;
  kit: SaKit;
  onTarget: (dimension: string, level: number | null) => void;
}

/** One respondent's results: the overall level, the radar and table, what holds back, the rules. */
export function Results({ answers, name, targets, modules, kit, onTarget }: Props) {
  const { t, fmt, instrument, localeTag } = kit;
  const points = SCALES[instrument.scale].points;
  const bank = useMemo(
    () => ({
      dimensions: instrument.dimensions,
      sections: instrument.sections,
      levels: instrument.levels,
      points,
    }),
    [instrument],
  );
  const score = useMemo(() => scoreResponse(bank, answers), [bank, answers]);
  const target = useMemo(() => compareToTarget(score, targets), [score, targets]);
  const back = useMemo(() => holdingBack(score), [score]);

  const axes = useMemo(() => instrument.dimensions.map(({ id }) => ({ id, label: kit.dimension(id) })), [instrument]);
  const series = useMemo(() => {
    const list: RadarSeries[] = [
      {
        id: 'self',
        label: name || t('sa.you'),
        values: instrument.dimensions.map(({ id }) => score.byDimension[id]?.score ?? null),
        emphasis: true,
      },
    ];
    if (Object.keys(targets).length > 0)
      list.push({
        id: 'target',
        label: t('sa.radar.target'),
        values: instrument.dimensions.map(({ id }) => targets[id] ?? null),
        missing: '–',
      });
    return list;
  }, [score, targets, name]);

  const level = score.overallLevel;
  const today = new Date().toISOString();
  return (
    <div class="sa-results">
      <div class="sa-summary">
        <section class="sa-overall" aria-labelledby="sa-overall-title">
          <h3 id="sa-overall-title">{t('sa.overall')}</h3>
          {level === null || score.overall === null ? (
            <p>{t('sa.overall.none')}</p>
          ) : (
            <>
              <p class="sa-level">
                {t('sa.overall.level', {
                  level: fmt(level, 0),
                  max: fmt(points, 0),
                  name: instrument.text.scale.names[level - 1] ?? '',
                })}
              </p>
              <p>{t('sa.overall.score', { score: fmt(score.overall, SCORE_DECIMALS) })}</p>
              <p>{instrument.text.scale.descriptions[level - 1]}</p>
            </>
          )}
          <p class="sa-to-target">
            {target.toTarget === null
              ? t('sa.toTarget.none')
              : t('sa.toTarget', {
                  percent: formatPercent(localeTag, target.toTarget),
                })}
          </p>
        </section>

        <RadarChart
          title={t('sa.radar.title')}
          subtitle={`${name || t('sa.you')} · ${formatDate(localeTag, today)}`}
          description={t('sa.radar.alt', {
            min: fmt(0, 0),
            max: fmt(points, 0),
          })}
          axes={axes}
          series={series}
          min={0}
          max={points}
          fileName={`kam-self-assessment-${today.slice(0, 10)}.png`}
          axisHeading={t('sa.table.dimension')}
          missing={t('sa.tooFew')}
          kit={kit}
          table={false}
        />
      </div>

      <ScoreTable score={score} targets={targets} target={target} kit={kit} onTarget={onTarget} />
      <HoldingBack dimensions={back} score={score} modules={modules} kit={kit} />
      <RollUpRules score={score} kit={kit} />
    </div>
  );
}
