import { entryOf, type ReadinessData } from '../../domain/readiness/model';
import { MET_FROM, type Reason, type Verdict } from '../../domain/readiness/result';
import type { RdKit } from './kit';

interface Props {
  verdict: Verdict;
  /** The statuses, so each reason's items show where they stand. */
  data: Pick<ReadinessData, 'items'>;
  kit: RdKit;
}

/** The verdict in words, the reasons that decided it (with the items behind each) and the next step. */
export function VerdictView({ verdict, data, kit }: Props) {
  const { t } = kit;
  const reason = (entry: Reason) => {
    const vars = {
      part: kit.part(entry.part),
      percent: entry.readiness === null ? t('rd.readiness.none') : kit.percent(entry.readiness),
      threshold: kit.percent(MET_FROM),
    };
    // A part that is met may still have items to finish: say so only when there are some.
    const key = entry.key === 'met' && entry.items.length > 0 ? 'rd.reason.met.open' : `rd.reason.${entry.key}`;
    return (
      <li key={`${entry.part}-${entry.key}`}>
        {t(key, vars)}
        {entry.items.length > 0 && entry.key !== 'nothing-graded' && (
          <ul class="rd-reason-items">
            {entry.items.map((id) => (
              <li key={id}>
                {kit.item(id)} <span class="rd-status">({kit.status(entryOf(data, id).status)})</span>
              </li>
            ))}
          </ul>
        )}
      </li>
    );
  };
  return (
    <div class={`rd-verdict rd-verdict-${verdict.key}`}>
      <h3 id="rd-verdict-title">{t('rd.verdict.title')}</h3>
      <p class="rd-verdict-words">
        <strong>{t(`rd.verdict.${verdict.key}`)}</strong> {t(`rd.verdict.${verdict.key}.advice`)}
      </p>
      <h4>{t('rd.reasons')}</h4>
      <ul class="rd-reasons">{verdict.reasons.map(reason)}</ul>
      {verdict.next && verdict.key !== 'incomplete' && <p class="rd-next">{t('rd.next', { step: kit.item(verdict.next) })}</p>}
      <p class="hint">{t('rd.rules', { threshold: kit.percent(MET_FROM) })}</p>
    </div>
  );
}
