import { useMemo, useRef, useState } from 'preact/hooks';
import { computePortfolio } from '../../domain/kaism/compute';
import { findFragileAccounts } from '../../domain/kaism/sensitivity';
import { examplePortfolio } from '../../domain/kaism/example';
import { addAccount, appendAccounts, removeAccount, renameAccount, setPotential, setScore, setVolume } from '../../domain/kaism/edit';
import { kaismDefinition, type Account, type Factor, type KaismData } from '../../domain/kaism/model';
import { kaismTool } from '../../domain/kaism/descriptor';
import { makeKit, type ToolPageProps } from '../lib/kit';
import { StorageNotices } from '../shared/StorageNotices';
import { downloadToolFile, ToolFiles } from '../shared/ToolFiles';
import { useToolStore } from '../shared/use-tool-store';
import { usePrinting } from '../lib/use-printing';
import { useLater } from '../lib/use-later';
import { AccountsEditor } from './AccountsEditor';
import type { RowEditor } from './AccountRow';
import { FactorEditor } from './FactorEditor';
import { KaismChart } from './KaismChart';
import type { Kit, ScoreColumn } from './kit';
import { PortfolioSummary } from './PortfolioSummary';
import { ReportHeading, ReportTables } from './PrintReport';
import { StartPanel } from './StartPanel';
import { ResultsTable } from './ResultsTable';
import { SettingsPanel } from './SettingsPanel';
import { UnplacedList } from './UnplacedList';

type Props = ToolPageProps;

