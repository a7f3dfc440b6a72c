import type { PlanRow } from '../../domain/readiness/plan';
import type { RdKit } from './kit';

interface Props {
  rows: PlanRow[];
  kit: RdKit;
}

/**
 * The open items as a plan, earliest target date first. Overdue is said in words in the date cell
 * (and marked in colour as well), so it survives a black-and-white print and a screen reader.
 */
export function ActionPlan({ rows, kit }: Props) {
  const { t } = kit;
  if (rows.length === 0) return <p>{t('rd.plan.empty')}</p>;
  return (
    <div class="table-scroll rd-plan" tabIndex={0} role="region" aria-labelledby="rd-plan-caption">
      <table>
        <caption id="rd-plan-caption">{t('rd.plan.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('rd.plan.item')}</th>
            <th scope="col">{t('rd.plan.status')}</th>
            <th scope="col">{t('rd.owner')}</th>
            <th scope="col">{t('rd.due')}</th>
            <th scope="col">{t('rd.note')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} class={row.overdue ? 'rd-overdue' : undefined}>
              <th scope="row">
                <span class="rd-plan-part">{kit.part(row.part)}</span> {kit.item(row.id)}
              </th>
              <td>{kit.status(row.status)}</td>
              <td>{row.owner.trim() || <span class="rd-missing">{t('rd.plan.noOwner')}</span>}</td>
              <td>
                {row.due ? kit.day(row.due) : <span class="rd-missing">{t('rd.plan.noDate')}</span>}
                {row.overdue && <strong class="rd-overdue-mark"> {t('rd.plan.overdue')}</strong>}
              </td>
              <td class="rd-plan-note">{row.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
