import { useMemo } from 'preact/hooks';
import { SCALES, type LocalizedInstrument } from '../../domain/questionnaire/bank';
import { RADAR_RESPONDENTS, radarSeries, type RoundView } from '../../domain/self-assessment/comparison';
import type { Round } from '../../domain/self-assessment/model';
import type { BaseKit } from '../lib/kit';
import { RadarChart } from '../shared/RadarChart';
import { dayText, respondentName } from './compare-words';

interface Props {
  bank: LocalizedInstrument;
  company: string;
  round: Round;
  view: RoundView;
  kit: BaseKit;
}

/** The mean (thick, filled) over up to five respondents' own lines, one axis per dimension. */
export function OverlayRadar({ bank, company, round, view, kit }: Props) {
  const { t } = kit;
  const points = SCALES[bank.scale].points;
  const axes = useMemo(() => bank.dimensions.map(({ id }) => ({ id, label: bank.text.dimensions[id]?.name ?? id })), [bank]);
  const series = useMemo(() => {
    const structure = { ...bank, points };
    // Names by position in the whole round, as the respondents' table numbers them.
    const position = new Map(round.respondents.map((respondent, index) => [respondent.id, index]));
    return radarSeries(structure, view, t('sa.compare.mean'), (respondent) => respondentName(kit, respondent, position.get(respondent.id) ?? 0)).map((entry) => ({
      id: entry.id,
      label: entry.name,
      values: entry.values,
      emphasis: entry.id === 'mean',
    }));
  }, [bank, points, round, view, kit, t]);
  const date = dayText(kit, round.date);
  return (
    // Not a named region: the table inside is one, under the same name (axe: landmark-unique).
    <section class="sa-overlay">
      <h3 id="sa-overlay-title">{t('sa.compare.radar.title')}</h3>
      {view.shown.length > RADAR_RESPONDENTS && <p class="hint">{t('sa.radar.more', { count: kit.fmt(RADAR_RESPONDENTS, 0) })}</p>}
      <RadarChart
        title={t('sa.compare.radar.title')}
        subtitle={company.trim() ? t('sa.radar.subtitle', { company, date }) : date}
        description={t('sa.radar.description')}
        axes={axes}
        series={series}
        min={0}
        max={points}
        fileName={`kam-self-assessment-comparison-${round.date}.png`}
        axisHeading={t('sa.compare.dimension')}
        missing={t('sa.compare.tooFew')}
        kit={kit}
      />
    </section>
  );
}
