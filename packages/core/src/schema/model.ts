// Parsing model data with localized errors: the path for bad data. The shape itself, and the
// fast check for good data, are in model-schema.ts.
import * as v from 'valibot';
import type { DataError, ModelData, ModelDocument, ParseResult } from '../types.js';
import { dataError, formatPath, toDataErrors } from './errors.js';
import { modelDocumentSchema, semanticIssues } from './model-schema.js';
import { deepCopy } from '../copy.js';
import { isPlainObject } from './util.js';

export * from './model-schema.js';

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
