import type { Round, SelfAssessmentData } from '../../domain/self-assessment/model';
import type { BaseKit } from '../lib/kit';
import { dayText, respondentName } from './compare-words';

interface Props {
  data: SelfAssessmentData;
  round: Round;
  /** The number of statements in the bank, for "12 of 26". */
  items: number;
  kit: BaseKit;
  onHide: (respondentId: string, hidden: boolean) => void;
}

/** Everyone who answered this round, each with a "hide from the picture" switch. */
export function RespondentList({ data, round, items, kit, onHide }: Props) {
  const { t, fmt } = kit;
  const hidden = new Set(data.hidden);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="sa-respondents-caption">
      <table class="data-table sa-respondents">
        <caption id="sa-respondents-caption">{t('sa.respondents.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('sa.respondents.name')}</th>
            <th scope="col">{t('sa.respondents.role')}</th>
            <th scope="col">{t('sa.respondents.answeredOn')}</th>
            <th scope="col">{t('sa.respondents.answered')}</th>
            <th scope="col" id="sa-hide-heading">
              {t('sa.respondents.hide')}
            </th>
          </tr>
        </thead>
        <tbody>
          {round.respondents.map((respondent, index) => {
            const nameId = `sa-respondent-${index}`;
            const isHidden = hidden.has(respondent.id);
            return (
              <tr key={respondent.id} class={isHidden ? 'sa-hidden' : undefined}>
                <th scope="row" id={nameId} dir="auto">
                  {respondentName(kit, respondent, index)}
                  {respondent.id === data.self && <span class="hint"> {t('sa.respondents.you')}</span>}
                </th>
                <td dir="auto">{respondent.role}</td>
                <td>{dayText(kit, respondent.answeredOn)}</td>
                <td>{t('sa.respondents.answeredOf', { count: fmt(Object.keys(respondent.answers).length, 0), total: fmt(items, 0) })}</td>
                <td>
                  <input
                    type="checkbox"
                    class="no-print"
                    aria-labelledby={`sa-hide-heading ${nameId}`}
                    checked={isHidden}
                    onChange={(event) => onHide(respondent.id, (event.currentTarget as HTMLInputElement).checked)}
                  />
                  <span class="print-only">{isHidden ? t('sa.respondents.hiddenMark') : ''}</span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
