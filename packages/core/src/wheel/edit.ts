// The edits of the editable wheel, as pure functions on the document: each returns a new
// document and never changes its input; nothing to change returns the input itself, so a widget
// can skip the undo step. Unknown fields of the document, its rings and activities are kept.
import { moveItem } from '../editing/move.js';
import { freeId, slugId } from '../matrix/ids.js';
import { givenText } from '../schema/util.js';
import { addDays, dayNextYear, dayNumber } from './dates.js';
import type { WheelActivity, WheelDocument, WheelRing } from './types.js';

/** The fields of a new activity (the id is made from the title). */
export interface NewWheelActivity {
  readonly ring: string;
  readonly title: string;
  readonly start: string;
  readonly end?: string;
  readonly checklist?: 'model';
  readonly note?: string;
  readonly link?: string;
}

/** Fields to change; `undefined` (or '') removes an optional field. */
export type WheelActivityPatch = Partial<Record<'title' | 'ring' | 'start', string>> &
  Partial<Record<'end' | 'note' | 'link', string | undefined>> & {
    readonly checklist?: 'model' | undefined;
  };

const OPTIONAL = ['end', 'note', 'link', 'checklist'] as const;

const hasRing = (doc: WheelDocument, ring: string): boolean => doc.rings.some((r) => r.id === ring);

/** Dates that make a sound activity: real, in order, within a year. */
function soundDates(start: string, end: string | undefined): boolean {
  const first = dayNumber(start);
  const last = end === undefined ? first : dayNumber(end);
  return first !== undefined && last !== undefined && last >= first && last < dayNextYear(first);
}

/** Adds an activity at the end of the list; its id is free and made from the title. */
export function addWheelActivity(doc: WheelDocument, fields: NewWheelActivity): WheelDocument {
  if (!hasRing(doc, fields.ring) || !givenText(fields.title)) return doc;
  const end = givenText(fields.end) && fields.end !== fields.start ? fields.end : undefined;
  if (!soundDates(fields.start, end)) return doc;
  const id = freeId(slugId(fields.title) || 'aktivitet', new Set(doc.activities.map((a) => a.id)));
  const activity: WheelActivity = {
    id,
    ring: fields.ring,
    title: fields.title.trim(),
    start: fields.start,
  };
  if (end) activity.end = end;
  if (fields.checklist) activity.checklist = fields.checklist;
  if (givenText(fields.note)) activity.note = fields.note;
  if (givenText(fields.link)) activity.link = fields.link;
  return { ...doc, activities: [...doc.activities, activity] };
}

/**
 * Changes the fields of activity `id`. An empty or undefined optional field is removed; an
 * `end` equal to the start makes a one-day activity. The input itself when nothing changes or
 * the change would make the activity unsound (no title, unknown ring, dates out of order).
 */
export function updateWheelActivity(
  doc: WheelDocument,
  id: string,
  patch: WheelActivityPatch,
): WheelDocument {
  const at = doc.activities.findIndex((a) => a.id === id);
  const before = doc.activities[at];
  if (!before) return doc;
  const next: WheelActivity = { ...before };
  let changed = false;
  for (const [key, value] of Object.entries(patch) as [
    keyof WheelActivityPatch,
    string | undefined,
  ][]) {
    if (!(key in patch)) continue;
    const optional = (OPTIONAL as readonly string[]).includes(key);
    if (optional && (value === undefined || value === '')) {
      if (key in next) {
        delete next[key];
        changed = true;
      }
    } else if (value !== undefined && next[key] !== value) {
      (next as Record<string, unknown>)[key] = key === 'title' ? value.trim() : value;
      changed = true;
    }
  }
  if (next.end !== undefined && next.end === next.start) {
    delete next.end;
    changed = changed || before.end !== undefined;
  }
  if (!changed) return doc;
  if (!givenText(next.title) || !hasRing(doc, next.ring) || !soundDates(next.start, next.end))
    return doc;
  const activities = [...doc.activities];
  activities[at] = next;
  return { ...doc, activities };
}

/**
 * Moves activity `id` to start on `start` (its length kept) and, if given, into `ring`.
 */
export function moveWheelActivity(
  doc: WheelDocument,
  id: string,
  to: { readonly start?: string; readonly ring?: string },
): WheelDocument {
  const activity = doc.activities.find((a) => a.id === id);
  if (!activity) return doc;
  const patch: { start?: string; end?: string; ring?: string } = {};
  if (to.ring !== undefined) patch.ring = to.ring;
  if (to.start !== undefined) {
    const shift = (dayNumber(to.start) ?? NaN) - (dayNumber(activity.start) ?? NaN);
    if (!Number.isFinite(shift)) return doc;
    patch.start = to.start;
    if (activity.end !== undefined) patch.end = addDays(activity.end, shift);
  }
  return updateWheelActivity(doc, id, patch);
}

/** Moves activity `id` by `days` days (negative: earlier), its length and ring kept. */
export function shiftWheelActivity(doc: WheelDocument, id: string, days: number): WheelDocument {
  const activity = doc.activities.find((a) => a.id === id);
  if (!activity || !Number.isInteger(days) || days === 0) return doc;
  return moveWheelActivity(doc, id, { start: addDays(activity.start, days) });
}

/** Removes activity `id`. */
export function deleteWheelActivity(doc: WheelDocument, id: string): WheelDocument {
  const activities = doc.activities.filter((a) => a.id !== id);
  return activities.length === doc.activities.length ? doc : { ...doc, activities };
}

/** Adds a ring (innermost) named `label`; its id is free and made from the label. */
export function addWheelRing(doc: WheelDocument, label: string): WheelDocument {
  if (!givenText(label)) return doc;
  const id = freeId(slugId(label) || 'ring', new Set(doc.rings.map((r) => r.id)));
  return { ...doc, rings: [...doc.rings, { id, label: label.trim() }] };
}

/** Renames ring `id`. */
export function renameWheelRing(doc: WheelDocument, id: string, label: string): WheelDocument {
  const at = doc.rings.findIndex((r) => r.id === id);
  const ring = doc.rings[at];
  if (!ring || !givenText(label) || ring.label === label.trim()) return doc;
  const rings: WheelRing[] = [...doc.rings];
  rings[at] = { ...ring, label: label.trim() };
  return { ...doc, rings };
}

/** Moves the ring at index `from` to index `to` (the first ring is the outermost). */
export function moveWheelRing(doc: WheelDocument, from: number, to: number): WheelDocument {
  if (from === to) return doc;
  const moved = moveItem(
    { rings: doc.rings },
    { container: 'rings', index: from },
    { container: 'rings', index: to },
  );
  return moved?.rings ? { ...doc, rings: moved.rings } : doc;
}

/** Removes ring `id` and its activities; never the last ring. */
export function removeWheelRing(doc: WheelDocument, id: string): WheelDocument {
  if (doc.rings.length <= 1 || !hasRing(doc, id)) return doc;
  return {
    ...doc,
    rings: doc.rings.filter((r) => r.id !== id),
    activities: doc.activities.filter((a) => a.ring !== id),
  };
}
