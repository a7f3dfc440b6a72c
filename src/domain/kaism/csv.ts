import { parseFieldNumber, parseLocaleNumber, type NumberProblem } from '../numbers';
import { fillLabel, mapHeader, type CsvLabels, type HeaderError, type Target } from './csv-header';
import { detectSeparator, escapeCell, parseCsv, plainNumber, stripGuard, type CsvFormat, type CsvRecord } from './csv-text';
import { MAX_ACCOUNTS, MAX_NAME_LENGTH, MAX_VOLUME, newId, SCORE_MAX, SCORE_MIN, type Account, type KaismData } from './model';

/**
 * Accounts to and from a spreadsheet, one account per row after a header row.
 *
 * The file holds every score the portfolio holds, whatever the strength mode: `name`, `volume`,
 * `potential`, then `attractiveness: <factor>`, `strength: <factor>`, `competitor: <factor>`
 * (labels and prefixes in the page's language; see csv-header.ts). It is written in the locale's
 * spreadsheet convention (csvFormatFor), with a UTF-8 BOM so spreadsheets read any script, and a
 * leading apostrophe before anything a spreadsheet would run as a formula; import strips that
 * apostrophe and only that, reads either separator and either decimal mark, and reports the line
 * a record starts on, as an editor or a spreadsheet shows it.
 */

export { csvLabels, ENGLISH_LABELS, normalizeLabel, type CsvLabels } from './csv-header';
export { csvFormatFor, detectSeparator, parseCsv, type CsvFormat } from './csv-text';

type Cell = { line: number; column: string };
export type CsvError =
  | { kind: 'empty' }
  | HeaderError
  | { kind: 'quote'; line: number }
  | { kind: 'tooMany'; max: number }
  | { kind: 'unnamedColumn'; line: number; position: number }
  | (Cell & { kind: 'cell'; problem: 'range'; min: number; max: number })
  | (Cell & { kind: 'cell'; problem: 'tooLong'; max: number })
  | (Cell & { kind: 'cell'; problem: 'noName' })
  | (Cell & { kind: 'cell'; problem: NumberProblem });

export function exportAccountsCsv(data: KaismData, labels: CsvLabels, format: CsvFormat): string {
  const { attractiveness, strength } = data.factors;
  const { written, factorName } = labels;
  const header = [
    written.name,
    written.volume,
    written.potential,
    ...attractiveness.map((factor) => fillLabel(written.attractiveness, factorName(factor))),
    ...strength.map((factor) => fillLabel(written.strength, factorName(factor))),
    ...strength.map((factor) => fillLabel(written.competitor, factorName(factor))),
  ];
  // Numbers go out bare (never negative, no separator of their own: a decimal comma only in ; files).
  const number = (value: number | null) => (value === null ? '' : plainNumber(value, format.decimal));
  const rows = data.accounts.map((account) => [
    escapeCell(account.name),
    number(account.volume),
    number(account.potential),
    ...account.attractiveness.map(number),
    ...account.strength.map(number),
    ...account.competitor.map(number),
  ]);
  return '\uFEFF' + [header.map(escapeCell), ...rows].map((cells) => cells.join(format.separator)).join('\r\n') + '\r\n';
}

type NumberError = { kind: 'cell'; problem: 'range'; min: number; max: number } | { kind: 'cell'; problem: NumberProblem };

/** A locale whose number convention matches a file's separator: "26.000" means 26000 after a ";". */
const conventionOf = (separator: string) => (separator === ';' ? 'it' : 'en');
/** Enough fraction digits that no written digit is rounded away. */
const EVERY_DIGIT = Number.POSITIVE_INFINITY;

/**
 * Reads a cell by the file's own convention first (a "," file groups with commas, a ";" file
 * writes a decimal comma), so "26,000" is never 26; only what that convention cannot read at all,
 * such as "2,5" in a "," file, falls back to the locale-free reading.
 */
function readNumber(raw: string, separator: string, min: number, max: number): { ok: true; value: number } | { ok: false; error: NumberError } {
  const strict = parseFieldNumber(raw, conventionOf(separator), EVERY_DIGIT);
  const parsed = strict.ok || strict.problem !== 'grouping' ? strict : parseLocaleNumber(raw);
  if (!parsed.ok) return { ok: false, error: { kind: 'cell', problem: parsed.problem } };
  if (parsed.value < min || parsed.value > max) return { ok: false, error: { kind: 'cell', problem: 'range', min, max } };
  return { ok: true, value: parsed.value };
}

function readAccount(record: CsvRecord, targets: Array<Target | null>, header: readonly string[], data: KaismData, separator: string): Account | CsvError {
  const account: Account = {
    id: newId('a'),
    name: '',
    volume: 0,
    potential: null,
    attractiveness: data.factors.attractiveness.map(() => null),
    strength: data.factors.strength.map(() => null),
    competitor: data.factors.strength.map(() => null),
  };
  // A row shorter than the header has empty cells at its end; a longer one, unnamed columns.
  for (let position = 0; position < Math.max(record.cells.length, targets.length); position += 1) {
    const target = targets[position];
    const raw = stripGuard(record.cells[position] ?? '').trim();
    if (!target) {
      if (raw !== '') return { kind: 'unnamedColumn', line: record.line, position: position + 1 };
      continue;
    }
    const where = { line: record.line, column: stripGuard(header[position] ?? '').trim() };
    if (target.field === 'name') {
      if (raw === '') return { ...where, kind: 'cell', problem: 'noName' };
      if (raw.length > MAX_NAME_LENGTH) return { ...where, kind: 'cell', problem: 'tooLong', max: MAX_NAME_LENGTH };
      account.name = raw;
      continue;
    }
    if (raw === '' && target.field !== 'volume') continue;
    const fixed = target.field === 'volume' || target.field === 'potential';
    const number = fixed ? readNumber(raw, separator, 0, MAX_VOLUME) : readNumber(raw, separator, SCORE_MIN, SCORE_MAX);
    if (!number.ok) return { ...where, ...number.error };
    if ('index' in target) account[target.field][target.index] = number.value;
    else if (target.field === 'volume') account.volume = number.value;
    else account.potential = number.value;
  }
  return account;
}

/** Reads accounts from CSV text against the current factors. Nothing is returned unless every row is valid. */
export function importAccountsCsv(text: string, data: KaismData, labels: CsvLabels): { ok: true; accounts: Account[] } | { ok: false; error: CsvError } {
  const separator = detectSeparator(text);
  const parsed = parseCsv(text, separator);
  if (!parsed.ok) return { ok: false, error: { kind: 'quote', line: parsed.line } };
  const [header, ...body] = parsed.records;
  if (!header) return { ok: false, error: { kind: 'empty' } };
  const mapped = mapHeader(header.cells, data, labels);
  if (!mapped.ok) return mapped;
  if (body.length === 0) return { ok: false, error: { kind: 'empty' } };
  if (body.length > MAX_ACCOUNTS) return { ok: false, error: { kind: 'tooMany', max: MAX_ACCOUNTS } };
  const accounts: Account[] = [];
  for (const record of body) {
    const read = readAccount(record, mapped.targets, header.cells, data, separator);
    if ('kind' in read) return { ok: false, error: read };
    accounts.push(read);
  }
  return { ok: true, accounts };
}
