import { useMemo, useState } from 'preact/hooks';
import { computePortfolio, rescaleWeights, summarize, weightTotal, weightsValid, type AccountType } from '../../domain/kaism/compute';
import { findFragileAccounts } from '../../domain/kaism/sensitivity';
import { examplePortfolio } from '../../domain/kaism/example';
import { exportAccountsCsv, importAccountsCsv, type ColumnNames, type CsvError } from '../../domain/kaism/csv';
import { kaismDefinition, MAX_FACTORS, MAX_VOLUME, newId, SCORE_MAX, SCORE_MIN, type Account, type Axis, type Factor, type KaismData } from '../../domain/kaism/model';
import { exportFileName, exportTool, importToolFile } from '../../domain/storage/file-format';
import { formatNumber, formatPercent } from '../../domain/format';
import { translator } from '../../i18n/interpolate';
import { describeImportError } from '../lib/describe-import-error';
import { downloadText } from '../lib/download';
import { readChosenFile } from '../lib/read-file';
import { ImportPanel } from '../shared/ImportPanel';
import { NumberField } from '../shared/NumberField';
import { StorageNotices } from '../shared/StorageNotices';
import { useToolStore } from '../shared/use-tool-store';
import { KaismChart } from './KaismChart';

interface Props {
  strings: Record<string, string>;
  localeTag: string;
  dir: 'ltr' | 'rtl';
  locale: string;
}

type T = (key: string, vars?: Record<string, string | number>) => string;

