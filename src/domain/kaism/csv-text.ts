/**
 * The text layer of CSV: records with the line each starts on, the separator, cell escaping and
 * the formula guard, and numbers written the way the locale's spreadsheets read them.
 */

export interface CsvRecord {
  /** The physical line the record starts on (1 = first line), counting blank lines and line breaks inside quotes. */
  line: number;
  cells: string[];
}

export type ParsedCsv = { ok: true; records: CsvRecord[] } | { ok: false; line: number };

const BOM = /^\uFEFF/;

/** RFC 4180 records: quoted fields may hold separators, quotes ("") and line breaks. Blank records are dropped. */
export function parseCsv(text: string, separator: string): ParsedCsv {
  const source = text.replace(BOM, '');
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let recordLine = 1;
  let quoteLine = 1;
  const endRecord = () => {
    cells.push(field);
    if (cells.some((cell) => cell.trim() !== '')) records.push({ line: recordLine, cells });
    cells = [];
    field = '';
  };
  for (let index = 0; index < source.length; index += 1) {
    const char = source[index];
    if (quoted) {
      if (char === '"') {
        if (source[index + 1] === '"') {
          field += '"';
          index += 1;
        } else quoted = false;
      } else {
        field += char;
        // A line break inside quotes is kept, and still counts as a line (\r\n once).
        if (char === '\n' || (char === '\r' && source[index + 1] !== '\n')) line += 1;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (char === separator) {
      cells.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[index + 1] === '\n') index += 1;
      endRecord();
      line += 1;
      recordLine = line;
    } else field += char;
  }
  if (quoted) return { ok: false, line: quoteLine };
  if (field !== '' || cells.length > 0) endRecord();
  return { ok: true, records };
}

/** Picks the separator of the first non-blank record: whichever of ; and , appears more outside quotes. */
export function detectSeparator(text: string): ',' | ';' {
  const source = text.replace(BOM, '');
  let quoted = false;
  let semicolons = 0;
  let commas = 0;
  let content = false;
  for (const char of source) {
    if (char === '"') {
      quoted = !quoted;
      content = true;
    } else if (quoted) continue;
    else if (char === ';') semicolons += 1;
    else if (char === ',') commas += 1;
    else if (char === '\n' || char === '\r') {
      if (content) break;
      // A blank line, or one of separators only: the parser drops it, so does the count.
      semicolons = 0;
      commas = 0;
    } else if (char.trim() !== '') content = true;
  }
  return semicolons > commas ? ';' : ',';
}

/** What a spreadsheet would run as a formula. An apostrophe before it is our guard. */
const FORMULA_START = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/**
 * Escapes one cell. A value a spreadsheet would run as a formula gets a leading apostrophe; so does
 * a value that already starts with apostrophes before such a character, so that stripping one
 * apostrophe on import always gives back the value. Any cell with a quote, line break, comma or
 * semicolon is quoted, whatever the separator, so the header's separator count stays honest.
 */
export function escapeCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /["\r\n,;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** Removes the guard escapeCell added, and nothing else. */
export function stripGuard(value: string): string {
  return GUARDED.test(value) ? value.slice(1) : value;
}

export interface CsvFormat {
  separator: ',' | ';';
  decimal: '.' | ',';
}

/**
 * The spreadsheet convention of a locale: where Intl writes a decimal comma, spreadsheets read
 * semicolon-separated files with decimal commas; elsewhere commas and a decimal point. Arabic and
 * Persian keep the point: spreadsheets do not read the Arabic decimal separator (٫) in a CSV file.
 */
export function csvFormatFor(localeTag: string): CsvFormat {
  const mark = new Intl.NumberFormat(localeTag).formatToParts(1.5).find((part) => part.type === 'decimal')?.value;
  return mark === ',' ? { separator: ';', decimal: ',' } : { separator: ',', decimal: '.' };
}

/** Latin digits, no grouping, no exponent; the shortest text that reads back as the same number. */
export function plainNumber(value: number, decimal: '.' | ','): string {
  const sign = value < 0 ? '-' : '';
  let text = String(Math.abs(value));
  const scientific = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (scientific) {
    const digits = `${scientific[1]}${scientific[2] ?? ''}`;
    const exponent = Number(scientific[3]);
    if (exponent < 0) text = `0.${'0'.repeat(-exponent - 1)}${digits}`;
    else if (digits.length - 1 <= exponent) text = digits + '0'.repeat(exponent - (digits.length - 1));
    else text = `${digits.slice(0, exponent + 1)}.${digits.slice(exponent + 1)}`;
  }
  return sign + (decimal === ',' ? text.replace('.', ',') : text);
}
