import type * as v from 'valibot';
import { errorMessages, type ErrorKey } from '../i18n/errors.js';
import { localize } from '../i18n/localize.js';
import type { FormatParams } from '../i18n/format.js';
import type { DataError, Lang } from '../types.js';

/** A section catalog with extra error texts (e.g. a widget's own checks). */
export type ExtraErrorMessages = Readonly<Record<Lang, Readonly<Record<string, string>>>>;

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** JSON path of a list of keys: ['areas', 3, 'status'] → '$.areas[3].status'. */
export function formatPath(keys: readonly (string | number)[]): string {
  let path = '$';
  for (const key of keys) {
    if (typeof key === 'number') path += `[${key}]`;
    else if (IDENTIFIER.test(key)) path += `.${key}`;
    else path += `[${JSON.stringify(key)}]`;
  }
  return path;
}

/** One localized error from a key of `errorMessages`. */
export function dataError(path: string, key: ErrorKey, params?: FormatParams): DataError {
  return { path, message: localize(errorMessages, key, params) };
}

function issueKeys(issue: v.BaseIssue<unknown>): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const item of issue.path ?? []) {
    const key: unknown = item.key;
    if (typeof key === 'string' || typeof key === 'number') keys.push(key);
  }
  return keys;
}

// valibot writes picklist expectations as '("a" | "b")'.
const optionsOf = (expected: string | null): string =>
  (expected ?? '')
    .replace(/^\(|\)$/g, '')
    .split(' | ')
    .join(', ');

function keyFor(issue: v.BaseIssue<unknown>): [ErrorKey, FormatParams?] {
  const requirement: unknown = issue.requirement;
  const limit = typeof requirement === 'number' ? requirement : String(requirement);
  switch (issue.type) {
    case 'object':
    case 'loose_object':
    case 'strict_object':
    case 'record':
      return ['expectedObject'];
    case 'array':
    case 'tuple':
    case 'loose_tuple':
    case 'strict_tuple':
      return ['expectedArray'];
    case 'string':
      return ['expectedString'];
    case 'number':
      return ['expectedNumber'];
    case 'boolean':
      return ['expectedBoolean'];
    case 'integer':
    case 'safe_integer':
      return ['expectedInteger'];
    case 'picklist':
    case 'enum':
    case 'literal':
      return ['expectedOneOf', { options: optionsOf(issue.expected) }];
    case 'non_empty':
      return [typeof issue.input === 'string' ? 'emptyText' : 'emptyList'];
    case 'min_length':
      if (requirement === 1) return [typeof issue.input === 'string' ? 'emptyText' : 'emptyList'];
      return ['tooShort', { min: limit }];
    case 'max_length':
      return ['tooLong', { max: limit }];
    case 'min_value':
      return ['tooSmall', { min: limit }];
    case 'max_value':
      return ['tooLarge', { max: limit }];
    case 'iso_date':
      return ['invalidDate'];
    default:
      return ['invalidValue'];
  }
}

/**
 * Turn valibot issues into localized DataErrors (never valibot's English text).
 * A schema can name its own text by giving a message key as the valibot message: a key of
 * `errorMessages`, or of `extra` (a widget's section catalog). Otherwise the issue type decides.
 */
export function toDataErrors(
  issues: readonly v.BaseIssue<unknown>[],
  extra?: ExtraErrorMessages,
): DataError[] {
  return issues.map((issue) => {
    const keys = issueKeys(issue);
    const path = formatPath(keys);
    const last = issue.path?.[issue.path.length - 1];
    // valibot reports a missing required key as a schema issue with origin 'key'.
    if (last && 'origin' in last && last.origin === 'key' && issue.input === undefined) {
      return dataError(path, 'required', { key: String(last.key) });
    }
    const message = issue.message;
    const [key, params] = keyFor(issue);
    if (extra && Object.prototype.hasOwnProperty.call(extra.nb, message)) {
      return { path, message: localize(extra, message, params) };
    }
    const own = Object.prototype.hasOwnProperty.call(errorMessages.nb, message);
    return dataError(path, own ? (message as ErrorKey) : key, params);
  });
}