export default function KaismTool({ strings, localeTag, dir, locale }: Props) {
  const t = translator(strings) as T;
  const { store, state, notices, save } = useToolStore(kaismDefinition);
  const portfolio = useMemo(() => computePortfolio(state), [state]);
  const fragile = useMemo(() => findFragileAccounts(state, portfolio), [state, portfolio]);
  const [csvMessage, setCsvMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const fmt = (value: number, digits = 2) => formatNumber(localeTag, value, digits);
  const factorName = (factor: Factor) => factor.name || (factor.preset ? t(`kaism.default.${factor.preset}`) : '');
  const accountName = (account: Account, index: number) => account.name || t('kaism.account.unnamed', { n: fmt(index + 1) });
  const update = (change: (draft: KaismData) => void) => {
    const draft = structuredClone(state);
    change(draft);
    save(draft);
  };

  const exportJson = () => {
    const now = new Date().toISOString();
    downloadText(exportTool(kaismDefinition, store.state, locale, now), exportFileName('kaism', now));
  };
  const describeState = (data: KaismData) => t('workbook.summary.kaism', { accounts: fmt(data.accounts.length), factors: fmt(data.factors.attractiveness.length + data.factors.strength.length) });

  const columns: ColumnNames = {
    name: ['name', t('kaism.account.name')],
    volume: ['volume', t('kaism.account.volume')],
    potential: ['potential', t('kaism.account.potential')],
    factor: factorName,
  };
  const csvErrorText = (error: CsvError): string => {
    switch (error.kind) {
      case 'empty':
        return t('kaism.csv.error.empty');
      case 'header':
        return t('kaism.csv.error.header');
      case 'quote':
        return t('kaism.csv.error.quote', { row: fmt(error.row) });
      case 'tooMany':
        return t('kaism.csv.error.tooMany', { max: fmt(error.max) });
      case 'unknownColumn':
        return t('kaism.csv.error.unknownColumn', { column: error.column });
      case 'row': {
        const problem =
          error.problem === 'range' ? t('number.range', { min: fmt(SCORE_MIN), max: fmt(SCORE_MAX) }) : error.problem === 'empty' ? t('kaism.account.nameEmpty') : t(error.problem === 'tooLarge' ? 'number.tooLarge' : 'number.invalid');
        return t('kaism.csv.error.row', { row: fmt(error.row), column: error.column, problem });
      }
    }
  };

  const onCsv = async (event: Event) => {
    const inputElement = event.currentTarget as HTMLInputElement;
    const file = inputElement.files?.[0];
    inputElement.value = '';
    if (!file) return;
    const read = await readChosenFile(file);
    if (!read.ok) {
      setCsvMessage({ ok: false, text: read.reason === 'tooLarge' ? t('io.tooLarge', { size: fmt(read.bytes / 1048576) + ' MiB' }) : t('io.unreadable') });
      return;
    }
    const result = importAccountsCsv(read.text, state, columns);
    if (!result.ok) {
      setCsvMessage({ ok: false, text: csvErrorText(result.error) });
      return;
    }
    update((draft) => {
      draft.accounts = [...draft.accounts, ...result.accounts].slice(0, 1000);
    });
    setCsvMessage({ ok: true, text: t('kaism.csv.imported', { count: fmt(result.accounts.length) }) });
  };

  const typeName = (type: AccountType) => t(`kaism.type.${type}`);
  const boundaryText = t('kaism.boundary.current', { attractiveness: fmt(portfolio.boundaries.attractiveness), strength: fmt(portfolio.boundaries.strength) });
  const ratio = state.settings.strengthMode === 'ratio';
  const chartReady = portfolio.weightsOk.attractiveness && portfolio.weightsOk.strength && portfolio.placed.length > 0;

  return (
    <div class="kaism-tool">
      <StorageNotices
        notices={notices}
        toolName={t('tool.kaism.name')}
        toolId="kaism"
        t={t}
        onExport={exportJson}
        onDismiss={(kind) => store.dismiss(kind)}
      />

      <section aria-labelledby="factors-title">
        <h2 id="factors-title">{t('kaism.factors')}</h2>
        <div class="factor-grid">
          {(['attractiveness', 'strength'] as const).map((axis) => (
            <FactorEditor key={axis} axis={axis} factors={state.factors[axis]} t={t} fmt={fmt} factorName={factorName} update={update} />
          ))}
        </div>
      </section>

      <section aria-labelledby="settings-title">
        <h2 id="settings-title">{t('kaism.settings')}</h2>
        <div class="settings-grid">
          <fieldset>
            <legend>{t('kaism.mode')}</legend>
            {(['direct', 'ratio'] as const).map((mode) => (
              <label class="choice" key={mode}>
                <input type="radio" name="strength-mode" checked={state.settings.strengthMode === mode} onChange={() => update((d) => void (d.settings.strengthMode = mode))} />
                {t(`kaism.mode.${mode}`)}
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>{t('kaism.boundary')}</legend>
            {(['midpoint', 'median', 'custom'] as const).map((rule) => (
              <label class="choice" key={rule}>
                <input type="radio" name="boundary-rule" checked={state.settings.boundary === rule} onChange={() => update((d) => void (d.settings.boundary = rule))} />
                {t(`kaism.boundary.${rule}`)}
              </label>
            ))}
            {state.settings.boundary === 'custom' && (
              <div class="custom-bounds">
                <label for="bound-attractiveness">{t('kaism.boundary.customAttractiveness')}</label>
                <NumberField localeTag={localeTag} id="bound-attractiveness" value={state.settings.customAttractiveness} min={0} max={100} format={fmt} t={t} onValue={(v) => update((d) => void (d.settings.customAttractiveness = v ?? 0))} />
                <label for="bound-strength">{t('kaism.boundary.customStrength')}</label>
                <NumberField localeTag={localeTag} id="bound-strength" value={state.settings.customStrength} min={0} max={100} format={fmt} t={t} onValue={(v) => update((d) => void (d.settings.customStrength = v ?? 0))} />
              </div>
            )}
            <p role="status" class="bounds-now">{boundaryText}</p>
          </fieldset>
          <label class="choice">
            <input type="checkbox" checked={state.settings.classicLayout} onChange={(e) => update((d) => void (d.settings.classicLayout = (e.currentTarget as HTMLInputElement).checked))} />
            {t('kaism.layout.classic')}
          </label>
        </div>
      </section>

      <section aria-labelledby="accounts-title">
        <h2 id="accounts-title">{t('kaism.accounts')}</h2>
        <AccountsEditor state={state} t={t} fmt={fmt} factorName={factorName} accountName={accountName} update={update} ratio={ratio} />
        <div class="actions">
          <button
            type="button"
            class="primary"
            onClick={() =>
              update((d) => {
                d.accounts.push({
                  id: newId('a'),
                  name: '',
                  volume: 0,
                  potential: null,
                  attractiveness: d.factors.attractiveness.map(() => null),
                  strength: d.factors.strength.map(() => null),
                  competitor: d.factors.strength.map(() => null),
                });
              })
            }
          >
            {t('kaism.account.add')}
          </button>
          <button type="button" onClick={() => (state.accounts.length === 0 || window.confirm(t('kaism.example.confirm'))) && save(examplePortfolio())}>
            {t('kaism.example')}
          </button>
          <button type="button" disabled={state.accounts.length === 0} onClick={() => window.confirm(t('kaism.clear.confirm')) && update((d) => void (d.accounts = []))}>
            {t('kaism.clear')}
          </button>
        </div>
        <div class="actions">
          <button type="button" onClick={() => downloadText(exportAccountsCsv(state, columns), `kam-kaism-accounts-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv')}>
            {t('kaism.csv.export')}
          </button>
          <span class="file-field">
            <label for="kaism-csv">{t('kaism.csv.import')}</label>
            <input id="kaism-csv" type="file" accept=".csv,text/csv" aria-describedby="kaism-csv-help kaism-csv-message" onChange={onCsv} />
          </span>
        </div>
        <p id="kaism-csv-help" class="hint">{t('kaism.csv.help')}</p>
        <div id="kaism-csv-message" role={csvMessage && !csvMessage.ok ? 'alert' : 'status'}>
          {csvMessage && <p class={`notice ${csvMessage.ok ? 'ok' : 'error'}`}>{csvMessage.text}</p>}
        </div>
        <ImportPanel
          idPrefix="kaism-json"
          t={t}
          onExport={exportJson}
          parse={(text, bytes) => importToolFile(kaismDefinition, text, bytes)}
          describeError={(error) => describeImportError(error, t, strings, localeTag, (id) => (strings[`tool.${id}.name`] ?? id))}
          describeCurrent={() => (kaismDefinition.isEmpty(store.state) ? null : describeState(store.state))}
          describeIncoming={describeState}
          apply={(incoming) => save(incoming)}
          snapshot={() => store.state}
          restore={(previous) => save(previous)}
        />
      </section>

      <section aria-labelledby="chart-title">
        <h2 id="chart-title">{t('kaism.chart')}</h2>
        {chartReady ? (
          <KaismChart state={state} portfolio={portfolio} t={t} fmt={fmt} dir={dir} accountName={(a) => accountName(a, state.accounts.indexOf(a))} typeName={typeName} />
        ) : (
          <p class="notice">{t('kaism.chart.waiting')}</p>
        )}
        {chartReady && (
          <div class="table-scroll">
            <table class="results-table">
              <caption>{t('kaism.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('kaism.account.name')}</th>
                  <th scope="col">{t('kaism.table.attractiveness')}</th>
                  <th scope="col">{t('kaism.table.strength')}</th>
                  <th scope="col">{t('kaism.table.type')}</th>
                  <th scope="col">{t('kaism.table.strategy')}</th>
                </tr>
              </thead>
              <tbody>
                {portfolio.placed.map((entry) => (
                  <tr key={entry.account.id} data-type={entry.type}>
                    <th scope="row">{accountName(entry.account, state.accounts.indexOf(entry.account))}</th>
                    <td>{fmt(entry.position.attractiveness)}</td>
                    <td>{fmt(entry.position.strength)}</td>
                    <td>
                      <span class={`type-mark type-${entry.type}`} aria-hidden="true" /> {typeName(entry.type)}
                    </td>
                    <td>{t(`kaism.strategy.${entry.type}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {chartReady && (
        <section aria-labelledby="summary-title">
          <h2 id="summary-title">{t('kaism.summary')}</h2>
          <div class="table-scroll">
            <table>
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
                    <th scope="row">{typeName(row.type)}</th>
                    <td>{fmt(row.count, 0)}</td>
                    <td>{formatPercent(localeTag, row.share)}</td>
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
                {fragile.map((change) => {
                  const index = state.accounts.findIndex((a) => a.id === change.accountId);
                  const factor = state.factors[change.axis].find((f) => f.id === change.factorId);
                  const target = state.accounts[index];
                  return (
                    <li key={change.accountId}>
                      {t('kaism.robust.item', {
                        account: target ? accountName(target, index) : '',
                        type: typeName(change.newType),
                        factor: factor ? factorName(factor) : '',
                        direction: t(`kaism.robust.${change.direction}`),
                      })}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </section>
      )}
    </div>
  );
}

interface FactorEditorProps {
  axis: Axis;
  factors: Factor[];
  t: T;
  fmt: (value: number, digits?: number) => string;
  factorName: (factor: Factor) => string;
  update: (change: (draft: KaismData) => void) => void;
}

function FactorEditor({ axis, factors, t, fmt, factorName, update }: FactorEditorProps) {
  const total = weightTotal(factors);
  const valid = weightsValid(factors);
  const removeAt = (index: number) =>
    update((d) => {
      d.factors[axis].splice(index, 1);
      for (const account of d.accounts) {
        account[axis].splice(index, 1);
        if (axis === 'strength') account.competitor.splice(index, 1);
      }
    });
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
          {factors.map((factor, index) => (
            <tr key={factor.id}>
              <td>
                <input
                  type="text"
                  aria-label={t('kaism.factor.nameOf', { n: fmt(index + 1) })}
                  value={factorName(factor)}
                  maxLength={120}
                  aria-invalid={factorName(factor).trim() === '' ? 'true' : undefined}
                  aria-describedby={factorName(factor).trim() === '' ? `${axis}-${factor.id}-name-error` : undefined}
                  onInput={(e) => update((d) => void ((d.factors[axis][index] as Factor).name = (e.currentTarget as HTMLInputElement).value))}
                />
                {factorName(factor).trim() === '' && (
                  <span class="field-error" id={`${axis}-${factor.id}-name-error`}>
                    {t('kaism.factor.nameEmpty')}
                  </span>
                )}
              </td>
              <td>
                <NumberField
                  id={`${axis}-${factor.id}-weight`}
                  label={t('kaism.factor.weightOf', { factor: factorName(factor) || fmt(index + 1) })}
                  value={factor.weight}
                  min={0}
                  max={100}
                  format={fmt}
                  t={t}
                  onValue={(v) => update((d) => void ((d.factors[axis][index] as Factor).weight = v ?? 0))}
                  class="weight"
                />
              </td>
              <td>
                <button type="button" disabled={factors.length <= 1} onClick={() => removeAt(index)} aria-label={t('kaism.factor.remove', { factor: factorName(factor) || fmt(index + 1) })}>
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class={valid ? 'weight-total' : 'weight-total wrong'} aria-live="polite">
        {t('kaism.factor.total', { total: fmt(total) })}
      </p>
      <div role="alert">
        {!valid && (
          <div class="notice error">
            <p>{t('kaism.factor.totalWrong', { total: fmt(total) })}</p>
            <button type="button" onClick={() => update((d) => void (d.factors[axis] = rescaleWeights(d.factors[axis])))}>
              {t('kaism.factor.rescale')}
            </button>
          </div>
        )}
      </div>
      <button
        type="button"
        disabled={factors.length >= MAX_FACTORS}
        onClick={() =>
          update((d) => {
            d.factors[axis].push({ id: newId('f'), name: '', weight: 0 });
            for (const account of d.accounts) {
              account[axis].push(null);
              if (axis === 'strength') account.competitor.push(null);
            }
          })
        }
      >
        {t('kaism.factor.add')}
      </button>
    </fieldset>
  );
}

interface AccountsEditorProps {
  state: KaismData;
  t: T;
  fmt: (value: number, digits?: number) => string;
  factorName: (factor: Factor) => string;
  accountName: (account: Account, index: number) => string;
  update: (change: (draft: KaismData) => void) => void;
  ratio: boolean;
}

function AccountsEditor({ state, t, fmt, factorName, accountName, update, ratio }: AccountsEditorProps) {
  if (state.accounts.length === 0) return <p>{t('kaism.accounts.empty')}</p>;
  const scoreColumns: Array<{ axis: 'attractiveness' | 'strength' | 'competitor'; factor: Factor; index: number }> = [
    ...state.factors.attractiveness.map((factor, index) => ({ axis: 'attractiveness' as const, factor, index })),
    ...state.factors.strength.map((factor, index) => ({ axis: 'strength' as const, factor, index })),
    ...(ratio ? state.factors.strength.map((factor, index) => ({ axis: 'competitor' as const, factor, index })) : []),
  ];
  const set = (accountIndex: number, change: (account: Account) => void) => update((d) => change(d.accounts[accountIndex] as Account));
  return (
    <div class="table-scroll accounts-scroll">
      <table class="accounts-table">
        <thead>
          <tr>
            <th scope="col">{t('kaism.account.name')}</th>
            <th scope="col">{t('kaism.account.volume')}</th>
            <th scope="col">{t('kaism.account.potential')}</th>
            {scoreColumns.map((column) => (
              <th scope="col" key={`${column.axis}-${column.factor.id}`} class={`col-${column.axis}`}>
                {column.axis === 'competitor' ? `${t('kaism.account.competitor')}: ${factorName(column.factor)}` : factorName(column.factor)}
              </th>
            ))}
            <td />
          </tr>
        </thead>
        <tbody>
          {state.accounts.map((account, accountIndex) => {
            const label = accountName(account, accountIndex);
            return (
              <tr key={account.id}>
                <td>
                  <input
                    type="text"
                    aria-label={t('kaism.account.nameOf', { n: fmt(accountIndex + 1) })}
                    value={account.name}
                    maxLength={120}
                    aria-invalid={account.name.trim() === '' ? 'true' : undefined}
                    aria-describedby={account.name.trim() === '' ? `${account.id}-name-error` : undefined}
                    onInput={(e) => set(accountIndex, (a) => void (a.name = (e.currentTarget as HTMLInputElement).value))}
                  />
                  {account.name.trim() === '' && (
                    <span class="field-error" id={`${account.id}-name-error`}>
                      {t('kaism.account.nameEmpty')}
                    </span>
                  )}
                </td>
                <td>
                  <NumberField id={`${account.id}-volume`} label={`${t('kaism.account.volume')}: ${label}`} value={account.volume} min={0} max={MAX_VOLUME} format={(v) => fmt(v, 2)} t={t} onValue={(v) => set(accountIndex, (a) => void (a.volume = v ?? 0))} class="volume" />
                </td>
                <td>
                  <NumberField id={`${account.id}-potential`} label={`${t('kaism.account.potential')}: ${label}`} value={account.potential} optional min={0} max={MAX_VOLUME} format={(v) => fmt(v, 2)} t={t} onValue={(v) => set(accountIndex, (a) => void (a.potential = v))} class="volume" />
                </td>
                {scoreColumns.map((column) => (
                  <td key={`${column.axis}-${column.factor.id}`} class={`col-${column.axis}`}>
                    <NumberField
                      id={`${account.id}-${column.axis}-${column.factor.id}`}
                      label={t(column.axis === 'competitor' ? 'kaism.account.competitorScore' : 'kaism.account.score', { factor: factorName(column.factor), account: label })}
                      value={account[column.axis][column.index] ?? null}
                      optional
                      min={SCORE_MIN}
                      max={SCORE_MAX}
                      format={(v) => fmt(v, 2)}
                      t={t}
                      onValue={(v) => set(accountIndex, (a) => void (a[column.axis][column.index] = v))}
                      class="score"
                    />
                  </td>
                ))}
                <td>
                  <button type="button" aria-label={t('kaism.account.remove', { account: label })} onClick={() => update((d) => void d.accounts.splice(accountIndex, 1))}>
                    ×
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