/** The KAISM plotter: factors, settings, accounts, then the matrix and what it says. */
export default function KaismTool({ strings, localeTag, dir, locale }: Props) {
  const { store, state, notices, save, edit } = useToolStore(kaismDefinition);
  const printing = usePrinting();
  const kit = useMemo<Kit>(() => {
    const base = makeKit(strings, localeTag, dir);
    const { t, fmt } = base;
    return {
      ...base,
      factorName: (factor: Factor) => factor.name || (factor.preset ? t(`kaism.default.${factor.preset}`) : ''),
      accountLabel: (name: string, index: number) => name || t('kaism.account.unnamed', { n: fmt(index + 1) }),
    };
  }, [strings, localeTag, dir]);
  const { t, fmt } = kit;

  // Every edit applies to the store's latest state, so memoised rows may keep their callbacks; it
  // shows in the next frame and is written right after (useToolStore's edit).
  const change = useMemo(() => (apply: (data: KaismData) => KaismData) => edit(apply(store.state)), [store, edit]);
  const [focusId, setFocusId] = useState<string | null>(null);
  const editor = useMemo<RowEditor>(
    () => ({
      rename: (id, name) => change((d) => renameAccount(d, id, name)),
      volume: (id, volume) => change((d) => setVolume(d, id, volume)),
      potential: (id, potential) => change((d) => setPotential(d, id, potential)),
      score: (id, list, index, score) => change((d) => setScore(d, id, list, index, score)),
      remove: (id) => change((d) => removeAccount(d, id)),
    }),
    [change],
  );

  const portfolio = useMemo(() => computePortfolio(state), [state]);
  const fragile = useLater(() => findFragileAccounts(state, portfolio), [], [state, portfolio]);
  const indexOf = useMemo(() => new Map(state.accounts.map((account, index) => [account.id, index])), [state.accounts]);
  const ratio = state.settings.strengthMode === 'ratio';
  const columns = useMemo<ScoreColumn[]>(
    () => [
      ...state.factors.attractiveness.map((factor, index) => ({ list: 'attractiveness' as const, factor, index })),
      ...state.factors.strength.map((factor, index) => ({ list: 'strength' as const, factor, index })),
      ...(ratio ? state.factors.strength.map((factor, index) => ({ list: 'competitor' as const, factor, index })) : []),
    ],
    [state.factors, ratio],
  );
  const chartReady = portfolio.weightsOk.attractiveness && portfolio.weightsOk.strength && portfolio.placed.length > 0;
  const chartMade = useRef(false);
  chartMade.current ||= chartReady;

  const exportJson = () => downloadToolFile(kaismTool, store.state, locale);
  // The CSV panel hands over only what fits under the account limit; saving says how it went.
  const addImported = (accounts: Account[]) => change((d) => appendAccounts(d, accounts).data);
  const addOne = () => {
    const next = addAccount(store.state);
    if (next === store.state) return;
    setFocusId(next.accounts[next.accounts.length - 1]?.id ?? null);
    edit(next);
  };

  const currentStep = !(portfolio.weightsOk.attractiveness && portfolio.weightsOk.strength) ? 1 : portfolio.placed.length === 0 ? 2 : 3;
  const steps = [
    { n: 1, id: 'factors-title', label: t('kaism.factors') },
    { n: 2, id: 'accounts-title', label: t('kaism.accounts') },
    { n: 3, id: 'chart-title', label: t('kaism.chart') },
  ];
  // The example replaces factors, accounts and settings; the name the user gave stays.
  const loadExample = () => (state.accounts.length === 0 || window.confirm(t('kaism.example.confirm'))) && change((d) => ({ ...examplePortfolio(locale), title: d.title }));
  const clearAccounts = () => window.confirm(t('kaism.clear.confirm')) && change((d) => ({ ...d, accounts: [] }));

  return (
    <div class="kaism-tool">
      <StorageNotices notices={notices} toolName={t('tool.kaism.name')} toolId={kaismDefinition.id} t={t} onExport={exportJson} onDismiss={(kind) => store.dismiss(kind)} />
      <ReportHeading state={state} kit={kit} />

      <nav class="no-print" aria-label={t('kaism.steps')}>
        <ol class="stepper">
          {steps.map((step) => (
            <li key={step.n} aria-current={step.n === currentStep ? 'step' : undefined} class={step.n < currentStep ? 'done' : undefined}>
              <a href={`#${step.id}`}>
                <span class="step-number">{fmt(step.n, 0)}</span> {step.label}
              </a>
            </li>
          ))}
        </ol>
      </nav>

      <StartPanel state={state} kit={kit} change={change} onExample={loadExample} onAddAccount={addOne} onClear={clearAccounts} onImported={addImported} />

      <section class="step no-print" aria-labelledby="factors-title">
        <h2 id="factors-title">
          <span class="step-number">{fmt(1, 0)}</span> {t('kaism.factors')}
        </h2>
        <div class="factor-grid">
          {(['attractiveness', 'strength'] as const).map((axis) => (
            <FactorEditor key={axis} axis={axis} factors={state.factors[axis]} kit={kit} change={change} />
          ))}
        </div>
      </section>

      <section class="step no-print" aria-labelledby="accounts-title">
        <h2 id="accounts-title">
          <span class="step-number">{fmt(2, 0)}</span> {t('kaism.accounts')}
        </h2>
        <AccountsEditor accounts={state.accounts} factors={state.factors} columns={columns} kit={kit} editor={editor} focusId={focusId} onFocused={() => setFocusId(null)} />
        {state.accounts.length > 0 && (
          <div class="actions">
            <button type="button" class="primary" onClick={addOne}>
              {t('kaism.account.add')}
            </button>
          </div>
        )}
      </section>

      <section class="step results" aria-labelledby="chart-title">
        <h2 id="chart-title">
          <span class="step-number no-print">{fmt(3, 0)}</span> {t('kaism.chart')}
        </h2>
        <div class="no-print">
          <SettingsPanel settings={state.settings} boundaries={portfolio.boundaries} kit={kit} change={change} />
        </div>
        {/* Once made, the chart stays while weights are mended (hidden): making it again costs more than an edit. */}
        {chartMade.current && (
          <div hidden={!chartReady}>
            <KaismChart portfolio={portfolio} title={state.title} settings={state.settings} indexOf={indexOf} kit={kit} />
          </div>
        )}
        {!chartReady && <p class="notice">{t('kaism.chart.waiting')}</p>}
        {chartReady && (
          <div class="no-print">
            <ResultsTable placed={portfolio.placed} indexOf={indexOf} kit={kit} />
          </div>
        )}
        <UnplacedList unplaced={portfolio.unplaced} factors={state.factors} indexOf={indexOf} kit={kit} />
      </section>

      {chartReady && <PortfolioSummary state={state} portfolio={portfolio} fragile={fragile} indexOf={indexOf} kit={kit} />}
      {chartReady && printing && <ReportTables state={state} placed={portfolio.placed} indexOf={indexOf} kit={kit} />}

      <section class="no-print" aria-labelledby="files-title">
        <h2 id="files-title">{t('kaism.files')}</h2>
        <div class="actions">
          <button type="button" onClick={() => window.print()} disabled={!chartReady}>
            {t('kaism.print')}
          </button>
        </div>
        <ToolFiles idPrefix="kaism-json" descriptor={kaismTool} store={store} save={save} strings={strings} localeTag={localeTag} locale={locale} t={t} />
      </section>
    </div>
  );
}
