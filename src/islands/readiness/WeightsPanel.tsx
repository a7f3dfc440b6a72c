import { CRITERIA, rescaleWeights, weightsComplete, weightsTotal, type Criterion, type Scorecard } from '../../domain/readiness/scorecard';
import { setCriterionWeight } from '../../domain/readiness/scorecard-edit';
import { NumberField } from '../shared/NumberField';
import type { RdKit } from './kit';

interface Props {
  scorecard: Scorecard;
  kit: RdKit;
  /** Applies a change to the latest saved scorecard (not this render's copy). */
  change: (apply: (scorecard: Scorecard) => Scorecard) => void;
}

/** The five criteria's weights in percent: editable, with their total and, off 100, a way back. */
export function WeightsPanel({ scorecard, kit, change }: Props) {
  const { t } = kit;
  const total = weightsTotal(scorecard.weights);
  const complete = weightsComplete(scorecard.weights);
  const setWeight = (criterion: Criterion) => (value: number | null) => change((current) => setCriterionWeight(current, criterion, value ?? 0));
  return (
    <fieldset class="rd-weights">
      <legend>{t('rd.sc.weights')}</legend>
      <p id="rd-weight-hint" class="field-hint">{t('rd.sc.weight.hint', { total: kit.fmt(100, 0) })}</p>
      <ul class="rd-weight-list">
        {CRITERIA.map((criterion) => (
          <li key={criterion} class="field">
            <label for={`rd-weight-${criterion}`}>{t(`rd.sc.criterion.${criterion}`)}</label>
            <NumberField
              id={`rd-weight-${criterion}`}
              value={scorecard.weights[criterion]}
              min={0}
              max={100}
              fractionDigits={0}
              localeTag={kit.localeTag}
              hintId="rd-weight-hint"
              t={t}
              onValue={setWeight(criterion)}
            />
          </li>
        ))}
      </ul>
      <p class="rd-weights-total">{t('rd.sc.total', { total: kit.fmt(total, 2) })}</p>
      <div role="alert">
        {!complete && (
          <div class="notice warn">
            <p>{t('rd.sc.total.wrong', { total: kit.fmt(total, 2) })}</p>
            <button type="button" onClick={() => change((current) => ({ ...current, weights: rescaleWeights(current.weights) }))}>
              {t('rd.sc.rescale')}
            </button>
          </div>
        )}
      </div>
    </fieldset>
  );
}
