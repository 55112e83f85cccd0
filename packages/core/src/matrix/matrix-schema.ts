// The matrix document's shape (issue 10 «Data»), written once as valibot schemas, and the checks
// a schema cannot express. quickParseMatrix() runs both for good data and builds no error text;
// parseMatrix() (parse.ts) runs the same to name every problem. The message strings below are
// error keys, looked up only on that path.
import * as v from 'valibot';
import { deepCopy } from '../copy.js';
import type { FormatParams } from '../i18n/format.js';
import { modelDocumentSchema, plainObject, semanticIssues } from '../schema/model-schema.js';
import type { DocumentChecks } from '../schema/document-errors.js';
import { givenText, isPlainObject } from '../schema/util.js';
import type { MatrixIssueKey } from './error-messages.js';
import { MATRIX_PRESET_IDS, MATRIX_TONES, presetOf, type MatrixPresetItem } from './presets.js';
import type { MatrixDocument, MatrixPresetId, MatrixTone } from './types.js';

/** An id: a text with something in it. */
const idSchema = v.pipe(
  v.string(),
  v.check<string, MatrixIssueKey>((id) => id.trim() !== '', 'emptyId'),
);

const axisItemSchema = plainObject({
  id: idSchema,
  label: v.optional(v.string()),
  group: v.optional(v.string()),
});

const scaleItemSchema = plainObject({
  id: idSchema,
  label: v.optional(v.string()),
  symbol: v.optional(v.string()),
  tone: v.optional(v.picklist(MATRIX_TONES as MatrixTone[])),
});

const cellSchema = plainObject({
  row: idSchema,
  column: idSchema,
  value: v.optional(idSchema),
  main: v.optional(v.boolean()),
  note: v.optional(v.string()),
});

/** @internal */
export const matrixDocumentSchema = plainObject({
  title: v.optional(v.string()),
  preset: v.optional(v.picklist(MATRIX_PRESET_IDS as MatrixPresetId[])),
  rows: v.optional(v.array(axisItemSchema)),
  columns: v.optional(v.array(axisItemSchema)),
  scale: v.optional(v.pipe(v.array(scaleItemSchema), v.minLength(1))),
  cells: v.optional(v.array(cellSchema)),
  noAnswer: v.optional(v.array(idSchema)),
  models: v.optional(v.array(modelDocumentSchema)),
});

/** What a document with `models` may not give: the derivation makes it. */
const DERIVED_KEYS = ['rows', 'columns', 'scale', 'cells', 'noAnswer'] as const;

/** Receives one semantic problem: where (keys from the document root), what, and details. */
export type ReportMatrixIssue = (
  keys: readonly (string | number)[],
  key: MatrixIssueKey,
  params?: FormatParams,
) => void;

type Axis = 'rows' | 'columns' | 'scale';

const AXIS_KEYS: Readonly<Record<Axis, readonly [MatrixIssueKey, MatrixIssueKey]>> = {
  rows: ['duplicateRowId', 'rowNeedsLabel'],
  columns: ['duplicateColumnId', 'columnNeedsLabel'],
  scale: ['duplicateScaleId', 'scaleNeedsLabel'],
};

/**
 * The ids of one list (rows, columns or scale): the document's, else the preset's. Reports
 * duplicates and entries without a label that the preset does not name. Undefined when the
 * list is missing without a preset or malformed (the schema reports that).
 */
function axisIds(
  doc: Record<string, unknown>,
  axis: Axis,
  presetItems: readonly Pick<MatrixPresetItem, 'id'>[] | undefined,
  report: ReportMatrixIssue,
): Set<string> | undefined {
  const list = doc[axis];
  const fromPreset = new Set(presetItems?.map((item) => item.id));
  if (list === undefined) {
    if (presetItems) return fromPreset;
    report([axis], 'needsPresetOr', { key: axis });
    return undefined;
  }
  if (!Array.isArray(list)) return undefined;
  const [duplicate, needsLabel] = AXIS_KEYS[axis];
  const ids = new Set<string>();
  list.forEach((entry: unknown, i) => {
    if (!isPlainObject(entry) || !givenText(entry.id)) return;
    const id = entry.id;
    if (ids.has(id)) report([axis, i, 'id'], duplicate, { id });
    ids.add(id);
    if (!givenText(entry.label) && !fromPreset.has(id)) {
      report(entry.label === undefined ? [axis, i] : [axis, i, 'label'], needsLabel, { id });
    }
  });
  return ids;
}

