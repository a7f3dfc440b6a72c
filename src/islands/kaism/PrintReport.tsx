import { formatDate } from '../../domain/format';
import type { PlacedAccount } from '../../domain/kaism/compute';
import type { KaismData } from '../../domain/kaism/model';
import type { Kit } from './kit';
import { ResultsHead } from './ResultsTable';

/** The report's heading: what, whose, when. Shown only on paper. */
export function ReportHeading({ state, kit }: { state: KaismData; kit: Kit }) {
  const { t } = kit;
  return (
    <header class="print-only report-heading">
      <p class="report-kind">{t('kaism.report.title')}</p>
      <p class="report-name">{state.title.trim() || t('kaism.report.untitled')}</p>
      <p>{t('kaism.report.date', { date: formatDate(kit.localeTag, new Date().toISOString()) })}</p>
    </header>
  );
}

interface TablesProps {
  state: KaismData;
  placed: PlacedAccount[];
  indexOf: ReadonlyMap<string, number>;
  kit: Kit;
}

/**
 * Every account's result and the inputs behind it, as compact tables for paper: the screen pages
 * its tables, a report lists them all.
 */
export function ReportTables({ state, placed, indexOf, kit }: TablesProps) {
  const { t, fmt, factorName, accountLabel } = kit;
  const ratio = state.settings.strengthMode === 'ratio';
  const label = (id: string, name: string) => accountLabel(name, indexOf.get(id) ?? 0);
  return (
    <div class="print-only report-tables">
      <table>
        <caption>{t('kaism.table')}</caption>
        <ResultsHead kit={kit} />
        <tbody>
          {placed.map((entry) => (
            <tr key={entry.account.id}>
              <th scope="row">{label(entry.account.id, entry.account.name)}</th>
              <td>{fmt(entry.position.attractiveness)}</td>
              <td>{fmt(entry.position.strength)}</td>
              <td>{t(`kaism.type.${entry.type}`)}</td>
              <td>{t(`kaism.strategy.${entry.type}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('kaism.report.inputs')}</h2>
      <table class="report-factors">
        <caption>{t('kaism.factors')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kaism.factor.name')}</th>
            <th scope="col">{t('kaism.factor.weight')}</th>
          </tr>
        </thead>
        {(['attractiveness', 'strength'] as const).map((axis) => (
          <tbody key={axis}>
            <tr>
              <th scope="rowgroup" colSpan={2}>
                {t(`kaism.factors.${axis}`)}
              </th>
            </tr>
            {state.factors[axis].map((factor) => (
              <tr key={factor.id}>
                <th scope="row">{factorName(factor)}</th>
                <td>{fmt(factor.weight)}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
      <table class="report-scores">
        <caption>{t('kaism.accounts.table')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('kaism.account.name')}</th>
            <th scope="col">{t('kaism.account.volume')}</th>
            {state.factors.attractiveness.map((factor) => (
              <th scope="col" key={`a-${factor.id}`}>
                {factorName(factor)}
              </th>
            ))}
            {state.factors.strength.map((factor) => (
              <th scope="col" key={`s-${factor.id}`}>
                {factorName(factor)}
              </th>
            ))}
            {ratio &&
              state.factors.strength.map((factor) => (
                <th scope="col" key={`c-${factor.id}`}>
                  {t('kaism.account.competitor')}: {factorName(factor)}
                </th>
              ))}
          </tr>
        </thead>
        <tbody>
          {state.accounts.map((account) => (
            <tr key={account.id}>
              <th scope="row">{label(account.id, account.name)}</th>
              <td>{fmt(account.volume, 0)}</td>
              {[...account.attractiveness, ...account.strength, ...(ratio ? account.competitor : [])].map((score, index) => (
                <td key={index}>{score === null ? '–' : fmt(score)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
