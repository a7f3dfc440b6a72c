import { actionPlan } from '../../domain/readiness/plan';
import { overallReadiness, partReadiness, verdict } from '../../domain/readiness/result';
import type { ReadinessData } from '../../domain/readiness/model';
import type { RdKit } from './kit';
import { ActionPlan } from './ActionPlan';
import { PartBars } from './PartBars';
import { VerdictView } from './VerdictView';

interface Props {
  data: ReadinessData;
  /** The user's calendar day, YYYY-MM-DD: what counts as overdue. */
  today: string;
  kit: RdKit;
}

/** The checklist's result: readiness per part and overall, the verdict with its reasons, the plan. */
export function ResultSection({ data, today, kit }: Props) {
  const { t } = kit;
  const bank = kit.instrument;
  return (
    <>
      <section class="rd-result" aria-labelledby="rd-result-title">
        <h2 id="rd-result-title" tabIndex={-1}>
          {t('rd.result')}
        </h2>
        <h3>{t('rd.readiness')}</h3>
        <PartBars parts={partReadiness(bank, data)} overall={overallReadiness(bank, data)} kit={kit} />
        <VerdictView verdict={verdict(bank, data)} data={data} kit={kit} />
      </section>
      <section class="rd-plan-section" aria-labelledby="rd-plan-title">
        <h2 id="rd-plan-title">{t('rd.plan.title')}</h2>
        <p class="hint">{t('rd.plan.intro')}</p>
        <ActionPlan rows={actionPlan(bank, data, today)} kit={kit} />
        <div class="actions no-print">
          <button type="button" onClick={() => window.print()}>
            {t('rd.print')}
          </button>
        </div>
      </section>
    </>
  );
}
