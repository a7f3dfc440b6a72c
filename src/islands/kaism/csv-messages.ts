import type { CsvError } from '../../domain/kaism/csv';
import type { UIKey } from '../../i18n/ui/en';

/** The strings the CSV panel shows, beyond the kaism.* keys every KAISM page already passes. */
export const CSV_PANEL_KEYS = ['io.tooLarge', 'io.unreadable', 'number.empty', 'number.invalid', 'number.range', 'number.tooLarge'] as const satisfies readonly UIKey[];

type T = (key: UIKey, vars?: Record<string, string | number>) => string;
type Fmt = (value: number, digits?: number) => string;

function problemText(error: Extract<CsvError, { kind: 'cell' }>, t: T, fmt: Fmt): string {
  switch (error.problem) {
    case 'range':
      return t('number.range', { min: fmt(error.min), max: fmt(error.max) });
    case 'tooLong':
      return t('kaism.csv.problem.tooLong', { max: fmt(error.max, 0) });
    case 'noName':
      return t('kaism.account.nameEmpty');
    case 'empty':
      return t('number.empty');
    case 'tooLarge':
      return t('number.tooLarge');
    case 'invalid':
      return t('number.invalid');
  }
}

/** One sentence on what is wrong with a CSV file, in the page's language, with the line a spreadsheet shows. */
export function describeCsvError(error: CsvError, t: T, fmt: Fmt, counted: (key: string, count: number) => string): string {
  switch (error.kind) {
    case 'empty':
      return t('kaism.csv.error.empty');
    case 'header':
      return t('kaism.csv.error.header');
    case 'quote':
      return t('kaism.csv.error.quote', { row: fmt(error.line, 0) });
    case 'tooMany':
      return counted('kaism.csv.error.tooMany', error.max);
    case 'unknownColumn':
      return t('kaism.csv.error.unknownColumn', { column: error.column });
    case 'ambiguousColumn':
      return t('kaism.csv.error.ambiguousColumn', { column: error.column });
    case 'duplicateColumn':
      return t('kaism.csv.error.duplicateColumn', { column: error.column });
    case 'unnamedColumn':
      return t('kaism.csv.error.unnamedColumn', { row: fmt(error.line, 0), position: fmt(error.position, 0) });
    case 'cell':
      return t('kaism.csv.error.row', { row: fmt(error.line, 0), column: error.column, problem: problemText(error, t, fmt) });
  }
}
