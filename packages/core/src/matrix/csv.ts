// A resolved matrix as CSV (formula-safe, through csv.ts): what the widget's export writes.
import { toCsv, type CsvCell, type CsvOptions } from '../csv.js';
import { format } from '../i18n/format.js';
import { matrixMessages } from '../i18n/matrix.js';
import type { Lang } from '../types.js';
import { describeMatrixConsensus, describeMatrixTally } from './describe.js';
import { matrixConsensus, tallyMatrixColumns } from './tally.js';
import type { ResolvedMatrix } from './types.js';

export interface MatrixCsvOptions extends CsvOptions {
  /** Add a row of tallies and a row of consensus under the table. Default false. */
  readonly tallies?: boolean;
}

/**
 * The matrix as CSV: a header row (a row of column groups above it when there are groups), one
 * line per row with each cell's value label («…, hovedområde» for a star, «Ingen svar» for a
 * «no answer» row, empty for an empty cell). Labels are the matrix's (its language); `lang`
 * sets the words this adds, by default the matrix's language.
 */
export function matrixToCsv(
  matrix: ResolvedMatrix,
  lang: Lang = matrix.lang,
  options: MatrixCsvOptions = {},
): string {
  const m = matrixMessages[lang];
  const words: ResolvedMatrix = { ...matrix, lang };
  const lines: CsvCell[][] = [];
  if (matrix.columns.some((c) => c.group !== undefined)) {
    lines.push(['', ...matrix.columns.map((c) => c.group ?? '')]);
  }
  lines.push([matrix.rowHeading, ...matrix.columns.map((c) => c.label)]);
  for (const row of matrix.rows) {
    lines.push([
      row.label,
      ...matrix.columns.map((column) => {
        if (row.noAnswer || column.noAnswer) return m.noAnswer;
        const cell = matrix.cells.get(row.id)?.get(column.id);
        if (!cell) return '';
        const value = cell.value?.label ?? '';
        if (!cell.main) return value;
        return value === '' ? m.mainArea : format(m.valueAndMain, { value });
      }),
    ]);
  }
  if (options.tallies) {
    const tallies = tallyMatrixColumns(matrix);
    const agreed = new Map(matrixConsensus(matrix, tallies).map((c) => [c.id, c]));
    lines.push([m.tallyHeading, ...tallies.map((t) => describeMatrixTally(words, t))]);
    lines.push([
      m.consensusHeading,
      ...tallies.map((t) => {
        const consensus = agreed.get(t.id);
        return consensus ? describeMatrixConsensus(words, consensus) : '';
      }),
    ]);
  }
  return toCsv(lines, options);
}
