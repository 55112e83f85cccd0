// The annual wheel document's shape (issue 13 «Data»), written once as valibot schemas, and the
// checks a schema cannot express. quickParseWheel() runs both for good data and builds no error
// text; parseWheel() (parse.ts) runs the same to name every problem. The message strings below
// are error keys, looked up only on that path.
import * as v from 'valibot';
import { deepCopy } from '../copy.js';
import type { FormatParams } from '../i18n/format.js';
import { freeId, slugId } from '../matrix/ids.js';
import { plainObject } from '../schema/model-schema.js';
import type { DocumentChecks } from '../schema/document-errors.js';
import { givenText, isPlainObject } from '../schema/util.js';
import { dayNextYear, dayNumber, isIsoDate } from './dates.js';
import type { WheelErrorKey } from './error-messages.js';
import type { WheelDocument } from './types.js';

const idSchema = v.pipe(
  v.string(),
  v.check<string, WheelErrorKey>((id) => id.trim() !== '', 'emptyId'),
);

const dateSchema = v.pipe(
  v.string(),
  v.check<string, WheelErrorKey>((text) => isIsoDate(text), 'invalidIsoDate'),
);

const ringSchema = plainObject({
  id: idSchema,
  label: v.string(),
});

const activitySchema = plainObject({
  id: v.optional(idSchema),
  ring: idSchema,
  title: v.string(),
  start: dateSchema,
  end: v.optional(dateSchema),
  checklist: v.optional(v.picklist(['model'])),
  note: v.optional(v.string()),
  link: v.optional(v.string()),
});

/** @internal */
export const wheelDocumentSchema = plainObject({
  title: v.optional(v.string()),
  year: v.optional(
    v.pipe(
      v.number(),
      v.check<number, WheelErrorKey>(
        (year) => Number.isInteger(year) && year >= 1900 && year <= 2200,
        'invalidYear',
      ),
    ),
  ),
  preset: v.optional(v.picklist(['partnerskap'])),
  rings: v.pipe(v.array(ringSchema), v.minLength(1, 'noRings' satisfies WheelErrorKey)),
  activities: v.array(activitySchema),
});

/** Receives one semantic problem: where (keys from the document root), what, and details. */
export type ReportWheelIssue = (
  keys: readonly (string | number)[],
  key: WheelErrorKey,
  params?: FormatParams,
) => void;

/**
 * Checks a schema cannot express: unique ring and activity ids, ring labels and activity titles
 * given, activities in existing rings, an end on or after the start and before the same date a year later.
 * Entries of the wrong shape are skipped: the schema reports those.
 * @internal
 */
export function wheelIssues(doc: Record<string, unknown>, report: ReportWheelIssue): void {
  const rings = new Set<string>();
  const ringList = Array.isArray(doc.rings) ? doc.rings : [];
  ringList.forEach((ring: unknown, i) => {
    if (!isPlainObject(ring) || !givenText(ring.id)) return;
    if (rings.has(ring.id)) report(['rings', i, 'id'], 'duplicateRingId', { id: ring.id });
    rings.add(ring.id);
    if (typeof ring.label === 'string' && !givenText(ring.label))
      report(['rings', i, 'label'], 'ringNeedsLabel', { id: ring.id });
  });
  const ids = new Set<string>();
  const list = Array.isArray(doc.activities) ? doc.activities : [];
  list.forEach((activity: unknown, i) => {
    if (!isPlainObject(activity)) return;
    const id = givenText(activity.id) ? activity.id : `#${i + 1}`;
    if (givenText(activity.id)) {
      if (ids.has(id)) report(['activities', i, 'id'], 'duplicateActivityId', { id });
      ids.add(id);
    }
    if (typeof activity.title === 'string' && !givenText(activity.title))
      report(['activities', i, 'title'], 'activityNeedsTitle', { id });
    if (givenText(activity.ring) && !rings.has(activity.ring))
      report(['activities', i, 'ring'], 'unknownRing', { ring: activity.ring, id });
    const start = typeof activity.start === 'string' ? dayNumber(activity.start) : undefined;
    const end = typeof activity.end === 'string' ? dayNumber(activity.end) : undefined;
    if (start === undefined || end === undefined) return;
    if (end < start)
      report(['activities', i, 'end'], 'endBeforeStart', {
        id,
        start: activity.start as string,
        end: activity.end as string,
      });
    else if (end >= dayNextYear(start)) report(['activities', i, 'end'], 'activityTooLong', { id });
  });
}

/**
 * Gives every activity without an id one of its own (from its title: «Partnerskapsmøte (vår)»
 * → `partnerskapsmote-var`, made unique), in place. The ids are kept in `.value` afterwards.
 * @internal
 */
export function fillActivityIds(doc: WheelDocument): WheelDocument {
  const taken = new Set(doc.activities.map((a) => a.id).filter(givenText));
  for (const activity of doc.activities) {
    if (givenText(activity.id)) continue;
    const id = freeId(slugId(activity.title) || 'aktivitet', taken);
    taken.add(id);
    activity.id = id;
  }
  return doc;
}

/**
 * The value parseWheel() returns for good data (a deep copy, unknown fields included, missing
 * activity ids filled in), or undefined for anything it would reject: the fast path that builds
 * no error text. Never throws; on undefined, call parseWheel() to learn why.
 */
export function quickParseWheel(input: unknown): WheelDocument | undefined {
  try {
    if (!isPlainObject(input) || !v.is(wheelDocumentSchema, input)) return undefined;
    let sound = true;
    wheelIssues(input, () => (sound = false));
    return sound ? fillActivityIds(deepCopy(input) as WheelDocument) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The schema and the checks across fields, together: what a widget's lazy error part needs to
 * name every problem of data the quick check rejected, without importing this module again.
 */
export const wheelChecks: DocumentChecks<WheelErrorKey> = {
  schema: wheelDocumentSchema,
  issues: wheelIssues,
};
