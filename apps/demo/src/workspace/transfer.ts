// Workspaces as files: export one workspace or the whole network as JSON in a small envelope;
// import reads a file, checks and migrates every workspace in it, and previews what it would add
// and replace. Nothing is written until applyImport() (after the reader confirmed). A broken or
// foreign file gives one localized error and changes nothing.
import { localize, type Localized } from '@mulighetsrom/core';
import { dataErrorMessages } from '../messages/data.js';
import { SCHEMA_VERSION, type Workspace } from './document.js';
import { compareWorkspaces, type WorkspaceComparison } from './compare.js';
import { migrateError, migrateWorkspace, type MigrateError } from './migrate.js';
import { slugify } from './new-workspace.js';
import type { WorkspaceStore } from './store.js';

export const TRANSFER_APP = 'mulighetsrom';
export type TransferKind = 'workspace' | 'network';

export interface TransferFile {
  app: typeof TRANSFER_APP;
  kind: TransferKind;
  schemaVersion: number;
  exportedAt: string;
  workspaces: Workspace[];
}

/** Files above this size are refused before reading (a workspace is a few hundred kB at most). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

export function exportFile(
  workspaces: readonly Workspace[],
  kind: TransferKind,
  now = new Date(),
): TransferFile {
  return {
    app: TRANSFER_APP,
    kind,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: now.toISOString(),
    workspaces: structuredClone([...workspaces]),
  };
}

/** The file's text (indented, so a person can read and diff it). */
export const exportText = (file: TransferFile): string => `${JSON.stringify(file, null, 2)}\n`;

/** A file name like `mulighetsrom-nav-solvik-2026-12-04.json`. */
export function exportFileName(file: TransferFile, label: string): string {
  return `${TRANSFER_APP}-${slugify(label) || file.kind}-${file.exportedAt.slice(0, 10)}.json`;
}

export type ParsedImport =
  | { readonly ok: true; readonly file: TransferFile }
  | { readonly ok: false; readonly error: MigrateError };

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Reads an export file's text: the envelope, then every workspace migrated and checked. */
export function parseImport(text: string): ParsedImport {
  const fail = (error: MigrateError): ParsedImport => ({ ok: false, error });
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return fail(migrateError('notJson'));
  }
  if (!isObject(parsed) || parsed.app !== TRANSFER_APP || !Array.isArray(parsed.workspaces))
    return fail(migrateError('foreignFile'));
  const version = parsed.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return fail(migrateError('badSchemaVersion'));
  if (version > SCHEMA_VERSION)
    return fail(migrateError('newerSchema', { version, supported: SCHEMA_VERSION }));
  if (parsed.workspaces.length === 0) return fail(migrateError('emptyFile'));
  const workspaces: Workspace[] = [];
  const seen = new Set<string>();
  for (const [index, item] of parsed.workspaces.entries()) {
    const migrated = migrateWorkspace(item);
    if (!migrated.ok) {
      const { key, message, details } = migrated.error;
      return fail({ key, message: numbered(message, index + 1), details });
    }
    if (seen.has(migrated.workspace.id))
      return fail(migrateError('duplicateId', { id: migrated.workspace.id }));
    seen.add(migrated.workspace.id);
    workspaces.push(migrated.workspace);
  }
  return {
    ok: true,
    file: {
      app: TRANSFER_APP,
      kind: parsed.kind === 'workspace' ? 'workspace' : 'network',
      schemaVersion: SCHEMA_VERSION,
      exportedAt: typeof parsed.exportedAt === 'string' ? parsed.exportedAt : '',
      workspaces,
    },
  };
}

/** «Arbeidsflate 2 i fila: …»: which workspace of the file an error is about. */
function numbered(message: Localized, n: number): Localized {
  const prefix = localize(dataErrorMessages, 'workspaceNumber', { n });
  return {
    nb: `${prefix.nb} ${message.nb}`,
    nn: `${prefix.nn} ${message.nn}`,
    en: `${prefix.en} ${message.en}`,
  };
}

export interface ImportReplacement {
  readonly incoming: Workspace;
  readonly current: Workspace;
  readonly comparison: WorkspaceComparison;
}

export interface ImportPreview {
  /** New ids: added as they are. */
  readonly adds: readonly Workspace[];
  /** Ids the store has, whose copy differs: replaced only after confirmation. */
  readonly replaces: readonly ImportReplacement[];
  /** Ids the store has with the same content: nothing to do. */
  readonly unchanged: readonly Workspace[];
}

/** What importing `file` into `store` would do (by id). */
export function previewImport(
  file: TransferFile,
  store: Pick<WorkspaceStore, 'get'>,
): ImportPreview {
  const adds: Workspace[] = [];
  const replaces: ImportReplacement[] = [];
  const unchanged: Workspace[] = [];
  for (const incoming of file.workspaces) {
    const current = store.get(incoming.id);
    if (!current) {
      adds.push(incoming);
      continue;
    }
    const comparison = compareWorkspaces(current, incoming);
    if (comparison.same && current.updatedAt === incoming.updatedAt) unchanged.push(incoming);
    else replaces.push({ incoming, current, comparison });
  }
  return { adds, replaces, unchanged };
}

/** Writes what the preview adds and replaces. Returns how many workspaces were written. */
export async function applyImport(preview: ImportPreview, store: WorkspaceStore): Promise<number> {
  const writes = [...preview.adds, ...preview.replaces.map((r) => r.incoming)];
  for (const workspace of writes) await store.put(structuredClone(workspace));
  return writes.length;
}
