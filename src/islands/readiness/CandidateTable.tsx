import { useState } from 'preact/hooks';
import { CRITERIA, MAX_CANDIDATES, RATING_MAX, RATING_MIN, type Scorecard } from '../../domain/readiness/scorecard';
import { addCandidate, rateCandidate, removeCandidate, renameCandidate } from '../../domain/readiness/scorecard-edit';
import { MAX_NAME_LENGTH } from '../../domain/kaism/model';
import { NumberField } from '../shared/NumberField';
import type { RdKit } from './kit';

interface Props {
  scorecard: Scorecard;
  kit: RdKit;
  /** Applies a change to the latest saved scorecard (not this render's copy). */
  change: (apply: (scorecard: Scorecard) => Scorecard) => void;
}

/** Candidates added by name, and each rated 1 to 10 on the five criteria. */
export function CandidateTable({ scorecard, kit, change }: Props) {
  const { t } = kit;
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const full = scorecard.candidates.length >= MAX_CANDIDATES;
  const add = (event: Event) => {
    event.preventDefault();
    if (!name.trim()) {
      setMissing(true);
      document.getElementById('rd-candidate-name')?.focus();
      return;
    }
    change((current) => addCandidate(current, name.trim()));
    setName('');
    setMissing(false);
  };
  return (
    <>
      {scorecard.candidates.length === 0 ? (
        <p>{t('rd.sc.none')}</p>
      ) : (
        <>
          <p id="rd-rating-hint" class="field-hint">{t('rd.sc.rating.hint', { min: kit.fmt(1, 0), max: kit.fmt(10, 0) })}</p>
          <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="rd-candidates-caption">
            <table class="data-table rd-candidates">
              <caption id="rd-candidates-caption" class="visually-hidden">{t('rd.sc.candidates')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('rd.sc.name')}</th>
                  {CRITERIA.map((criterion) => (
                    <th scope="col" key={criterion}>
                      {t(`rd.sc.criterion.${criterion}`)}
                    </th>
                  ))}
                  <th scope="col">
                    <span class="visually-hidden">{t('rd.sc.actions')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {scorecard.candidates.map((candidate, row) => {
                  const shownName = candidate.name.trim() || t('rd.sc.unnamed', { n: kit.fmt(row + 1, 0) });
                  return (
                    <tr key={candidate.id}>
                      <td>
                        <input
                          type="text"
                          class="rd-candidate-name"
                          maxLength={MAX_NAME_LENGTH}
                          aria-label={t('rd.sc.name.of', { n: kit.fmt(row + 1, 0) })}
                          value={candidate.name}
                          onInput={(event) => change((current) => renameCandidate(current, candidate.id, (event.currentTarget as HTMLInputElement).value))}
                        />
                      </td>
                      {CRITERIA.map((criterion) => (
                        <td key={criterion}>
                          <NumberField
                            id={`rd-rate-${candidate.id}-${criterion}`}
                            label={t('rd.sc.rating', { criterion: t(`rd.sc.criterion.${criterion}`), name: shownName })}
                            value={candidate.ratings[criterion]}
                            min={RATING_MIN}
                            max={RATING_MAX}
                            optional
                            fractionDigits={0}
                            localeTag={kit.localeTag}
                            hintId="rd-rating-hint"
                            t={t}
                            onValue={(value) => change((current) => rateCandidate(current, candidate.id, criterion, value))}
                          />
                        </td>
                      ))}
                      <td>
                        <button
                          type="button"
                          onClick={() => {
                            change((current) => removeCandidate(current, candidate.id));
                            // The row and its button go: the keyboard goes on from the field that adds one.
                            document.getElementById('rd-candidate-name')?.focus();
                          }}
                        >
                          {t('rd.sc.remove')}
                          <span class="visually-hidden"> {shownName}</span>
                        </button>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
      <form class="rd-add" onSubmit={add} noValidate>
        <div class="field">
          <label for="rd-candidate-name">{t('rd.sc.add.label')}</label>
          <input
            id="rd-candidate-name"
            type="text"
            maxLength={MAX_NAME_LENGTH}
            autoComplete="organization"
            value={name}
            aria-invalid={missing ? 'true' : undefined}
            aria-describedby="rd-candidate-error"
            onInput={(event) => {
              setName((event.currentTarget as HTMLInputElement).value);
              setMissing(false);
            }}
          />
          <div role="alert" id="rd-candidate-error">
            {missing && <p class="field-error">{t('rd.sc.add.empty')}</p>}
          </div>
        </div>
        <button type="submit" disabled={full}>
          {t('rd.sc.add')}
        </button>
      </form>
    </>
  );
}
