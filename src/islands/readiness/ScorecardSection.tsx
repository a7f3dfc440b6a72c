import type { Scorecard } from '../../domain/readiness/scorecard';
import { CandidateTable } from './CandidateTable';
import { CarryPanel } from './CarryPanel';
import type { RdKit } from './kit';
import { Shortlist } from './Shortlist';
import { WeightsPanel } from './WeightsPanel';

interface Props {
  scorecard: Scorecard;
  kit: RdKit;
  kaismHref: string;
  change: (apply: (scorecard: Scorecard) => Scorecard) => void;
  saveScorecard: (apply: (scorecard: Scorecard) => Scorecard) => void;
}

/** The selection scorecard: weights, candidates and their ratings, the ranked shortlist, the carry. */
export function ScorecardSection({ scorecard, kit, kaismHref, change, saveScorecard }: Props) {
  const { t } = kit;
  return (
    <section class="rd-scorecard no-print" aria-labelledby="rd-sc-title">
      <h2 id="rd-sc-title">{t('rd.sc.title')}</h2>
      <p class="prose">{t('rd.sc.intro')}</p>
      <WeightsPanel scorecard={scorecard} kit={kit} change={change} />
      <h3>{t('rd.sc.candidates')}</h3>
      <CandidateTable scorecard={scorecard} kit={kit} change={change} />
      {scorecard.candidates.length > 0 && (
        <>
          <h3>{t('rd.sc.ranking')}</h3>
          <p class="hint">{t('rd.sc.ranking.rules')}</p>
          <Shortlist scorecard={scorecard} kit={kit} change={change} />
          <CarryPanel scorecard={scorecard} kit={kit} kaismHref={kaismHref} saveScorecard={saveScorecard} />
        </>
      )}
    </section>
  );
}
