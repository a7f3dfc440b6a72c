import { useMemo, useState } from 'preact/hooks';
import type { Answer } from '../../domain/questionnaire/answers';
import type { LocalizedInstrument } from '../../domain/questionnaire/bank';
import { readinessTool } from '../../domain/readiness/descriptor';
import { answersOf, entryOf, readinessDefinition, statusOf, updateEntry, type ChecklistEntry, type ReadinessData } from '../../domain/readiness/model';
import { localDay } from '../../domain/readiness/plan';
import { formatDay } from '../../domain/readiness/day';
import type { Scorecard } from '../../domain/readiness/scorecard';
import { formatDate, formatPercent } from '../../domain/format';
import { makeKit, type ToolPageProps } from '../lib/kit';
import { StorageNotices } from '../shared/StorageNotices';
import { downloadToolFile, ToolFiles } from '../shared/ToolFiles';
import { useToolStore } from '../shared/use-tool-store';
import { Questionnaire } from '../questionnaire/Questionnaire';
import { ItemDetails } from './ItemDetails';
import type { RdKit } from './kit';
import { ResultSection } from './ResultSection';
import { ScorecardSection } from './ScorecardSection';

interface Props extends ToolPageProps {
  /** The checklist in the page's language. */
  instrument: LocalizedInstrument;
  /** The KAISM plotter's address in this language, where carried candidates go. */
  kaismHref: string;
}

/** The KAM readiness checklist, its result and action plan, and the key-account selection scorecard. */
export default function ReadinessTool({ strings, localeTag, dir, locale, instrument, kaismHref }: Props) {
  const { store, state, notices, save, edit } = useToolStore(readinessDefinition);
  const kit = useMemo<RdKit>(() => {
    const base = makeKit(strings, localeTag, dir);
    const names = instrument.text.scale.names;
    const lists = new Intl.ListFormat(localeTag, { style: 'long', type: 'conjunction' });
    return {
      ...base,
      instrument,
      item: (id) => instrument.text.items[id]?.statement ?? id,
      part: (id) => instrument.text.dimensions[id]?.name ?? id,
      status: (status) => (status === null ? base.t('rd.status.open') : status === 'na' ? base.t('questionnaire.na') : names[['not-yet', 'partly', 'done'].indexOf(status)] ?? status),
      percent: (share) => formatPercent(localeTag, share),
      day: (day) => formatDay(localeTag, day),
      list: (items) => lists.format(items),
    };
  }, [strings, localeTag, dir, instrument]);
  const { t } = kit;
  // The day is read once on the client: the server's day is not the user's.
  const [today] = useState(() => (typeof window === 'undefined' ? '0000-00-00' : localDay()));

  // Every edit applies to the store's latest state: shown in the next frame, written right after.
  const change = useMemo(() => (apply: (data: ReadinessData) => ReadinessData) => edit(apply(store.state)), [store, edit]);
  const onAnswer = useMemo(() => (item: string, answer: Answer) => change((d) => updateEntry({ ...d, bank: instrument.version }, item, { status: statusOf(answer) })), [change, instrument]);
  const onDetails = useMemo(() => (id: string, patch: Partial<Omit<ChecklistEntry, 'id'>>) => change((d) => updateEntry(d, id, patch)), [change]);
  const changeScorecard = useMemo(() => (apply: (scorecard: Scorecard) => Scorecard) => change((d) => ({ ...d, scorecard: apply(d.scorecard) })), [change]);
  const saveScorecard = (apply: (scorecard: Scorecard) => Scorecard) => void save({ ...store.state, scorecard: apply(store.state.scorecard) });
  const answers = useMemo(() => answersOf(state), [state.items]);
  const details = (item: string) => <ItemDetails entry={entryOf(state, item)} kit={kit} onChange={onDetails} />;

  const exportJson = () => downloadToolFile(readinessTool, store.state, locale);
  const toResult = () => document.getElementById('rd-result-title')?.focus();

  return (
    <div class="rd-tool">
      <StorageNotices notices={notices} toolName={t('tool.readiness.name')} toolId={readinessDefinition.id} t={t} onExport={exportJson} onDismiss={(kind) => store.dismiss(kind)} />

      <header class="print-only report-heading">
        <p class="report-name">{t('rd.report.company', { company: state.company.trim() || t('rd.report.unnamed') })}</p>
        <p>{t('rd.report.date', { date: formatDate(localeTag, new Date().toISOString()) })}</p>
      </header>

      <div class="field rd-company no-print">
        <label for="rd-company">{t('rd.company')}</label>
        <input
          id="rd-company"
          type="text"
          maxLength={120}
          autoComplete="organization"
          value={state.company}
          onInput={(event) => {
            const company = (event.currentTarget as HTMLInputElement).value;
            change((d) => ({ ...d, company }));
          }}
        />
      </div>

      <section class="rd-checklist no-print" aria-labelledby="rd-checklist-title">
        <h2 id="rd-checklist-title">{t('rd.checklist')}</h2>
        <Questionnaire instrument={instrument} answers={answers} onAnswer={onAnswer} idPrefix="rd" kit={kit} doneLabel={t('rd.toResult')} onDone={toResult} details={details} />
      </section>

      <ResultSection data={state} today={today} kit={kit} />

      <ScorecardSection scorecard={state.scorecard} kit={kit} kaismHref={kaismHref} change={changeScorecard} saveScorecard={saveScorecard} />

      <section class="no-print" aria-labelledby="rd-files-title">
        <h2 id="rd-files-title">{t('rd.files')}</h2>
        <p>{t('rd.files.intro')}</p>
        <ToolFiles idPrefix="rd-json" descriptor={readinessTool} store={store} save={save} strings={strings} localeTag={localeTag} locale={locale} t={t} />
      </section>
    </div>
  );
}
