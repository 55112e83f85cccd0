// Named versions: a snapshot of one workspace (a name, when, optionally the step it belongs to,
// e.g. «Samling 1»), saved beside the workspace under its own key. Restoring one first
// snapshots the current state, so the restore itself can be undone by restoring that.
import { STEP_IDS, type StepId, type Workspace } from './document.js';
import { migrateWorkspace } from './migrate.js';
import { keys, type PersistenceAdapter } from './persistence.js';

export { compareWorkspaces, type PosterChange, type WorkspaceComparison } from './compare.js';

export interface NamedVersion {
  readonly id: string;
  readonly workspaceId: string;
  readonly name: string;
  /** ISO timestamp. */
  readonly createdAt: string;
  readonly step?: StepId;
  readonly workspace: Workspace;
}

export interface NewVersion {
  name: string;
  step?: StepId;
}

export interface VersionStore {
  /** A workspace's versions, newest first (synchronous: read once at start, then kept). */
  list(workspaceId: string): readonly NamedVersion[];
  get(workspaceId: string, versionId: string): NamedVersion | undefined;
  /** Snapshots the workspace as it is now (or `workspace`, when given) under `name`. */
  create(workspaceId: string, init: NewVersion, workspace?: Workspace): Promise<NamedVersion>;
  remove(workspaceId: string, versionId: string): Promise<void>;
  /**
   * Makes the version the workspace's current state, after snapshotting the current state as
   * `beforeName` (returned, so the view can offer it as the undo).
   */
  restore(workspaceId: string, versionId: string, beforeName: string): Promise<NamedVersion>;
  /** Deletes every version of a workspace (the workspace was deleted). */
  removeAll(workspaceId: string): Promise<void>;
  /** Reads a workspace's versions again (another tab changed them). */
  reload(workspaceId: string): Promise<void>;
  /** Takes the versions from the store's first read of every key. */
  load(entries: readonly [string, unknown][]): void;
}

export interface VersionStoreOptions {
  adapter: PersistenceAdapter;
  now: () => Date;
  current(workspaceId: string): Workspace | undefined;
  put(workspace: Workspace): Promise<void>;
  /** Called after the versions of a workspace changed. */
  changed(workspaceId: string): void;
}

const isStep = (value: unknown): value is StepId => STEP_IDS.includes(value as StepId);

/** A saved version, checked; its snapshot migrated like any saved workspace. */
function readVersion(value: unknown): NamedVersion | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const { id, workspaceId, name, createdAt, step } = record;
  if (typeof id !== 'string' || typeof workspaceId !== 'string') return undefined;
  if (typeof name !== 'string' || typeof createdAt !== 'string') return undefined;
  const migrated = migrateWorkspace(record.workspace);
  if (!migrated.ok) return undefined;
  return {
    id,
    workspaceId,
    name,
    createdAt,
    ...(isStep(step) ? { step } : {}),
    workspace: migrated.workspace,
  };
}

const newestFirst = (a: NamedVersion, b: NamedVersion) =>
  b.createdAt.localeCompare(a.createdAt) || b.id.localeCompare(a.id);

export function createVersionStore(options: VersionStoreOptions): VersionStore {
  const { adapter } = options;
  const byWorkspace = new Map<string, NamedVersion[]>();
  const prefix = (workspaceId: string) => keys.version(workspaceId, '');

  const keep = (version: NamedVersion) => {
    const list = (byWorkspace.get(version.workspaceId) ?? []).filter((v) => v.id !== version.id);
    byWorkspace.set(version.workspaceId, [...list, version].sort(newestFirst));
  };

  const store: VersionStore = {
    list: (workspaceId) => byWorkspace.get(workspaceId) ?? [],
    get: (workspaceId, versionId) =>
      byWorkspace.get(workspaceId)?.find((version) => version.id === versionId),
    async create(workspaceId, init, workspace) {
      const source = workspace ?? options.current(workspaceId);
      if (!source) throw new Error(`no workspace ${workspaceId}`);
      const version: NamedVersion = {
        id: `${options.now().getTime().toString(36)}-${crypto.randomUUID().slice(0, 8)}`,
        workspaceId,
        name: init.name,
        createdAt: options.now().toISOString(),
        ...(init.step ? { step: init.step } : {}),
        workspace: structuredClone(source),
      };
      await adapter.set(keys.version(workspaceId, version.id), version);
      keep(version);
      options.changed(workspaceId);
      return version;
    },
    async remove(workspaceId, versionId) {
      await adapter.del(keys.version(workspaceId, versionId));
      const list = byWorkspace.get(workspaceId) ?? [];
      byWorkspace.set(
        workspaceId,
        list.filter((version) => version.id !== versionId),
      );
      options.changed(workspaceId);
    },
    async restore(workspaceId, versionId, beforeName) {
      const version = store.get(workspaceId, versionId);
      if (!version) throw new Error(`no version ${versionId} of ${workspaceId}`);
      const before = await store.create(workspaceId, { name: beforeName });
      await options.put({
        ...structuredClone(version.workspace),
        id: workspaceId,
        updatedAt: options.now().toISOString(),
      });
      return before;
    },
    async removeAll(workspaceId) {
      for (const version of byWorkspace.get(workspaceId) ?? [])
        await adapter.del(keys.version(workspaceId, version.id));
      byWorkspace.delete(workspaceId);
    },
    async reload(workspaceId) {
      const all = await adapter.entries();
      byWorkspace.delete(workspaceId);
      for (const [key, value] of all) {
        if (!key.startsWith(prefix(workspaceId))) continue;
        const version = readVersion(value);
        if (version?.workspaceId === workspaceId) keep(version);
      }
    },
    load(entries) {
      for (const [key, value] of entries) {
        if (!key.startsWith('version:')) continue;
        const version = readVersion(value);
        if (version && key === keys.version(version.workspaceId, version.id)) keep(version);
      }
    },
  };
  return store;
}
