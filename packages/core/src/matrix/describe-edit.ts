// The undo steps of the matrix in words: what one edit did, named by the labels the widget
// shows. Apart from describe.ts, so a read-only matrix does not download them.
import { format } from '../i18n/format.js';
import { matrixMessages, type MatrixMessages } from '../i18n/matrix.js';
import type { Lang } from '../types.js';

/** One edit, named by the labels the widget shows: the undo step and its announcement. */
export type MatrixEdit =
  | {
      readonly kind: 'cell';
      readonly row: string;
      readonly column: string;
      readonly value?: string;
    }
  | { readonly kind: 'main'; readonly row: string; readonly column: string; readonly main: boolean }
  | { readonly kind: 'noAnswer'; readonly row: string; readonly noAnswer: boolean }
  | {
      readonly kind: `${'row' | 'column'}${'Added' | 'Renamed' | 'Removed' | 'Moved'}`;
      readonly label: string;
    };

const LIST_EDITS = {
  rowAdded: 'editRowAdded',
  rowRenamed: 'editRowRenamed',
  rowRemoved: 'editRowRemoved',
  rowMoved: 'editRowMoved',
  columnAdded: 'editColumnAdded',
  columnRenamed: 'editColumnRenamed',
  columnRemoved: 'editColumnRemoved',
  columnMoved: 'editColumnMoved',
} as const satisfies Record<string, keyof MatrixMessages>;

/** The text of an undo step: «Celle endret: NAV-ledere, Flere møtepunkter: Forventning». */
export function describeMatrixEdit(edit: MatrixEdit, lang: Lang): string {
  const m = matrixMessages[lang];
  switch (edit.kind) {
    case 'cell': {
      const { row, column, value } = edit;
      return value === undefined
        ? format(m.editCellCleared, { row, column })
        : format(m.editCell, { row, column, value });
    }
    case 'main':
      return format(edit.main ? m.editMainSet : m.editMainCleared, {
        row: edit.row,
        column: edit.column,
      });
    case 'noAnswer':
      return format(edit.noAnswer ? m.editNoAnswerSet : m.editNoAnswerCleared, { row: edit.row });
    default:
      return format(m[LIST_EDITS[edit.kind]], { label: edit.label });
  }
}
