// Tallies and consensus of a resolved matrix: how many groups hold an expectation, how many
// offices are strong in an area, and where every answering row agrees.
import type { ResolvedMatrix, ResolvedScaleItem } from './types.js';

/**
 * The count of one column (or row): `counts[i]` cells hold `scale[i]`, `empty` answering cells
 * hold no value, `noAnswer` cells belong to a «no answer» row or column. Together they are the
 * number of rows (for a column) or columns (for a row).
 */
export interface MatrixTally {
  readonly id: string;
  readonly counts: readonly number[];
  readonly empty: number;
  readonly noAnswer: number;
}

/** A column where every answering row (at least two) holds the same value. */
export interface MatrixConsensus {
  readonly id: string;
  readonly value: ResolvedScaleItem;
}

/** Tallies of the columns (`byColumn`) or of the rows. */
function tally(matrix: ResolvedMatrix, byColumn: boolean): MatrixTally[] {
  const position = new Map(matrix.scale.map((item, i) => [item.id, i]));
  const [lines, across] = byColumn ? [matrix.columns, matrix.rows] : [matrix.rows, matrix.columns];
  return lines.map((line) => {
    const counts = matrix.scale.map(() => 0);
    let empty = 0;
    let noAnswer = 0;
    for (const other of across) {
      if (line.noAnswer || other.noAnswer) {
        noAnswer++;
        continue;
      }
      const [row, column] = byColumn ? [other.id, line.id] : [line.id, other.id];
      const value = matrix.cells.get(row)?.get(column)?.value?.id;
      const at = value === undefined ? undefined : position.get(value);
      if (at === undefined) empty++;
      else counts[at]!++;
    }
    return { id: line.id, counts, empty, noAnswer };
  });
}

/** Per column, how many rows hold each scale value. */
export const tallyMatrixColumns = (matrix: ResolvedMatrix): MatrixTally[] => tally(matrix, true);

/** Per row, how many columns hold each scale value. */
export const tallyMatrixRows = (matrix: ResolvedMatrix): MatrixTally[] => tally(matrix, false);

/**
 * The columns where all answering rows agree: at least two rows answer, and every one of them
 * holds the same value (an empty cell is no agreement: nobody raised it). For rows, transpose.
 */
export function matrixConsensus(
  matrix: ResolvedMatrix,
  tallies: readonly MatrixTally[] = tallyMatrixColumns(matrix),
): MatrixConsensus[] {
  const out: MatrixConsensus[] = [];
  for (const t of tallies) {
    const answering = t.counts.reduce((sum, n) => sum + n, 0) + t.empty;
    if (answering < 2) continue;
    const at = t.counts.indexOf(answering);
    const value = matrix.scale[at];
    if (value) out.push({ id: t.id, value });
  }
  return out;
}
