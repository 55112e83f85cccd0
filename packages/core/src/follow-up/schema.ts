// The follow-up plan's shape (issue 11 «Data») as valibot schemas, in two layers. The document
// layer decides whether a plan is read at all: a plan that fails it is rejected with localized
// errors (parse.ts) and the widget keeps its last good plan. The row layer only flags: a row
// whose fields are of the wrong kind is kept and shown with what is wrong (followUpRowIssues()), never
// dropped. quickParseFollowUp() is the fast path for good data: no error text is built.
import * as v from 'valibot';
import { deepCopy } from '../copy.js';
import type { FormatParams } from '../i18n/format.js';
import { plainObject } from '../schema/model-schema.js';
import type { DocumentChecks } from '../schema/document-errors.js';
import { isPlainObject } from '../schema/util.js';
import { isBuiltInAreaId } from '../catalog/ids.js';
import { isoDay } from './dates.js';
import type { FollowUpErrorKey } from './error-messages.js';
import type { FollowUpDocument, FollowUpRow, FollowUpStatus } from './types.js';

/** The three statuses, in order. */
export const FOLLOW_UP_STATUSES: readonly FollowUpStatus[] = ['todo', 'doing', 'done'];

const idSchema = v.pipe(
  v.string(),
  v.check<string, FollowUpErrorKey>((id) => id.trim() !== '', 'emptyId'),
);

const sectionSchema = plainObject({ id: idSchema, title: v.optional(v.string()) });

/** A row as far as the document needs it: an object, with a text id if it has one. @internal */
export const followUpRowShell = plainObject({ id: v.optional(v.string()) });

/** The document layer's valibot schema (what decides whether a plan is read at all). */
export const followUpDocumentSchema = plainObject({
  title: v.optional(v.string()),
  sections: v.optional(v.array(sectionSchema)),
  rows: v.optional(v.array(followUpRowShell)),
});

/** Receives one problem of the document: where (keys from the root), what, details. */
export type ReportFollowUpIssue = (
  keys: readonly (string | number)[],
  key: FollowUpErrorKey,
  params?: FormatParams,
) => void;

/**
 * Checks across entries: unique section ids and unique (given) row ids. Entries of the wrong
 * shape are skipped: the schema reports those.
 */
export function followUpIssues(doc: Record<string, unknown>, report: ReportFollowUpIssue): void {
  const sections = new Set<string>();
  (Array.isArray(doc.sections) ? doc.sections : []).forEach((section: unknown, i) => {
    if (!isPlainObject(section) || typeof section.id !== 'string') return;
    if (sections.has(section.id))
      report(['sections', i, 'id'], 'duplicateSectionId', { id: section.id });
    sections.add(section.id);
  });
  const rows = new Set<string>();
  (Array.isArray(doc.rows) ? doc.rows : []).forEach((row: unknown, i) => {
    if (!isPlainObject(row) || typeof row.id !== 'string' || row.id.trim() === '') return;
    if (rows.has(row.id)) report(['rows', i, 'id'], 'duplicateRowId', { id: row.id });
    rows.add(row.id);
  });
}

/**
 * The plan with an id on every row: a row without one (or with a blank one) gets `row-1`,
 * `row-2` … (the first not taken), which `.value` then keeps. A deep copy; unknown fields stay.
 * @internal
 */
export function withRowIds(doc: Record<string, unknown>): FollowUpDocument {
  const copy = deepCopy(doc) as FollowUpDocument;
  const rows = copy.rows;
  if (!rows) return copy;
  const taken = new Set(rows.map((row) => row.id).filter((id) => typeof id === 'string'));
  let next = 1;
  for (const row of rows) {
    if (typeof row.id === 'string' && row.id.trim() !== '') continue;
    while (taken.has(`row-${next}`)) next++;
    row.id = `row-${next}`;
    taken.add(row.id);
  }
  return copy;
}

/**
 * The plan parseFollowUp() returns for data it reads (ids filled in), or undefined for data it
 * would reject. Never throws; on undefined, call parseFollowUp() to learn why.
 */
export function quickParseFollowUp(input: unknown): FollowUpDocument | undefined {
  try {
    if (!isPlainObject(input) || !v.is(followUpDocumentSchema, input)) return undefined;
    let sound = true;
    followUpIssues(input, () => (sound = false));
    return sound ? withRowIds(input) : undefined;
  } catch {
    return undefined;
  }
}

// ------------------------------------------------------------------ row flags

/** What is wrong with one field of a row (texts in followUpMessages). */
export interface FollowUpRowIssue {
  readonly field:
    | 'what'
    | 'responsible'
    | 'involve'
    | 'inform'
    | 'start'
    | 'end'
    | 'when'
    | 'status'
    | 'area'
    | 'section';
  readonly key:
    | 'expectedText'
    | 'invalidDate'
    | 'invalidStatus'
    | 'invalidArea'
    | 'unknownSection'
    | 'endBeforeStart';
  /** The value as text (for ««2026-13-01» er ikke en dato»). */
  readonly value: string;
}

const TEXT_FIELDS = ['what', 'responsible', 'involve', 'inform', 'when'] as const;

const shown = (value: unknown): string =>
  typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));

/**
 * Everything wrong with one row: fields of the wrong kind, dates that are no dates, an unknown
 * status, area or section, and an end before the start. `sections`: the plan's section ids.
 * Empty for a sound row.
 */
export function followUpRowIssues(
  row: FollowUpRow,
  sections: ReadonlySet<string>,
): FollowUpRowIssue[] {
  const issues: FollowUpRowIssue[] = [];
  for (const field of TEXT_FIELDS) {
    const value = row[field];
    if (value !== undefined && typeof value !== 'string')
      issues.push({ field, key: 'expectedText', value: shown(value) });
  }
  for (const field of ['start', 'end'] as const) {
    const value = row[field];
    if (value !== undefined && value !== '' && isoDay(value) === undefined)
      issues.push({ field, key: 'invalidDate', value: shown(value) });
  }
  const start = isoDay(row.start);
  const end = isoDay(row.end);
  if (start !== undefined && end !== undefined && end < start)
    issues.push({ field: 'end', key: 'endBeforeStart', value: shown(row.end) });
  const status: unknown = row.status;
  if (status !== undefined && !FOLLOW_UP_STATUSES.includes(status as FollowUpStatus))
    issues.push({ field: 'status', key: 'invalidStatus', value: shown(status) });
  const area: unknown = row.area;
  const areaOk =
    area === undefined ||
    (typeof area === 'number' && Number.isInteger(area) && isBuiltInAreaId(area)) ||
    (typeof area === 'string' && area.trim() !== '');
  if (!areaOk) issues.push({ field: 'area', key: 'invalidArea', value: shown(area) });
  const section: unknown = row.section;
  if (section !== undefined && (typeof section !== 'string' || !sections.has(section)))
    issues.push({ field: 'section', key: 'unknownSection', value: shown(section) });
  return issues;
}

/**
 * The schema and the checks across rows, together: what a widget's lazy error part needs to
 * name every problem of a rejected plan, without importing this module again.
 */
export const followUpChecks: DocumentChecks<FollowUpErrorKey> = {
  schema: followUpDocumentSchema,
  issues: followUpIssues,
};
