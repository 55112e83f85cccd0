// Saved and imported workspaces of any schema version brought up to SCHEMA_VERSION, and the
// work saved by today's demo page (the model widget under the storage key `demo-model`) turned
// into a first workspace, so nobody who used the demo loses their model.
import {
  deepCopy,
  localize,
  quickParseModelData,
  type DataError,
  type Lang,
  type Localized,
  type ModelDocument,
} from '@mulighetsrom/core';
import { dataErrorMessages, type DataErrorKey } from '../messages/data.js';
import { SCHEMA_VERSION, type Workspace } from './document.js';
import { newWorkspace } from './new-workspace.js';
import { checkWorkspace } from './schema.js';

export interface MigrateError {
  readonly key: DataErrorKey;
  readonly message: Localized;
  /** The schema's own findings (path + localized text), when the shape was wrong. */
  readonly details: readonly DataError[];
}

export type Migrated =
  | { readonly ok: true; readonly workspace: Workspace; readonly from: number }
  | { readonly ok: false; readonly error: MigrateError };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function migrateError(
  key: DataErrorKey,
  params?: Record<string, string | number>,
  details: readonly DataError[] = [],
): MigrateError {
  return { key, message: localize(dataErrorMessages, key, params), details };
}

/**
 * Version 0: a workspace saved before documents carried `schemaVersion`. Every poster it lacks
 * is added empty (what a new workspace has); everything it has is kept as it is.
 */
function from0(doc: Record<string, unknown>): Record<string, unknown> {
  const name = typeof doc.name === 'string' ? doc.name : '';
  const blank = newWorkspace({ name }, 'nb', new Date(0)) as Record<string, unknown>;
  const stamp = typeof doc.updatedAt === 'string' ? doc.updatedAt : new Date().toISOString();
  blank.createdAt = stamp;
  blank.updatedAt = stamp;
  return { ...blank, ...doc, schemaVersion: 1 };
}

/** MIGRATIONS[n] brings a document of version n to version n + 1. */
const MIGRATIONS: Readonly<
  Record<number, (doc: Record<string, unknown>) => Record<string, unknown>>
> = { 0: from0 };

/** The schema version a document says it has: 0 when it has none, undefined when it is bad. */
function versionOf(doc: Record<string, unknown>): number | undefined {
  if (!('schemaVersion' in doc)) return 0;
  const version = doc.schemaVersion;
  return typeof version === 'number' && Number.isInteger(version) && version >= 0
    ? version
    : undefined;
}

/**
 * Brings a workspace of any known schema version up to SCHEMA_VERSION and checks it. Never
 * throws; never changes `input` (the answer is a copy). A document from a newer version of the
 * app is refused, not guessed at.
 */
export function migrateWorkspace(input: unknown): Migrated {
  if (!isObject(input)) return { ok: false, error: migrateError('notWorkspace') };
  const from = versionOf(input);
  if (from === undefined) return { ok: false, error: migrateError('badSchemaVersion') };
  if (from > SCHEMA_VERSION)
    return {
      ok: false,
      error: migrateError('newerSchema', { version: from, supported: SCHEMA_VERSION }),
    };
  let doc: Record<string, unknown>;
  try {
    doc = deepCopy(input) as Record<string, unknown>;
  } catch {
    return { ok: false, error: migrateError('notWorkspace') };
  }
  for (let version = from; version < SCHEMA_VERSION; version += 1) {
    const step = MIGRATIONS[version];
    if (!step) return { ok: false, error: migrateError('badSchemaVersion') };
    doc = step(doc);
  }
  const checked = checkWorkspace(doc);
  if (!checked.ok)
    return { ok: false, error: migrateError('invalidWorkspace', undefined, checked.errors) };
  return { ok: true, workspace: checked.workspace, from };
}

/** The first error's text in `lang`, with the schema's first finding and its path. */
export function migrateErrorText(error: MigrateError, lang: Lang): string {
  const first = error.details[0];
  return first
    ? `${error.message[lang]} ${first.path}: ${first.message[lang]}`
    : error.message[lang];
}

// ---- Today's demo page -------------------------------------------------------------------

/** Where today's demo page keeps its model (the widget's `storage-key="demo-model"`). */
export const LEGACY_MODEL_ITEM = 'mulighetsrom:demo-model';
const SAVED_FORMAT = 'mulighetsrom-saved-work';
const MODEL_WIDGET = 'mulighetsrom-model';
/** The model widget's `savedWorkVersion` when the new app was made. */
const MODEL_SAVED_VERSION = 1;

/**
 * The model saved by today's demo page, read as the widget reads it (the kit's versioned
 * envelope, or bare JSON from before envelopes), or undefined when the text is not a model the
 * widget would open. Compare mode (a list) keeps its first document: the demo saved one.
 */
export function readLegacyModel(text: string): ModelDocument | undefined {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  let value = parsed;
  if (isObject(parsed) && parsed.format === SAVED_FORMAT) {
    const version = parsed.version;
    if (parsed.widget !== MODEL_WIDGET) return undefined;
    if (typeof version !== 'number' || !Number.isInteger(version)) return undefined;
    if (version < 0 || version > MODEL_SAVED_VERSION) return undefined;
    value = parsed.value;
  }
  const model = quickParseModelData(value);
  if (model === undefined) return undefined;
  return Array.isArray(model) ? model[0] : model;
}

/** A first workspace holding the model saved by today's demo page. */
export function workspaceFromLegacyModel(
  model: ModelDocument,
  fallbackName: string,
  lang: Lang,
  now = new Date(),
): Workspace {
  const title = typeof model.title === 'string' && model.title.trim() ? model.title.trim() : '';
  const workspace = newWorkspace({ name: title || fallbackName }, lang, now);
  return { ...workspace, model: deepCopy(model) as ModelDocument };
}
