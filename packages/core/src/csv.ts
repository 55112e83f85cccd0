/** A CSV cell. null and undefined become empty cells; numbers and booleans are written as is. */
export type CsvCell = string | number | boolean | null | undefined;

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads æ, ø, å correctly. Default true. */
  readonly bom?: boolean;
}

// Spreadsheet apps run cells starting with these as formulas (CSV injection, OWASP).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

function cell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows to RFC 4180 CSV: comma separated, CRLF line ends, quoted where needed. */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: CsvOptions = {}): string {
  const body = rows.map((row) => row.map(cell).join(',')).join('\r\n');
  return (options.bom === false ? '' : '\uFEFF') + (rows.length > 0 ? body + '\r\n' : '');
}
