import type { AccountType, PlacedAccount } from '../../domain/kaism/compute';
import { memo } from '../lib/memo';
import { Pager, usePage } from '../shared/Pager';
import type { Kit } from './kit';

interface RowProps {
  label: string;
  attractiveness: number;
  strength: number;
  type: AccountType;
  kit: Kit;
}

const ResultRow = memo(function ResultRow({ label, attractiveness, strength, type, kit }: RowProps) {
  const { t, fmt } = kit;
  return (
    <tr data-type={type}>
      <th scope="row" class="sticky-col">
        {label}
      </th>
      <td>{fmt(attractiveness)}</td>
      <td>{fmt(strength)}</td>
      <td>
        <span class={`type-mark type-${type}`} aria-hidden="true" /> {t(`kaism.type.${type}`)}
      </td>
      <td>{t(`kaism.strategy.${type}`)}</td>
    </tr>
  );
});

/** The results' column headings, on screen and in the printed report alike. */
export function ResultsHead({ kit }: { kit: Kit }) {
  const { t } = kit;
  return (
    <thead>
      <tr>
        <th scope="col" class="sticky-col">
          {t('kaism.account.name')}
        </th>
        <th scope="col">{t('kaism.table.attractiveness')}</th>
        <th scope="col">{t('kaism.table.strength')}</th>
        <th scope="col">{t('kaism.table.type')}</th>
        <th scope="col">{t('kaism.table.strategy')}</th>
      </tr>
    </thead>
  );
}

interface Props {
  placed: PlacedAccount[];
  /** Each account's position in the portfolio, for "Account 7" labels. */
  indexOf: ReadonlyMap<string, number>;
  kit: Kit;
}

/** Where each placed account sits, its type and the strategy it calls for. */
/** Rows on one page of the results. */
export const RESULTS_PAGE_SIZE = 50;

export function ResultsTable({ placed, indexOf, kit }: Props) {
  const { t, fmt } = kit;
  const { page, pages, from, shown, setPage } = usePage(placed, RESULTS_PAGE_SIZE);
  return (
    <>
    <div class="table-scroll" tabIndex={0} role="region" aria-labelledby="results-caption">
      <table class="results-table">
        <caption id="results-caption">{t('kaism.table')}</caption>
        <ResultsHead kit={kit} />
        <tbody>
          {shown.map((entry) => (
            <ResultRow
              key={entry.account.id}
              label={kit.accountLabel(entry.account.name, indexOf.get(entry.account.id) ?? 0)}
              attractiveness={entry.position.attractiveness}
              strength={entry.position.strength}
              type={entry.type}
              kit={kit}
            />
          ))}
        </tbody>
      </table>
    </div>
    <Pager
      page={page}
      pages={pages}
      range={t('kaism.results.range', { from: fmt(from + 1), to: fmt(from + shown.length), total: fmt(placed.length) })}
      label={t('kaism.results.pages')}
      previous={t('kaism.results.previous')}
      next={t('kaism.results.next')}
      onPage={setPage}
    />
    </>
  );
}
