// A document's full error report from its schema and its checks across fields: shared by core's
// parsers and the widgets' lazy error parts (which get the checks from their first render).
import * as v from 'valibot';
import type { FormatParams } from '../i18n/format.js';
import type { DataError, Localized, ParseResult } from '../types.js';
import { dataError, formatPath, toDataErrors, type ExtraErrorMessages } from './errors.js';

/** Receives one problem a check across fields found: where (keys from the root), what, details. */
export type ReportIssue<Key extends string> = (
  keys: readonly (string | number)[],
  key: Key,
  params?: FormatParams,
) => void;

/**
 * A document's schema and the checks a schema cannot express (unique ids, references): what a
 * quick check runs, and what the full error report needs again for data the check rejected.
 */
export interface DocumentChecks<Key extends string> {
  readonly schema: v.GenericSchema;
  readonly issues: (doc: Record<string, unknown>, report: ReportIssue<Key>) => void;
}

/**
 * Every problem of `input`: the schema's issues (texts from `messages`, else the common ones)
 * and the checks' findings (texts by `text`), each with its JSON path under `prefix`.
 */
export function documentErrors<Key extends string>(
  input: unknown,
  checks: DocumentChecks<Key>,
  messages: ExtraErrorMessages,
  text: (key: Key, params?: FormatParams) => Localized,
  prefix: readonly (string | number)[] = [],
): DataError[] {
  const errors: DataError[] = [];
  const shape = v.safeParse(checks.schema, input);
  const at = formatPath(prefix);
  if (!shape.success)
    for (const error of toDataErrors(shape.issues, messages))
      errors.push({ path: at + error.path.slice(1), message: error.message });
  // Not isPlainObject(): a module shared with the first render would become a chunk of its own.
  if (input !== null && typeof input === 'object' && !Array.isArray(input))
    checks.issues(input as Record<string, unknown>, (keys, key, params) =>
      errors.push({ path: formatPath([...prefix, ...keys]), message: text(key, params) }),
    );
  return errors;
}

/**
 * The parse of a document: the errors `find` names, else the value `valueOf` makes (a copy).
 * Never throws: exotic input (throwing getters, proxies, cycles) is reported, not thrown.
 */
export function parseChecked<T>(find: () => DataError[], valueOf: () => T): ParseResult<T> {
  try {
    const errors = find();
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: valueOf() };
  } catch {
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}

/**
 * The result for data a quick check rejected: the errors `find` names, or one general error
 * when it names none (the check said no, so something is wrong). Never throws: exotic input
 * (throwing getters, proxies, cycles) is reported, not thrown.
 */
export function rejectedData(find: () => DataError[]): ParseResult<never> {
  try {
    const errors = find();
    return { ok: false, errors: errors.length > 0 ? errors : [dataError('$', 'invalidValue')] };
  } catch {
    return { ok: false, errors: [dataError('$', 'invalidValue')] };
  }
}
