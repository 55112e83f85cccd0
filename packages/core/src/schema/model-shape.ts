// Model data checked without building any error: `quickParseModelData()` accepts good data from
// this small module alone, so a widget loads the valibot schemas and the localized error path
// (model.ts) only for bad data. The two must agree exactly: model.test.ts checks that on
// examples and on generated input (property test); a rule changed here must change there.
import { isBuiltInAreaId } from '../catalog/ids.js';
import { isLevelId } from '../catalog/levels.js';
import type { FormatParams } from '../i18n/format.js';
import type { ErrorKey } from '../i18n/errors.js';
import type { AreaStatus, ModelData } from '../types.js';
import { deepCopy, givenText, isPlainObject } from './util.js';

/** Receives one semantic problem: where (keys from the document root), what, and details. */
export type ReportIssue = (
  keys: readonly (string | number)[],
  key: ErrorKey,
  params?: FormatParams,
) => void;

const isAreaId = (id: unknown): id is number =>
  typeof id === 'number' && Number.isInteger(id) && id >= 1;

/**
 * Checks valibot cannot express: ids exist and are unique, new areas are complete and named.
 * Reports each problem (keys relative to `at`); reports nothing for a sound document.
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
    else if (isString(entry.name) && !givenText(entry.name)) report([...here, 'name'], 'emptyText');
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

/** Every area status, in the order a legend lists them. */
export const AREA_STATUSES: readonly AreaStatus[] = ['strong', 'improve', 'unknown'];

const optional = (value: unknown, test: (value: unknown) => boolean): boolean =>
  value === undefined || test(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): boolean => typeof value === 'boolean';
const arrayOf = (value: unknown, test: (item: unknown) => boolean): value is unknown[] =>
  Array.isArray(value) && value.every(test);

/** What modelAreaEntrySchema accepts. */
const isAreaEntry = (entry: unknown): boolean =>
  isPlainObject(entry) &&
  isAreaId(entry.id) &&
  optional(entry.status, (status) => (AREA_STATUSES as readonly unknown[]).includes(status)) &&
  optional(entry.planned, isBoolean) &&
  optional(entry.note, isString);

/** What catalogAreaInputSchema accepts. */
const isCatalogArea = (entry: unknown): boolean =>
  isPlainObject(entry) &&
  isAreaId(entry.id) &&
  optional(entry.name, isString) &&
  optional(entry.levels, (levels) => arrayOf(levels, isLevelId) && levels.length > 0) &&
  optional(entry.description, isString) &&
  optional(entry.tool, isString);

/** What modelDocumentSchema accepts (shape only). */
const isDocumentShape = (doc: unknown): doc is Record<string, unknown> =>
  isPlainObject(doc) &&
  optional(doc.title, isString) &&
  optional(doc.areas, (areas) => arrayOf(areas, isAreaEntry)) &&
  optional(
    doc.catalog,
    (catalog) => isPlainObject(catalog) && arrayOf(catalog.areas, isCatalogArea),
  );

function isSoundDocument(doc: unknown): boolean {
  if (!isDocumentShape(doc)) return false;
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
