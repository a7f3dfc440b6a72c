import { rankCandidates, type Scorecard } from '../../domain/readiness/scorecard';
import { chooseCandidate } from '../../domain/readiness/scorecard-edit';
import type { RdKit } from './kit';

interface Props {
  scorecard: Scorecard;
  kit: RdKit;
  change: (apply: (scorecard: Scorecard) => Scorecard) => void;
}

/** The ranked shortlist: rank, score, what an unrated candidate lacks, and a box to choose it. */
export function Shortlist({ scorecard, kit, change }: Props) {
  const { t } = kit;
  if (scorecard.candidates.length === 0) return null;
  const ranked = rankCandidates(scorecard, kit.localeTag);
  return (
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="rd-shortlist-caption">
      <table class="data-table rd-shortlist">
        <caption id="rd-shortlist-caption" class="visually-hidden">{t('rd.sc.ranking')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rd.sc.rank')}</th>
            <th scope="col">{t('rd.sc.name')}</th>
            <th scope="col">{t('rd.sc.choose')}</th>
            <th scope="col">{t('rd.sc.score')}</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map(({ candidate, index, rank, score, missing }) => {
            const name = candidate.name.trim() || t('rd.sc.unnamed', { n: kit.fmt(index + 1, 0) });
            return (
              <tr key={candidate.id}>
                <td>{rank === null ? '–' : kit.fmt(rank, 0)}</td>
                <th scope="row">
                  {name}
                  {candidate.accountId && <span class="rd-carried"> {t('rd.sc.inPlotter')}</span>}
                </th>
                <td>
                  <input
                    type="checkbox"
                    id={`rd-choose-${candidate.id}`}
                    aria-label={t('rd.sc.choose.label', { name })}
                    checked={candidate.chosen}
                    onChange={(event) => {
                      const chosen = (event.currentTarget as HTMLInputElement).checked;
                      change((current) => chooseCandidate(current, candidate.id, chosen));
                    }}
                  />
                </td>
                <td>{score === null ? t('rd.sc.unrated', { criteria: kit.list(missing.map((criterion) => t(`rd.sc.criterion.${criterion}`))) }) : kit.fmt(score, 2)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
