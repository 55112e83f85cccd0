// The model document's shape, written once as valibot schemas. `quickParseModelData()` checks
// good data against them and builds no error text, so a widget loads the localized error path
// (model.ts, i18n/errors.ts) only for bad data; parseModelData() runs the same schemas to name
// every problem. The message strings below are error keys, looked up only on that path.
import * as v from 'valibot';
import { isBuiltInAreaId } from '../catalog/ids.js';
import { LEVEL_IDS } from '../catalog/levels.js';
import type { FormatParams } from '../i18n/format.js';
import type { ErrorKey } from '../i18n/errors.js';
import type { AreaStatus, LevelId, ModelData } from '../types.js';
import { deepCopy } from '../copy.js';
import { givenText, isPlainObject } from './util.js';

/** A loose object (unknown keys kept) that rejects arrays, which valibot counts as objects. */
export function plainObject<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'expectedObject' satisfies ErrorKey),
    v.looseObject(entries),
  );
}

const POSITIVE_INTEGER = 'expectedPositiveInteger' satisfies ErrorKey;

/** An area id: a positive integer. @internal */
export const areaIdSchema = v.pipe(
  v.number(),
  v.integer(POSITIVE_INTEGER),
  v.minValue(1, POSITIVE_INTEGER),
);

/** Every area status, in the order a legend lists them. */
export const AREA_STATUSES: readonly AreaStatus[] = ['strong', 'improve', 'unknown'];

/** @internal */
export const areaStatusSchema = v.picklist(AREA_STATUSES as AreaStatus[]);

/** @internal */
export const modelAreaEntrySchema = plainObject({
  id: areaIdSchema,
  status: v.optional(areaStatusSchema),
  planned: v.optional(v.boolean()),
  note: v.optional(v.string()),
});

/** @internal */
export const catalogAreaInputSchema = plainObject({
  id: areaIdSchema,
  // A blank name keeps a built-in area's name; a new area's is checked in semanticIssues.
  name: v.optional(v.string()),
  levels: v.optional(v.pipe(v.array(v.picklist(LEVEL_IDS as LevelId[])), v.minLength(1))),
  description: v.optional(v.string()),
  tool: v.optional(v.string()),
});

/** @internal */
export const modelDocumentSchema = plainObject({
  title: v.optional(v.string()),
  areas: v.optional(v.array(modelAreaEntrySchema)),
  catalog: v.optional(plainObject({ areas: v.array(catalogAreaInputSchema) })),
});

/** Receives one semantic problem: where (keys from the document root), what, and details. */
export type ReportIssue = (
  keys: readonly (string | number)[],
  key: ErrorKey,
  params?: FormatParams,
) => void;

const isAreaId = (id: unknown): id is number => v.is(areaIdSchema, id);

/**
 * Checks a schema cannot express: ids exist and are unique, new areas are complete and named.
 * Reports each problem (keys relative to `at`); reports nothing for a sound document. Entries
 * of the wrong shape are skipped: the schema reports those.
 * @internal
 */
export function semanticIssues(
  doc: Record<string, unknown>,
  at: readonly (string | number)[],
  report: ReportIssue,
): void {
  const known = new Set<number>();
  const catalog = doc.catalog;
  const custom = isPlainObject(catalog) && Array.isArray(catalog.areas) ? catalog.areas : [];
  const seenCustom = new Set<number>();
  custom.forEach((entry: unknown, i) => {
    if (!isPlainObject(entry) || !isAreaId(entry.id)) return;
    const here = [...at, 'catalog', 'areas', i];
    if (seenCustom.has(entry.id)) report([...here, 'id'], 'duplicateAreaId', { id: entry.id });
    seenCustom.add(entry.id);
    const levels = entry.levels;
    if (Array.isArray(levels)) {
      levels.forEach((level: unknown, j) => {
        if (typeof level === 'string' && levels.indexOf(level) < j) {
          report([...here, 'levels', j], 'duplicateLevel', { level });
        }
      });
    }
    if (isBuiltInAreaId(entry.id)) return;
    // A blank name is not given (mergeAreas keeps a built-in one): a new area needs a real one.
    if (entry.name === undefined) report(here, 'newAreaNeedsName', { id: entry.id });
    else if (typeof entry.name === 'string' && !givenText(entry.name))
      report([...here, 'name'], 'emptyText');
    if (entry.levels === undefined) report(here, 'newAreaNeedsLevels', { id: entry.id });
    known.add(entry.id);
  });
  const areas = Array.isArray(doc.areas) ? doc.areas : [];
  const seen = new Set<number>();
  areas.forEach((entry: unknown, i) => {
    if (!isPlainObject(entry) || !isAreaId(entry.id)) return;
    // The keys are built only for a problem: this loop runs on every status change.
    const keys = () => [...at, 'areas', i, 'id'];
    if (seen.has(entry.id)) report(keys(), 'duplicateAreaId', { id: entry.id });
    else if (!isBuiltInAreaId(entry.id) && !known.has(entry.id))
      report(keys(), 'unknownArea', { id: entry.id });
    seen.add(entry.id);
  });
}

function isSoundDocument(doc: unknown): boolean {
  if (!v.is(modelDocumentSchema, doc)) return false;
  let sound = true;
  semanticIssues(doc, [], () => (sound = false));
  return sound;
}

/**
 * The value parseModelData() returns for good data (a deep copy), or undefined for anything it
 * would reject: the fast path that builds no error text. Never throws; on undefined, call
 * parseModelData() to learn why.
 */
export function quickParseModelData(input: unknown): ModelData | undefined {
  try {
    const sound = Array.isArray(input)
      ? input.length > 0 && input.every(isSoundDocument)
      : isPlainObject(input) && isSoundDocument(input);
    return sound ? (deepCopy(input) as ModelData) : undefined;
  } catch {
    // Exotic input (throwing getters, proxies, cycles).
    return undefined;
  }
}
