import { useMemo } from 'preact/hooks';
import { instrumentItems, SCALES, type LocalizedInstrument } from '../../domain/questionnaire/bank';
import { viewRound } from '../../domain/self-assessment/comparison';
import { currentRound, type SelfAssessmentData } from '../../domain/self-assessment/model';
import { setHidden } from '../../domain/self-assessment/rounds';
import type { BaseKit } from '../lib/kit';
import { ColleagueImport } from './ColleagueImport';
import { dayText } from './compare-words';
import { DimensionTable } from './DimensionTable';
import { DisputedList } from './DisputedList';
import { OverlayRadar } from './OverlayRadar';
import { RespondentList } from './RespondentList';
import { RoundsPanel } from './RoundsPanel';

export interface ComparisonProps {
  data: SelfAssessmentData;
  bank: LocalizedInstrument;
  kit: BaseKit;
  /** Stages the next state (shown in the next frame, saved right after). */
  edit: (next: SelfAssessmentData) => void;
}

/**
 * Several respondents side by side, for the round shown: who answered (each can be hidden from the
 * picture), where they stand per dimension, the statements they disagree on most, the change since
 * an earlier round; and the field that adds colleagues' files.
 */
export function Comparison({ data, bank, kit, edit }: ComparisonProps) {
  const { t } = kit;
  const structure = useMemo(() => ({ ...bank, points: SCALES[bank.scale].points }), [bank]);
  const items = useMemo(() => instrumentItems(bank).length, [bank]);
  const round = currentRound(data);
  const view = useMemo(() => viewRound(structure, data, round), [structure, data, round]);
  const onHide = (id: string, hidden: boolean) => edit(setHidden(data, id, hidden));

  return (
    <section class="sa-comparison" aria-labelledby="sa-comparison-title">
      <h2 id="sa-comparison-title">{t('sa.compare.title')}</h2>
      {round ? (
        <>
          <p>{t('sa.compare.intro', { date: dayText(kit, round.date) })}</p>
          <RespondentList data={data} round={round} items={items} kit={kit} onHide={onHide} />
          {view.shown.length === 0 ? (
            <p class="notice warn">{t('sa.compare.allHidden')}</p>
          ) : view.shown.length === 1 ? (
            // One person's answers are the results above: the comparison starts with a second.
            <p class="notice">{t('sa.compare.single')}</p>
          ) : (
            <>
              <DimensionTable bank={bank} comparison={view.comparison} kit={kit} />
              <p class="hint">{t('sa.compare.method')}</p>
              <OverlayRadar bank={bank} company={data.company} round={round} view={view} kit={kit} />
              <DisputedList bank={bank} comparison={view.comparison} shown={view.shown} kit={kit} />
            </>
          )}
        </>
      ) : (
        <p>{t('sa.compare.none')}</p>
      )}
      <ColleagueImport data={data} bank={bank} kit={kit} edit={edit} />
      {round && <RoundsPanel data={data} bank={bank} kit={kit} edit={edit} />}
    </section>
  );
}
