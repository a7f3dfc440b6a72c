import { formatPercent } from '../../domain/format';
import { summarize, type Portfolio } from '../../domain/kaism/compute';
import type { TypeChange } from '../../domain/kaism/sensitivity';
import type { KaismData } from '../../domain/kaism/model';
import type { Kit } from './kit';

interface Props {
  state: KaismData;
  portfolio: Portfolio;
  fragile: TypeChange[];
  indexOf: ReadonlyMap<string, number>;
  kit: Kit;
}

/** Accounts listed by name at most: past this a list reads as noise, and costs every edit. */
const MAX_FRAGILE_SHOWN = 10;

/** Accounts and volume per type, and the accounts a ten-point weight change would move. */
export function PortfolioSummary({ state, portfolio, fragile, indexOf, kit }: Props) {
  const { t, fmt, factorName, accountLabel } = kit;
  const byId = new Map(state.accounts.map((account) => [account.id, account]));
  return (
    <section aria-labelledby="summary-title">
      <h2 id="summary-title">{t('kaism.summary')}</h2>
      <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="summary-caption">
        <table>
          <caption id="summary-caption" class="visually-hidden">
            {t('kaism.summary.caption')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('kaism.table.type')}</th>
              <th scope="col">{t('kaism.summary.accounts')}</th>
              <th scope="col">{t('kaism.summary.share')}</th>
            </tr>
          </thead>
          <tbody>
            {summarize(portfolio.placed).map((row) => (
              <tr key={row.type}>
                <th scope="row">{t(`kaism.type.${row.type}`)}</th>
                <td>{fmt(row.count, 0)}</td>
                <td>{formatPercent(kit.localeTag, row.share)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>{t('kaism.robust')}</h3>
      {fragile.length === 0 ? (
        <p>{t('kaism.robust.none')}</p>
      ) : (
        <>
          <p>{t('kaism.robust.intro')}</p>
          <ul>
            {fragile.slice(0, MAX_FRAGILE_SHOWN).map((change) => {
              const account = byId.get(change.accountId);
              const factor = state.factors[change.axis].find((f) => f.id === change.factorId);
              return (
                <li key={change.accountId}>
                  {t('kaism.robust.item', {
                    account: account ? accountLabel(account.name, indexOf.get(account.id) ?? 0) : '',
                    type: t(`kaism.type.${change.newType}`),
                    factor: factor ? factorName(factor) : '',
                    direction: t(`kaism.robust.${change.direction}`),
                  })}
                </li>
              );
            })}
          </ul>
          {fragile.length > MAX_FRAGILE_SHOWN && <p>{kit.counted('kaism.robust.more', fragile.length - MAX_FRAGILE_SHOWN)}</p>}
        </>
      )}
    </section>
  );
}
