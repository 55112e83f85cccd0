// Reading spreadsheet data: text pasted from Excel, LibreOffice, Numbers or Google Sheets (tab
// separated) and CSV files (comma separated, or semicolon where the comma is the decimal sign,
// as in Norwegian Excel). Lenient like the spreadsheet apps: every text gives rows, none throws.

/** A cell separator parseDelimited() reads. */
export type Delimiter = '\t' | ',' | ';';

export interface DelimitedOptions {
  /** The cell separator. When not given, it is detected from the first lines. */
  readonly delimiter?: Delimiter;
}

/** Lines looked at to detect the separator. */
const DETECT_LINES = 20;

/** The rows of `text`. A trailing line end makes no empty last row. */
function readRows(text: string, delimiter: Delimiter): string[][] {
  const rows: string[][] = [];
  const end = text.length;
  let row: string[] = [];
  let i = 0;
  while (i < end) {
    let cell = '';
    if (text[i] === '"') {
      // Quoted: up to the next lone quote; a doubled quote is one quote. Unterminated: the rest.
      i++;
      for (;;) {
        const quote = text.indexOf('"', i);
        if (quote === -1) {
          cell += text.slice(i);
          i = end;
          break;
        }
        cell += text.slice(i, quote);
        i = quote + 1;
        if (text[i] !== '"') break;
        cell += '"';
        i++;
      }
    }
    // Unquoted text, or text after a closing quote (kept, as Excel does): up to the cell's end.
    let stop = i;
    while (stop < end && text[stop] !== delimiter && text[stop] !== '\n' && text[stop] !== '\r')
      stop++;
    row.push(cell + text.slice(i, stop));
    i = stop;
    if (text[i] === delimiter) {
      i++;
      // A separator at the very end still ends a cell: an empty last one.
      if (i === end) row.push('');
      continue;
    }
    // A line end (CRLF, LF or a lone CR) or the end of the text ends the row.
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    rows.push(row);
    row = [];
  }
  if (row.length > 0) rows.push(row);
  return rows;
}

const DELIMITERS: readonly Delimiter[] = ['\t', ';', ','];
const isDelimiter = (char: string | undefined): char is Delimiter =>
  (DELIMITERS as readonly (string | undefined)[]).includes(char);

/**
 * How often each separator occurs outside quotes on each of the first lines. Not knowing the
 * separator yet, any of them may start a quoted cell.
 */
function separatorCounts(text: string): Record<Delimiter, number>[] {
  const lines: Record<Delimiter, number>[] = [];
  let counts = { '\t': 0, ';': 0, ',': 0 };
  let quoted = false;
  let cellStart = true;
  let lineStart = true;
  for (let i = 0; i < text.length && lines.length < DETECT_LINES; i++) {
    const char = text[i];
    lineStart = false;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') i++;
        else quoted = false;
      }
    } else if (char === '"' && cellStart) {
      quoted = true;
      cellStart = false;
    } else if (isDelimiter(char)) {
      counts[char]++;
      cellStart = true;
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      lines.push(counts);
      counts = { '\t': 0, ';': 0, ',': 0 };
      cellStart = lineStart = true;
    } else cellStart = false;
  }
  // A last line without a line end.
  if (!lineStart && lines.length < DETECT_LINES) lines.push(counts);
  return lines;
}

/**
 * The separator of `text`: tab if any of the first lines has one (a spreadsheet's paste), else
 * semicolon or comma if each of them has it equally often (semicolon first: in files that use
 * it, the comma is the decimal sign). Otherwise the text is one column: tab.
 */
function detectDelimiter(text: string): Delimiter {
  const lines = separatorCounts(text);
  if (lines.some((counts) => counts['\t'] > 0)) return '\t';
  for (const delimiter of [';', ','] as const) {
    const first = lines[0]?.[delimiter] ?? 0;
    if (first > 0 && lines.every((counts) => counts[delimiter] === first)) return delimiter;
  }
  return '\t';
}

/**
 * Rows of cells from tab-, comma- or semicolon-separated text (RFC 4180 quoting: quoted cells
 * may hold separators, line ends and doubled quotes). Reads CRLF, LF and CR line ends and
 * drops a leading BOM; cells are not trimmed. Empty text gives no rows.
 */
export function parseDelimited(text: string, options: DelimitedOptions = {}): string[][] {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  return readRows(body, options.delimiter ?? detectDelimiter(body));
}
