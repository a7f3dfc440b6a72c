import { useMemo, useState } from 'preact/hooks';
import { SCALES, type LocalizedInstrument } from '../../domain/questionnaire/bank';
import { changeSince } from '../../domain/self-assessment/comparison';
import { currentRound, type SelfAssessmentData } from '../../domain/self-assessment/model';
import { earlierRounds } from '../../domain/self-assessment/rounds';
import type { BaseKit } from '../lib/kit';
import { changeText, dayText } from './compare-words';

interface Props {
  data: SelfAssessmentData;
  bank: LocalizedInstrument;
  kit: BaseKit;
}

/** The mean per dimension in an earlier assessment (the user picks which) and in the one shown, and the change. */
export function ChangeTable({ data, bank, kit }: Props) {
  const { t, fmt } = kit;
  const later = currentRound(data);
  const options = earlierRounds(data, data.current);
  const [picked, setPicked] = useState<string | null>(null);
  const earlier = options.find((round) => round.id === picked) ?? options[0];
  const change = useMemo(
    () => (later && earlier ? changeSince({ ...bank, points: SCALES[bank.scale].points }, data, earlier, later) : null),
    [bank, data, earlier, later],
  );
  if (!later || !earlier || !change) return <p class="hint">{t('sa.change.none')}</p>;
  const score = (value: number | null | undefined) => (value == null ? t('sa.compare.tooFew') : fmt(value));
  return (
    <div class="sa-change">
      <div class="field no-print">
        <label for="sa-change-from">{t('sa.change.from')}</label>
        <select id="sa-change-from" value={earlier.id} onChange={(event) => setPicked((event.currentTarget as HTMLSelectElement).value)}>
          {options.map((round) => (
            <option key={round.id} value={round.id}>
              {dayText(kit, round.date)}
            </option>
          ))}
        </select>
      </div>
      {change.otherBank && <p class="notice warn">{t('sa.change.otherBank')}</p>}
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="sa-change-caption">
        <table class="data-table sa-change-table">
          <caption id="sa-change-caption">{t('sa.change.caption', { from: dayText(kit, earlier.date), to: dayText(kit, later.date) })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('sa.compare.dimension')}</th>
              <th scope="col">{dayText(kit, earlier.date)}</th>
              <th scope="col">{dayText(kit, later.date)}</th>
              <th scope="col">{t('sa.change.delta')}</th>
            </tr>
          </thead>
          <tbody>
            {bank.dimensions.map(({ id }) => {
              const delta = change.change[id];
              return (
                <tr key={id} data-dimension={id}>
                  <th scope="row">{bank.text.dimensions[id]?.name ?? id}</th>
                  <td>{score(change.before.byDimension[id]?.mean)}</td>
                  <td>{score(change.after.byDimension[id]?.mean)}</td>
                  <td>{delta == null ? '–' : changeText(kit, delta)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
