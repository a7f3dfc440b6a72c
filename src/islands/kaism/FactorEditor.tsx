import { useState } from 'preact/hooks';
import { weightTotal, weightsValid } from '../../domain/kaism/compute';
import { addFactor, removeFactor, renameFactor, rescaleAxis, setWeight } from '../../domain/kaism/edit';
import { MAX_FACTORS, type Axis, type Factor, type KaismData } from '../../domain/kaism/model';
import { NumberField } from '../shared/NumberField';
import type { Kit } from './kit';

interface Props {
  axis: Axis;
  factors: Factor[];
  kit: Kit;
  change: (edit: (data: KaismData) => KaismData) => void;
}

/** One axis's factors: names, weights that must total 100, and the offer to rescale them. */
export function FactorEditor({ axis, factors, kit, change }: Props) {
  const { t, fmt, factorName } = kit;
  const total = weightTotal(factors);
  const valid = weightsValid(factors);
  // A name error shows once the user has left the field, not while a new factor is still empty.
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  return (
    <fieldset class="factor-editor">
      <legend>{t(`kaism.factors.${axis}`)}</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('kaism.factor.name')}</th>
            <th scope="col">{t('kaism.factor.weight')}</th>
            <td />
          </tr>
        </thead>
        <tbody>
          {factors.map((factor, index) => {
            const name = factorName(factor);
            const nameError = name.trim() === '' && left.has(factor.id);
            const errorId = `${axis}-${factor.id}-name-error`;
            return (
              <tr key={factor.id}>
                <td>
                  <input
                    type="text"
                    aria-label={t('kaism.factor.nameOf', { n: fmt(index + 1) })}
                    value={name}
                    maxLength={120}
                    aria-invalid={nameError ? 'true' : undefined}
                    aria-describedby={nameError ? errorId : undefined}
                    onInput={(e) => change((d) => renameFactor(d, axis, index, (e.currentTarget as HTMLInputElement).value))}
                    onBlur={() => setLeft((previous) => new Set(previous).add(factor.id))}
                  />
                  {nameError && (
                    <span class="field-error" id={errorId}>
                      {t('kaism.factor.nameEmpty')}
                    </span>
                  )}
                </td>
                <td>
                  <NumberField
                    id={`${axis}-${factor.id}-weight`}
                    label={t('kaism.factor.weightOf', { factor: name || fmt(index + 1) })}
                    value={factor.weight}
                    min={0}
                    max={100}
                    localeTag={kit.localeTag}
                    format={fmt}
                    t={t}
                    onValue={(v) => change((d) => setWeight(d, axis, index, v ?? 0))}
                    class="weight"
                  />
                </td>
                <td>
                  <button type="button" disabled={factors.length <= 1} onClick={() => change((d) => removeFactor(d, axis, index))} aria-label={t('kaism.factor.remove', { factor: name || fmt(index + 1) })}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p class={valid ? 'weight-total' : 'weight-total wrong'} aria-live="polite">
        {t('kaism.factor.total', { total: fmt(total) })}
      </p>
      <div role="alert">
        {!valid && (
          <div class="notice error">
            <p>{t('kaism.factor.totalWrong', { total: fmt(total) })}</p>
            <button type="button" onClick={() => change((d) => rescaleAxis(d, axis))}>
              {t('kaism.factor.rescale')}
            </button>
          </div>
        )}
      </div>
      <button type="button" disabled={factors.length >= MAX_FACTORS} onClick={() => change((d) => addFactor(d, axis))}>
        {t('kaism.factor.add')}
      </button>
    </fieldset>
  );
}
