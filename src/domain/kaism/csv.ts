import { parseLocaleNumber, type NumberProblem } from '../numbers';
import { MAX_ACCOUNTS, MAX_NAME_LENGTH, MAX_VOLUME, newId, SCORE_MAX, SCORE_MIN, type Account, type Factor, type KaismData } from './model';

/**
 * Accounts to and from a trainer's spreadsheet: a header row, then one account per row.
 * Columns: name, volume, potential (optional), one column per factor (named as the factor), and
 * for competitor scores "competitor: <strength factor>". Comma or semicolon separated (the latter
 * is what spreadsheets write where the decimal mark is a comma).
 */

export type CsvProblem = NumberProblem | 'range' | 'tooLong';
export type CsvError =
  | { kind: 'empty' }
  | { kind: 'header' }
  | { kind: 'quote'; row: number }
  | { kind: 'tooMany'; max: number }
  | { kind: 'unknownColumn'; column: string }
  | { kind: 'row'; row: number; column: string; problem: CsvProblem };

export const COMPETITOR_PREFIX = 'competitor:';

/** RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks. */
export function parseCsv(text: string, separator: string): { ok: true; rows: string[][] } | { ok: false; row: number } {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let index = 0;
  const source = text.replace(/^\uFEFF/, '');
  while (index < source.length) {
    const char = source[index];
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') quoted = true;
    else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
    index += 1;
  }
  if (quoted) return { ok: false, row: rows.length + 1 };
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return { ok: true, rows: rows.filter((cells) => cells.some((cell) => cell.trim() !== '')) };
}

/** Picks the separator from the header line: whichever of ; and , appears more outside quotes. */
export function detectSeparator(text: string): ',' | ';' {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const outside = header.replace(/"[^"]*"/g, '');
  return (outside.match(/;/g)?.length ?? 0) > (outside.match(/,/g)?.length ?? 0) ? ';' : ',';
}

const normalize = (label: string) => label.trim().toLocaleLowerCase().replace(/\s+/g, ' ');

/** Cells a spreadsheet would run as a formula get a leading apostrophe. */
function escapeCell(value: string, separator: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /["\r\n]/.test(safe) || safe.includes(separator) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export interface ColumnNames {
  /** Names that mean each fixed column, e.g. ["name", "nome"]; English first. */
  name: readonly string[];
  volume: readonly string[];
  potential: readonly string[];
  /** The name shown for a factor (its own name, or its preset's translation). */
  factor: (factor: Factor) => string;
}

export function exportAccountsCsv(data: KaismData, columns: ColumnNames, separator = ','): string {
  const strength = data.factors.strength;
  const header = [
    columns.name[0] ?? 'name',
    columns.volume[0] ?? 'volume',
    columns.potential[0] ?? 'potential',
    ...data.factors.attractiveness.map(columns.factor),
    ...strength.map(columns.factor),
    ...(data.settings.strengthMode === 'ratio' ? strength.map((factor) => `${COMPETITOR_PREFIX} ${columns.factor(factor)}`) : []),
  ];
  const cell = (value: number | null) => (value === null ? '' : String(value));
  const lines = data.accounts.map((account) => [
    account.name,
    String(account.volume),
    cell(account.potential),
    ...account.attractiveness.map(cell),
    ...account.strength.map(cell),
    ...(data.settings.strengthMode === 'ratio' ? account.competitor.map(cell) : []),
  ]);
  return [header, ...lines].map((cells) => cells.map((value) => escapeCell(value, separator)).join(separator)).join('\r\n') + '\r\n';
}

type Target =
  | { field: 'name' | 'volume' | 'potential' }
  | { field: 'attractiveness' | 'strength' | 'competitor'; index: number };

function mapHeader(header: string[], data: KaismData, columns: ColumnNames): { ok: true; targets: Target[] } | { ok: false; error: CsvError } {
  const lookup = new Map<string, Target>();
  for (const label of columns.name) lookup.set(normalize(label), { field: 'name' });
  for (const label of columns.volume) lookup.set(normalize(label), { field: 'volume' });
  for (const label of columns.potential) lookup.set(normalize(label), { field: 'potential' });
  data.factors.attractiveness.forEach((factor, index) => lookup.set(normalize(columns.factor(factor)), { field: 'attractiveness', index }));
  data.factors.strength.forEach((factor, index) => {
    lookup.set(normalize(columns.factor(factor)), { field: 'strength', index });
    lookup.set(normalize(`${COMPETITOR_PREFIX} ${columns.factor(factor)}`), { field: 'competitor', index });
  });
  const targets: Target[] = [];
  for (const label of header) {
    const target = lookup.get(normalize(label));
    if (!target) return { ok: false, error: { kind: 'unknownColumn', column: label.trim() } };
    targets.push(target);
  }
  const fields = new Set(targets.map((target) => target.field));
  if (!fields.has('name') || !fields.has('volume')) return { ok: false, error: { kind: 'header' } };
  return { ok: true, targets };
}

function readNumber(raw: string, min: number, max: number): { ok: true; value: number } | { ok: false; problem: CsvProblem } {
  const parsed = parseLocaleNumber(raw);
  if (!parsed.ok) return parsed;
  if (parsed.value < min || parsed.value > max) return { ok: false, problem: 'range' };
  return { ok: true, value: parsed.value };
}

/** Reads accounts from CSV text against the current factors. Nothing is returned unless every row is valid. */
export function importAccountsCsv(text: string, data: KaismData, columns: ColumnNames): { ok: true; accounts: Account[] } | { ok: false; error: CsvError } {
  const parsed = parseCsv(text, detectSeparator(text));
  if (!parsed.ok) return { ok: false, error: { kind: 'quote', row: parsed.row } };
  const [header, ...body] = parsed.rows;
  if (!header) return { ok: false, error: { kind: 'empty' } };
  const mapped = mapHeader(header, data, columns);
  if (!mapped.ok) return mapped;
  if (body.length === 0) return { ok: false, error: { kind: 'empty' } };
  if (body.length > MAX_ACCOUNTS) return { ok: false, error: { kind: 'tooMany', max: MAX_ACCOUNTS } };
  const accounts: Account[] = [];
  for (const [rowIndex, cells] of body.entries()) {
    const account: Account = {
      id: newId('a'),
      name: '',
      volume: 0,
      potential: null,
      attractiveness: data.factors.attractiveness.map(() => null),
      strength: data.factors.strength.map(() => null),
      competitor: data.factors.strength.map(() => null),
    };
    for (const [columnIndex, target] of mapped.targets.entries()) {
      const raw = (cells[columnIndex] ?? '').trim();
      const column = (header[columnIndex] ?? '').trim();
      const fail = (problem: CsvProblem) => ({ ok: false as const, error: { kind: 'row' as const, row: rowIndex + 2, column, problem } });
      if (target.field === 'name') {
        if (raw === '') return fail('empty');
        if (raw.length > MAX_NAME_LENGTH) return fail('tooLong');
        account.name = raw;
        continue;
      }
      if (raw === '' && target.field !== 'volume') continue;
      const number =
        target.field === 'volume' || target.field === 'potential' ? readNumber(raw, 0, MAX_VOLUME) : readNumber(raw, SCORE_MIN, SCORE_MAX);
      if (!number.ok) return fail(number.problem);
      if ('index' in target) account[target.field][target.index] = number.value;
      else if (target.field === 'volume') account.volume = number.value;
      else account.potential = number.value;
    }
    accounts.push(account);
  }
  return { ok: true, accounts };
}
