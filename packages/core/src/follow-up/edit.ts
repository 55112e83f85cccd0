// Edits of a follow-up plan as pure functions: each returns a new plan (the input is never
// changed), or the same plan when nothing changed. Rows are addressed by id.
import { moveItem, type MoveTarget } from '../editing/move.js';
import type { Lang } from '../types.js';
import { AREA_BASICS } from '../catalog/areas.js';
import { followUpMessages } from '../i18n/follow-up.js';
import { format } from '../i18n/format.js';
import { readWhen } from './dates.js';
import { followUpRows, groupFollowUpRows, NO_SECTION } from './plan.js';
import { FOLLOW_UP_STATUSES } from './schema.js';
import type { FollowUpColumn, FollowUpDocument, FollowUpRow, FollowUpStatus } from './types.js';

// The read-only table needs these two as well: they live in plan.ts, so a table that never edits
// does not load this module.
export { followUpRowNumbers, followUpRows } from './plan.js';

/** The plan with its rows given (the template's made real on the first edit). */
const withRows = (doc: FollowUpDocument, rows: FollowUpRow[]): FollowUpDocument => ({
  ...doc,
  rows,
});

function freeRowId(rows: readonly FollowUpRow[]): string {
  const taken = new Set(rows.map((r) => r.id));
  let n = rows.length + 1;
  while (taken.has(`row-${n}`)) n++;
  return `row-${n}`;
}

const norm = (text: string): string => text.trim().toLocaleLowerCase('nb');

/** A status typed or pasted: its id or its name in any language; undefined if none matches. @internal */
export function readStatus(text: string): FollowUpStatus | undefined {
  const t = norm(text);
  for (const status of FOLLOW_UP_STATUSES) {
    if (t === status) return status;
    const key =
      status === 'todo' ? 'statusTodo' : status === 'doing' ? 'statusDoing' : 'statusDone';
    for (const m of Object.values(followUpMessages)) if (norm(m[key]) === t) return status;
  }
  return undefined;
}

/** An area typed or pasted: «16», «16. Name», a built-in name in any language, else the text. @internal */
export function readArea(text: string): number | string | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  const numbered = /^(\d+)\.?(?:\s+(.*))?$/.exec(t);
  if (numbered) {
    const id = Number(numbered[1]);
    if (AREA_BASICS.some((a) => a.id === id)) return id;
  }
  for (const area of AREA_BASICS)
    for (const name of Object.values(area.name)) if (norm(name) === norm(t)) return area.id;
  return t;
}

/**
 * The row with one cell set from text, as the editor and a paste give it: text fields as typed
 * (empty text removes the field), «når» read into start, end and free text, a status or area
 * by name or number (text that names none is kept as typed, and flagged). @internal */
export function rowWithCell(row: FollowUpRow, column: FollowUpColumn, text: string): FollowUpRow {
  const next: FollowUpRow = { ...row };
  const set = (key: string, value: unknown): void => {
    if (value === undefined || value === '') delete next[key];
    else next[key] = value;
  };
  const blank = text.trim() === '';
  switch (column) {
    case 'when': {
      const when = readWhen(text);
      set('start', when.start);
      set('end', when.end);
      set('when', when.when);
      break;
    }
    case 'status':
      set('status', blank ? undefined : (readStatus(text) ?? text.trim()));
      break;
    case 'area':
      set('area', readArea(text));
      break;
    default:
      set(column, blank ? undefined : text);
  }
  return next;
}

const sameRow = (a: FollowUpRow, b: FollowUpRow): boolean =>
  JSON.stringify(a) === JSON.stringify(b);

/** One cell set from text (see rowWithCell()). The same plan when nothing changes. */
export function setFollowUpCell(
  doc: FollowUpDocument,
  id: string,
  column: FollowUpColumn,
  text: string,
): FollowUpDocument {
  const rows = followUpRows(doc);
  const at = rows.findIndex((row) => row.id === id);
  if (at < 0) return doc;
  const next = rowWithCell(rows[at]!, column, text);
  if (sameRow(next, rows[at]!)) return doc;
  const copy = [...rows];
  copy[at] = next;
  return withRows(doc, copy);
}

/**
 * A new empty row in a section ('' or undefined: none), after the row `after` (by id) or at
 * the end of its section. Returns the plan and the new row's id.
 */
export function addFollowUpRow(
  doc: FollowUpDocument,
  options: { section?: string; after?: string; fields?: Partial<FollowUpRow> } = {},
): { doc: FollowUpDocument; id: string } {
  const rows = followUpRows(doc);
  const id = freeRowId(rows);
  const row: FollowUpRow = { ...options.fields, id };
  if (options.section) row.section = options.section;
  else delete row.section;
  const copy = [...rows];
  let at = options.after === undefined ? -1 : copy.findIndex((r) => r.id === options.after);
  if (at < 0) {
    // After the last row of its section, else at the end.
    const section = options.section ?? NO_SECTION;
    const group = groupFollowUpRows(withRows(doc, copy)).find((g) => g.id === section);
    const last = group?.rows[group.rows.length - 1];
    at = last ? copy.indexOf(last) : copy.length - 1;
  }
  copy.splice(at + 1, 0, row);
  return { doc: withRows(doc, copy), id };
}

/** The plan without the row `id`. */
export function deleteFollowUpRow(doc: FollowUpDocument, id: string): FollowUpDocument {
  const rows = followUpRows(doc);
  const copy = rows.filter((row) => row.id !== id);
  return copy.length === rows.length ? doc : withRows(doc, copy);
}

/** A copy of the row `id` (every field, a new id) just below it. */
export function duplicateFollowUpRow(
  doc: FollowUpDocument,
  id: string,
): { doc: FollowUpDocument; id: string | undefined } {
  const rows = followUpRows(doc);
  const at = rows.findIndex((row) => row.id === id);
  if (at < 0) return { doc, id: undefined };
  const copyId = freeRowId(rows);
  const copy = [...rows];
  copy.splice(at + 1, 0, { ...structuredClone(rows[at]!), id: copyId });
  return { doc: withRows(doc, copy), id: copyId };
}

/**
 * Moves a row within its section or into another one. Containers are the groups of
 * groupFollowUpRows() by id ('' for rows without a section); indexes count within a group. The rows
 * come out in group order.
 */
export function moveFollowUpRow(
  doc: FollowUpDocument,
  from: MoveTarget,
  to: MoveTarget,
): FollowUpDocument {
  const rows = followUpRows(doc);
  const groups = groupFollowUpRows(withRows(doc, rows));
  const containers: Record<string, FollowUpRow[]> = {};
  for (const group of groups) containers[group.id] = [...group.rows];
  if (!containers[to.container]) containers[to.container] = [];
  const moved = moveItem(containers, from, to);
  if (!moved) return doc;
  const item = containers[from.container]![from.index]!;
  const order: string[] = groups.map((g) => g.id);
  if (!order.includes(to.container))
    if (to.container === NO_SECTION) order.unshift(to.container);
    else order.push(to.container);
  const out: FollowUpRow[] = [];
  for (const id of order)
    for (const row of moved[id] ?? []) {
      if (row !== item || from.container === to.container) out.push(row);
      else {
        const next = { ...row };
        if (to.container === NO_SECTION) delete next.section;
        else next.section = to.container;
        out.push(next);
      }
    }
  if (out.every((row, i) => row === rows[i])) return doc;
  return withRows(doc, out);
}

/** An edit's words for `lang` are made by the widget; this names the row for them. @internal */
export const rowLabel = (number: number, lang: Lang): string =>
  format(followUpMessages[lang].rowName, { number });
