// Types of the matrix document (`<mulighetsrom-expectation-matrix>`, issue 10 «Data») and of
// the resolved matrix a widget renders. Types only: no runtime code.
import type { Lang, ModelDocument } from '../types.js';

/** The built-in matrices: expectations of each owner, and the network's two overview tables. */
export type MatrixPresetId = 'radmann' | 'fylkesdirektor' | 'network-status' | 'network-priorities';

/**
 * How a scale value looks, named as the status tokens are (`--mulighetsrom-color-status-<tone>-
 * background|text|border`), so a widget maps a tone to colours by name.
 */
export type MatrixTone =
  'marked' | 'strong' | 'improve' | 'planned' | 'prioritised' | 'discussed' | 'unknown';

/** One row of the document. With a preset, `label` may be left out for a preset row's id. */
export interface MatrixRow {
  id: string;
  label?: string;
  group?: string;
  [extra: string]: unknown;
}

/** One column. `group` names the column group it belongs to (rendered as a spanning header). */
export interface MatrixColumn {
  id: string;
  label?: string;
  group?: string;
  [extra: string]: unknown;
}

/** One value of the scale. `symbol` and `tone` default to the preset's or to a fixed sequence. */
export interface MatrixScaleItem {
  id: string;
  label?: string;
  symbol?: string;
  tone?: MatrixTone;
  [extra: string]: unknown;
}

/** One filled cell. A cell without `value` may still carry a note (or fields of its own). */
export interface MatrixCell {
  row: string;
  column: string;
  value?: string;
  /** The row's main area (network-priorities: at most one per row). */
  main?: boolean;
  note?: string;
  [extra: string]: unknown;
}

/**
 * The matrix data. With a preset, `rows`/`columns`/`scale` may be left out (the preset's are
 * used); given, each is the whole list in display order, and an entry whose id is the preset's
 * keeps the preset's texts unless it gives its own. Unknown fields are kept.
 */
export interface MatrixDocument {
  title?: string;
  preset?: MatrixPresetId;
  rows?: MatrixRow[];
  columns?: MatrixColumn[];
  scale?: MatrixScaleItem[];
  cells?: MatrixCell[];
  /** Rows that gave no answer (shown grey, left out of tallies and consensus). */
  noAnswer?: string[];
  /**
   * The partnerships' own model documents: given, the matrix is the network's status derived
   * from them (offices × the 20 areas, see deriveNetworkStatus) and `rows`, `columns`, `scale`,
   * `cells` and `noAnswer` are not given; a cell edit writes the area's status into its model.
   */
  models?: ModelDocument[];
  [extra: string]: unknown;
}

/** A row or column after merging preset and document, in one language. */
export interface ResolvedMatrixItem {
  readonly id: string;
  readonly label: string;
  readonly group?: string;
  /** A «no answer» row (or, in a transposed view, column). */
  readonly noAnswer: boolean;
}

/** How a value or a mark is shown without colour alone: a short symbol, a text and a tone. */
export interface MatrixMark {
  readonly label: string;
  readonly symbol: string;
  readonly tone: MatrixTone | 'main' | 'no-answer';
}

/** A scale value, resolved. */
export interface ResolvedScaleItem extends MatrixMark {
  readonly id: string;
  readonly tone: MatrixTone;
}

/** A cell, resolved. */
export interface ResolvedCell {
  readonly value?: ResolvedScaleItem;
  readonly main: boolean;
  readonly note?: string;
}

/** What a widget renders: preset and document merged in one language. */
export interface ResolvedMatrix {
  readonly lang: Lang;
  /** The document's title, else the preset's, else «Uten tittel». */
  readonly title: string;
  readonly preset?: MatrixPresetId;
  /** Header of the row headers (the corner cell) and of the columns; empty without a preset. */
  readonly rowHeading: string;
  readonly columnHeading: string;
  readonly rows: readonly ResolvedMatrixItem[];
  readonly columns: readonly ResolvedMatrixItem[];
  readonly scale: readonly ResolvedScaleItem[];
  /** What an empty cell means («Ikke diskutert», «Ikke vurdert»). */
  readonly empty: MatrixMark;
  /** The main-area star; set when the preset uses it or a cell is main. */
  readonly main?: MatrixMark;
  readonly noAnswer: MatrixMark;
  /** Filled cells: row id → column id → cell. */
  readonly cells: ReadonlyMap<string, ReadonlyMap<string, ResolvedCell>>;
  /** True for a view made by transposeMatrix() (rows are the data's columns). */
  readonly transposed: boolean;
}
