/** A CSV cell. null and undefined become empty cells; numbers and booleans are written as is. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads æ, ø, å correctly. Default true. */
  readonly bom?: boolean;
}

// Spreadsheet apps run cells starting with these as formulas (CSV injection, OWASP), from a
// file and from pasted text alike.
const FORMULA_START = /^[=+\-@\t\r]/;
// Every separator parseDelimited() may detect is quoted, in both formats, so what these write
// reads back cell for cell without naming the separator. A leading BOM is quoted too: a
// reader drops one at the start of the text as the file's own.
const NEEDS_QUOTES = /[",;\t\r\n]|^\uFEFF/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const lines = (rows: readonly (readonly CsvCell[])[], separator: string): string =>
  rows.map((row) => row.map(cell).join(separator) + '\r\n').join('');

/** Rows to RFC 4180 CSV: comma separated, CRLF line ends, quoted where needed. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  return (options.bom === false ? '' : '\uFEFF') + lines(rows, ',');
}

/**
 * Rows to tab-separated text as spreadsheets copy and paste it: CRLF line ends (the last line
 * too), quoted where needed, no BOM. Formula-safe like toCsv(): a paste runs formulas as well.
 */
export function toTsv(rows: readonly (readonly CsvCell[])[]): string {
  return lines(rows, '\t');
}
