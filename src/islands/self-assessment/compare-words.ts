import type { Answer } from '../../domain/questionnaire/answers';
import type { LocalizedInstrument } from '../../domain/questionnaire/bank';
import { numberFormatter } from '../../domain/format';
import type { Respondent } from '../../domain/self-assessment/model';
import type { FileOutcome, Person } from '../../domain/self-assessment/merge';
import { describeImportError } from '../lib/describe-import-error';
import { toolNameKey } from '../../domain/registry/names';
import type { BaseKit } from '../lib/kit';

/** The comparison's words: dates, names, answers and what became of each imported file. */

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "20 Nov 2026" for a stored day (YYYY-MM-DD), read as that calendar day wherever the browser is. */
export function dayText(kit: BaseKit, day: string | null): string {
  if (!day) return kit.t('sa.compare.notYet');
  let format = dayFormats.get(kit.localeTag);
  if (!format) {
    format = new Intl.DateTimeFormat(kit.localeTag, { dateStyle: 'medium', timeZone: 'UTC' });
    dayFormats.set(kit.localeTag, format);
  }
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? day : format.format(date);
}

/** A score change with its sign: "+0.5", "−1.25", "0". */
export function changeText(kit: BaseKit, value: number): string {
  return numberFormatter(kit.localeTag, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(value);
}

/** A respondent's name, or "Respondent 3" while it has none. */
export function respondentName(kit: BaseKit, respondent: Pick<Respondent, 'name'>, index: number): string {
  return respondent.name.trim() || kit.t('sa.compare.unnamed', { n: kit.fmt(index + 1, 0) });
}

export function answerText(kit: BaseKit, bank: LocalizedInstrument, answer: Answer): string {
  if (answer === 'na') return kit.t('questionnaire.na');
  if (answer === 'unknown') return kit.t('questionnaire.unknown');
  const name = bank.text.scale.names[answer - 1];
  return name ? kit.t('sa.compare.level', { level: kit.fmt(answer, 0), name }) : kit.fmt(answer, 0);
}

function listText(kit: BaseKit, people: readonly Person[]): string {
  const names = people.map((p) => p.name.trim() || kit.t('sa.compare.unnamedShort'));
  return new Intl.ListFormat(kit.localeTag, { type: 'conjunction' }).format(names);
}

/**
 * describeImportError wants the page's strings to look field names up; the kit's translator
 * answers a missing key with the key itself, which tells the same.
 */
function stringsOf(kit: BaseKit): Record<string, string> {
  return new Proxy({} as Record<string, string>, {
    has: (_, key) => typeof key === 'string' && kit.t(key) !== key,
    get: (_, key) => (typeof key === 'string' ? kit.t(key) : undefined),
  });
}

/** A tool's name as the page has it; the registry is not imported, to keep its samples out of this page's script. */
const toolName = (kit: BaseKit) => (id: string) => {
  const key = toolNameKey(id);
  const name = kit.t(key);
  return name === key ? id : name;
};

/** One sentence per kind of thing that happened to a file, after its name. */
export function outcomeText(kit: BaseKit, file: string, outcome: FileOutcome): string {
  const { t } = kit;
  let what: string;
  if (outcome.ok) {
    const parts: string[] = [];
    if (outcome.added.length) parts.push(t('sa.import.added', { names: listText(kit, outcome.added) }));
    if (outcome.updated.length) parts.push(t('sa.import.updated', { names: listText(kit, outcome.updated) }));
    if (outcome.already.length) parts.push(t('sa.import.already', { names: listText(kit, outcome.already) }));
    if (outcome.keptNewer.length) parts.push(t('sa.import.keptNewer', { names: listText(kit, outcome.keptNewer) }));
    what = parts.join(' ');
  } else {
    const refusal = outcome.refusal;
    if (refusal.kind === 'bank') what = t('sa.import.bank', { theirs: kit.fmt(refusal.theirs, 0), ours: kit.fmt(refusal.ours, 0) });
    else if (refusal.kind === 'empty') what = t('sa.import.empty');
    else if (refusal.kind === 'full') what = t('sa.import.full', { incoming: kit.fmt(refusal.incoming, 0), room: kit.fmt(refusal.room, 0), max: kit.fmt(refusal.max, 0) });
    else what = describeImportError(refusal.error, t, stringsOf(kit), kit.localeTag, toolName(kit));
  }
  return t('sa.import.file', { file, what });
}
