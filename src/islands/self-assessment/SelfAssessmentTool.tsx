import { useMemo } from 'preact/hooks';
import type { Answer } from '../../domain/questionnaire/answers';
import type { LocalizedInstrument } from '../../domain/questionnaire/bank';
import { selfAssessmentTool } from '../../domain/self-assessment/descriptor';
import { setAnswer, setCompany, setRespondent, setTarget, start, type Who } from '../../domain/self-assessment/edit';
import { currentRound, selfAssessmentDefinition, selfRespondent, today, type SelfAssessmentData } from '../../domain/self-assessment/model';
import { formatDate } from '../../domain/format';
import { makeKit, type ToolPageProps } from '../lib/kit';
import { StorageNotices } from '../shared/StorageNotices';
import { downloadToolFile, ToolFiles } from '../shared/ToolFiles';
import { useToolStore } from '../shared/use-tool-store';
import { Questionnaire } from '../questionnaire/Questionnaire';
import type { ModuleLink } from './HoldingBack';
import type { SaKit } from './kit';
import { Comparison } from './Comparison';
import { Results } from './Results';
import { StartPanel } from './StartPanel';

interface Props extends ToolPageProps {
  /** The bank in the page's language. */
  instrument: LocalizedInstrument;
  /** The module teaching each dimension, by module slug: its address and title in this language. */
  modules: Record<string, ModuleLink>;
}

/** The KAM maturity self-assessment: who answers, the statements, then this respondent's results. */
export default function SelfAssessmentTool({ strings, localeTag, dir, locale, instrument, modules }: Props) {
  const { store, state, notices, save, edit } = useToolStore(selfAssessmentDefinition);
  const kit = useMemo<SaKit>(() => {
    const base = makeKit(strings, localeTag, dir);
    return {
      ...base,
      instrument,
      dimension: (id) => instrument.text.dimensions[id]?.name ?? id,
      level: (id) => instrument.text.levels?.[id] ?? id,
      score: (value) => (value == null ? base.t('sa.tooFew') : base.fmt(value, 1)),
    };
  }, [strings, localeTag, dir, instrument]);
  const { t } = kit;

  // Every edit applies to the store's latest state: shown in the next frame, written right after.
  const change = useMemo(() => (apply: (data: SelfAssessmentData) => SelfAssessmentData) => edit(apply(store.state)), [store, edit]);
  const onAnswer = useMemo(() => (item: string, answer: Answer) => change((d) => setAnswer(d, item, answer, today())), [change]);
  const onTarget = useMemo(() => (dimension: string, level: number | null) => change((d) => setTarget(d, dimension, level)), [change]);
  const onStart = (who: Who) => {
    const next = start(store.state, who, { bank: instrument.version, day: today() });
    save(next);
    // The first statement follows the start panel; the keyboard goes on from the questionnaire.
    requestAnimationFrame(() => document.getElementById('sa-questions-title')?.focus());
  };
  const onNames = (who: Partial<Who>) =>
    change((d) => {
      const named = who.company === undefined ? d : setCompany(d, who.company);
      return setRespondent(named, { name: who.name, role: who.role });
    });

  const me = selfRespondent(state);
  const round = currentRound(state);
  const who: Who = { company: state.company, name: me?.name ?? '', role: me?.role ?? '' };

  const exportJson = () => downloadToolFile(selfAssessmentTool, store.state, locale);
  const toResults = () => document.getElementById('sa-results-title')?.focus();
  const reportWho = me ? (me.role ? t('sa.report.who', { name: me.name, role: me.role }) : me.name) : '';

  return (
    <div class="sa-tool">
      <StorageNotices notices={notices} toolName={t('tool.self-assessment.name')} toolId={selfAssessmentDefinition.id} t={t} onExport={exportJson} onDismiss={(kind) => store.dismiss(kind)} />

      <header class="print-only report-heading">
        <p class="report-name">{t('sa.report.company', { company: state.company.trim() || t('sa.report.unnamed') })}</p>
        {me && <p>{t('sa.report.respondent', { who: reportWho })}</p>}
        <p>{t('sa.report.date', { date: formatDate(localeTag, new Date().toISOString()) })}</p>
      </header>

      <StartPanel key={me ? 'started' : 'new'} who={who} started={Boolean(me)} kit={kit} onStart={onStart} onChange={onNames} />

      {me && round && (
        <>
          <section class="sa-questions no-print" aria-labelledby="sa-questions-title">
            <h2 id="sa-questions-title" tabIndex={-1}>
              {t('sa.questions')}
            </h2>
            <p class="hint">{t('sa.questions.saved', { date: formatDate(localeTag, round.date) })}</p>
            <Questionnaire instrument={instrument} answers={me.answers} onAnswer={onAnswer} idPrefix="sa" kit={kit} doneLabel={t('sa.toResults')} onDone={toResults} />
          </section>

          <section class="sa-results-section" aria-labelledby="sa-results-title">
            <h2 id="sa-results-title" tabIndex={-1}>
              {t('sa.results')}
            </h2>
            <Results answers={me.answers} name={me.name} targets={state.targets} modules={modules} kit={kit} onTarget={onTarget} />
          </section>

          <Comparison data={state} bank={instrument} kit={kit} edit={edit} />
        </>
      )}

      <section class="no-print" aria-labelledby="sa-files-title">
        <h2 id="sa-files-title">{t('sa.files')}</h2>
        <p>{t('sa.files.intro')}</p>
        <div class="actions">
          <button type="button" onClick={() => window.print()} disabled={!me}>
            {t('sa.print')}
          </button>
        </div>
        <ToolFiles idPrefix="sa-json" descriptor={selfAssessmentTool} store={store} save={save} strings={strings} localeTag={localeTag} locale={locale} t={t} />
      </section>
    </div>
  );
}
