// The matrix in words: caption, legend, one cell's text, tallies and consensus (the undo steps
// are in describe-edit.ts, which only an editable matrix loads).
// A widget shows these beside colour and symbol, so nothing is told by colour alone.
import { format } from '../i18n/format.js';
import { matrixMessages } from '../i18n/matrix.js';
import type { MatrixConsensus, MatrixTally } from './tally.js';
import type { MatrixMark, ResolvedMatrix, ResolvedMatrixItem } from './types.js';

/** The table's caption: the title, and that the view is transposed. */
export function matrixCaption(matrix: ResolvedMatrix): string {
  const m = matrixMessages[matrix.lang];
  return matrix.transposed ? format(m.captionTransposed, { title: matrix.title }) : matrix.title;
}

/** The legend: its heading, every scale value, then the empty cell, the star and «no answer» where used. */
export function matrixLegend(matrix: ResolvedMatrix): { title: string; items: MatrixMark[] } {
  const silent = matrix.rows.some((r) => r.noAnswer) || matrix.columns.some((c) => c.noAnswer);
  const items = [
    ...matrix.scale.map(({ label, symbol, tone }) => ({ label, symbol, tone })),
    matrix.empty,
    ...(matrix.main ? [matrix.main] : []),
    ...(silent ? [matrix.noAnswer] : []),
  ];
  return { title: matrixMessages[matrix.lang].legend, items };
}

/** What one cell holds, as text: its value (or what empty means), the star, the note. */
export function matrixCellValue(matrix: ResolvedMatrix, row: string, column: string): string {
  const rowItem = matrix.rows.find((r) => r.id === row);
  const columnItem = matrix.columns.find((c) => c.id === column);
  return matrixItemsValue(
    matrix,
    rowItem ?? { id: row, noAnswer: false },
    columnItem ?? { id: column, noAnswer: false },
  );
}

/**
 * matrixCellValue() for a row and column the caller already holds (a render walking every
 * cell), without looking them up.
 */
export function matrixItemsValue(
  matrix: ResolvedMatrix,
  row: Pick<ResolvedMatrixItem, 'id' | 'noAnswer'>,
  column: Pick<ResolvedMatrixItem, 'id' | 'noAnswer'>,
): string {
  if (row.noAnswer || column.noAnswer) return matrix.noAnswer.label;
  const m = matrixMessages[matrix.lang];
  const cell = matrix.cells.get(row.id)?.get(column.id);
  const value = cell?.value?.label ?? matrix.empty.label;
  const parts = [cell?.main ? format(m.valueAndMain, { value }) : value];
  if (cell?.note !== undefined) parts.push(format(m.cellNote, { note: cell.note }));
  return parts.join(', ');
}

/** One cell's accessible text: «NAV-ledere, Flere møtepunkter: Forventning». */
export function describeMatrixCell(matrix: ResolvedMatrix, row: string, column: string): string {
  const m = matrixMessages[matrix.lang];
  return format(m.cellText, {
    row: matrix.rows.find((r) => r.id === row)?.label ?? row,
    column: matrix.columns.find((c) => c.id === column)?.label ?? column,
    value: matrixCellValue(matrix, row, column),
  });
}

/**
 * A tally in words: «3 av 4» for a one-value scale (how many groups hold the expectation),
 * else «Sterkt: 3, Kan styrkes: 2, Ikke vurdert: 1, Ingen svar: 1» (zeros left out).
 */
export function describeMatrixTally(matrix: ResolvedMatrix, tally: MatrixTally): string {
  const m = matrixMessages[matrix.lang];
  const answering = tally.counts.reduce((sum, n) => sum + n, 0) + tally.empty;
  if (matrix.scale.length === 1 && tally.noAnswer === 0) {
    return format(m.tallyCount, { count: tally.counts[0] ?? 0, total: answering });
  }
  const parts: [string, number][] = [
    ...matrix.scale.map((item, i): [string, number] => [item.label, tally.counts[i] ?? 0]),
    [matrix.empty.label, tally.empty],
    [matrix.noAnswer.label, tally.noAnswer],
  ];
  return parts
    .filter(([, count]) => count > 0)
    .map(([value, count]) => format(m.tallyValue, { value, count }))
    .join(', ');
}

/** One consensus column's mark: «Alle er enige: Forventning». */
export function describeMatrixConsensus(
  matrix: ResolvedMatrix,
  consensus: MatrixConsensus,
): string {
  return format(matrixMessages[matrix.lang].consensusValue, { value: consensus.value.label });
}

/** The consensus of the whole table in a sentence, naming the columns. */
export function summarizeMatrixConsensus(
  matrix: ResolvedMatrix,
  consensus: readonly MatrixConsensus[],
): string {
  const m = matrixMessages[matrix.lang];
  if (consensus.length === 0) return m.consensusNone;
  const labels = new Map(matrix.columns.map((c) => [c.id, c.label]));
  const columns = consensus.map((c) => `${labels.get(c.id) ?? c.id} (${c.value.label})`);
  return format(m.consensusSummary, { columns: columns.join('; ') });
}
