// Parsing model data with localized errors. The shape itself is in model-shape.ts.
import * as v from 'valibot';
import { LEVEL_IDS } from '../catalog/levels.js';
import type {
  AreaStatus,
  DataError,
  LevelId,
  ModelData,
  ModelDocument,
  ParseResult,
} from '../types.js';
import { dataError, formatPath, toDataErrors } from './errors.js';
import { AREA_STATUSES, semanticIssues } from './model-shape.js';
import { deepCopy, isPlainObject } from './util.js';

export * from './model-shape.js';

/** A loose object (unknown keys kept) that rejects arrays, which valibot counts as objects. */
export function plainObject<const E extends v.ObjectEntries>(entries: E) {
  return v.pipe(
    v.custom<Record<string, unknown>>(isPlainObject, 'expectedObject'),
    v.looseObject(entries),
  );
}

/** An area id: a positive integer. */
export const areaIdSchema = v.pipe(
  v.number(),
  v.integer('expectedPositiveInteger'),
  v.minValue(1, 'expectedPositiveInteger'),
);

export const areaStatusSchema = v.picklist(AREA_STATUSES as AreaStatus[]);

export const modelAreaEntrySchema = plainObject({
  id: areaIdSchema,
  status: v.optional(areaStatusSchema),
  planned: v.optional(v.boolean()),
  note: v.optional(v.string()),
});

export const catalogAreaInputSchema = plainObject({
  id: areaIdSchema,
  // A blank name keeps a built-in area's name; a new area's is checked in semanticIssues.
  name: v.optional(v.string()),
  levels: v.optional(v.pipe(v.array(v.picklist(LEVEL_IDS as LevelId[])), v.minLength(1))),
  description: v.optional(v.string()),
  tool: v.optional(v.string()),
});

export const modelDocumentSchema = plainObject({
  title: v.optional(v.string()),
  areas: v.optional(v.array(modelAreaEntrySchema)),
  catalog: v.optional(plainObject({ areas: v.array(catalogAreaInputSchema) })),
});

function documentErrors(input: unknown, at: readonly (string | number)[]): DataError[] {
  const result = v.safeParse(modelDocumentSchema, input);
  const errors = result.success
    ? []
    : toDataErrors(result.issues).map((error) => ({
        ...error,
        path: at.length > 0 ? formatPath(at) + error.path.slice(1) : error.path,
      }));
  if (isPlainObject(input)) {
    semanticIssues(input, at, (keys, key, params) =>
      errors.push(dataError(formatPath(keys), key, params)),
    );
  }
  return errors;
}

function check<T>(input: unknown, collect: () => DataError[]): ParseResult<T> {
  try {
    const errors = collect();
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: deepCopy(input) as T };
  } catch {
    // Exotic input (throwing getters, proxies, cycles): report instead of throwing.
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}

/** Validate one model document. On success the value is a deep copy of the input. */
export function parseModelDocument(input: unknown): ParseResult<ModelDocument> {
  return check(input, () => documentErrors(input, []));
}

/**
 * Validate model data: one document, or a non-empty array of documents (compare mode).
 * Never throws. On success the value is a deep copy that deep-equals the input, unknown
 * fields included.
 */
export function parseModelData(input: unknown): ParseResult<ModelData> {
  return check(input, () => {
    if (Array.isArray(input)) {
      if (input.length === 0) return [dataError('$', 'expectedDocument')];
      return input.flatMap((doc, i) => documentErrors(doc, [i]));
    }
    if (!isPlainObject(input)) return [dataError('$', 'expectedDocument')];
    return documentErrors(input, []);
  });
}

/** The documents of model data as a list (one document becomes a list of one). */
export function modelDocuments(data: ModelData): ModelDocument[] {
  return Array.isArray(data) ? data : [data];
}