/**
 * Checks a schema cannot express: unique ids, labels, cells and «no answer» rows that refer to
 * existing rows, columns and scale values, and (network-priorities) at most one main cell per
 * row. Reports each problem; nothing for a sound document. Entries of the wrong shape are
 * skipped: the schema reports those.
 * @internal
 */
export function matrixIssues(doc: Record<string, unknown>, report: ReportMatrixIssue): void {
  if (Array.isArray(doc.models)) {
    derivedIssues(doc, doc.models, report);
    return;
  }
  const preset = presetOf(doc.preset);
  const rows = axisIds(doc, 'rows', preset?.rows, report);
  const columns = axisIds(doc, 'columns', preset?.columns, report);
  const scale = axisIds(doc, 'scale', preset?.scale, report);

  const noAnswer = new Set<string>();
  const silent = Array.isArray(doc.noAnswer) ? doc.noAnswer : [];
  silent.forEach((id: unknown, i) => {
    if (!givenText(id)) return;
    if (noAnswer.has(id)) report(['noAnswer', i], 'duplicateNoAnswer', { id });
    else if (rows && !rows.has(id)) report(['noAnswer', i], 'unknownRow', { id });
    noAnswer.add(id);
  });

  const cells = Array.isArray(doc.cells) ? doc.cells : [];
  const seen = new Map<string, Set<string>>();
  const withMain = new Set<string>();
  cells.forEach((cell: unknown, i) => {
    if (!isPlainObject(cell) || !givenText(cell.row) || !givenText(cell.column)) return;
    const { row, column, value } = cell;
    if (rows && !rows.has(row)) report(['cells', i, 'row'], 'unknownRow', { id: row });
    if (columns && !columns.has(column))
      report(['cells', i, 'column'], 'unknownColumn', { id: column });
    if (scale && givenText(value) && !scale.has(value))
      report(['cells', i, 'value'], 'unknownValue', { id: value });
    const inRow = seen.get(row) ?? new Set<string>();
    if (inRow.has(column)) report(['cells', i], 'duplicateCell', { row, column });
    seen.set(row, inRow.add(column));
    if (noAnswer.has(row) && (value !== undefined || cell.main === true))
      report(['cells', i], 'noAnswerWithValue', { row, column });
    if (cell.main === true && preset?.main) {
      if (withMain.has(row)) report(['cells', i, 'main'], 'severalMain', { row });
      withMain.add(row);
    }
  });
}

/** A network derived from model documents: nothing it derives given, each model sound. */
function derivedIssues(
  doc: Record<string, unknown>,
  models: readonly unknown[],
  report: ReportMatrixIssue,
): void {
  for (const key of DERIVED_KEYS)
    if (doc[key] !== undefined) report([key], 'derivedGiven', { key });
  if (doc.preset !== undefined && doc.preset !== 'network-status')
    report(['preset'], 'derivedPreset');
  models.forEach((model, i) => {
    // The model's own checks (unique areas, a catalog that matches); their texts are the
    // model's, in the shared error catalog the parse path already loads.
    if (isPlainObject(model)) semanticIssues(model, ['models', i], report);
  });
}

/**
 * The value parseMatrix() returns for good data (a deep copy, unknown fields included), or
 * undefined for anything it would reject: the fast path that builds no error text. Never
 * throws; on undefined, call parseMatrix() to learn why.
 */
export function quickParseMatrix(input: unknown): MatrixDocument | undefined {
  try {
    if (!isPlainObject(input) || !v.is(matrixDocumentSchema, input)) return undefined;
    let sound = true;
    matrixIssues(input, () => (sound = false));
    return sound ? (deepCopy(input) as MatrixDocument) : undefined;
  } catch {
    // Exotic input (throwing getters, proxies, cycles).
    return undefined;
  }
}

/**
 * The schema and the checks across fields, together: what a widget's lazy error part needs to
 * name every problem of data the quick check rejected, without importing this module again.
 */
export const matrixChecks: DocumentChecks<MatrixIssueKey> = {
  schema: matrixDocumentSchema,
  issues: matrixIssues,
};
