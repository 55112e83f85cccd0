// The WorkspaceStore the app uses: workspaces in memory for synchronous reads, each one saved
// under its own key (./persistence.ts: IndexedDB in a browser) after every change.
//
// Saving is a compare-and-set on a revision counter kept beside each workspace: a tab writes only
// when the saved revision is still the one its copy started from, inside one atomic `update`
// and, across tabs, under a Web Lock per workspace. Other tabs hear of each save (id + revision)
// on a BroadcastChannel: a tab without unsaved changes follows the newer copy; a tab with
// changes enters a conflict for that workspace, keeps its own copy in memory and writes nothing
// until the reader chooses (views/tab-notice.ts): reload the saved copy or take over with this
// tab's. A failed write keeps the change in memory, marks the workspace `failed` and reports a
// problem; retry() writes again.
import type { Workspace, WorkspaceSummary } from './document.js';
import type { Journal, JournalEntry } from './journal.js';
import { migrateWorkspace, type MigrateError } from './migrate.js';
import { keys, type PersistenceAdapter } from './persistence.js';
import type { WorkspaceListener, WorkspaceStore } from './store.js';
import { localLocks, type TabChannel, type TabLocks, type TabMessage } from './tabs.js';
import { createVersionStore, type VersionStore } from './versions.js';

/** What is saved under a workspace's key. */
export interface SavedRecord {
  /** Raised by one on every write; the compare-and-set's token. */
  revision: number;
  workspace: Workspace;
}

/**
 * `saved`: this tab's copy is the saved one. `saving`: a change is being written. `failed`: the
 * last write failed (the change is kept in memory; retry() writes again). `conflict`: another
 * tab saved a newer copy while this tab had changes; nothing is written until resolveConflict().
 */
export type SaveState = 'saved' | 'saving' | 'failed' | 'conflict';

export interface WorkspaceConflict {
  readonly id: string;
  /** This tab's copy (with its unsaved changes). */
  readonly mine: Workspace;
  /** The copy another tab saved; undefined when another tab deleted the workspace. */
  readonly saved: Workspace | undefined;
  readonly savedRevision: number;
  /** The saved copy is there but does not read (a newer version of the app saved it). */
  readonly unreadable?: boolean;
}

export type StoreProblem =
  /** A write failed (storage full, blocked, private mode): the change is only in memory. */
  | { readonly kind: 'write-failed'; readonly id: string; readonly error: unknown }
  /** A saved workspace does not read (bad or newer data): it is left untouched, not loaded. */
  | { readonly kind: 'unreadable'; readonly id: string; readonly error: MigrateError }
  /** The database could not be read at start: the store works in memory only. */
  | { readonly kind: 'load-failed'; readonly error: unknown };

export type ConflictChoice = 'reload' | 'take-over';

export interface SafeWorkspaceStore extends WorkspaceStore {
  /** This tab's id on the channel. */
  readonly tab: string;
  readonly versions: VersionStore;
  /** The adapter (named versions and the app's flags live beside the workspaces). */
  readonly persistence: PersistenceAdapter;
  saveState(id: string): SaveState | undefined;
  conflicts(): readonly WorkspaceConflict[];
  /**
   * `reload` takes the saved copy (this tab's copy is first kept as a named version called
   * `keepAs`, when given and the workspace still exists); `take-over` writes this tab's copy
   * over the saved one.
   */
  resolveConflict(id: string, choice: ConflictChoice, keepAs?: string): Promise<void>;
  /** What went wrong and is still so (failed writes, unreadable saved workspaces). */
  problems(): readonly StoreProblem[];
  /** Called with each new problem (the UI shows it; subscribe() listeners hear it too). */
  onProblem(listener: (problem: StoreProblem) => void): () => void;
  /** Writes a workspace whose last write failed again. */
  retry(id: string): Promise<void>;
  /** Reads every saved workspace again and follows or flags newer copies (a tab shown again). */
  refresh(): Promise<void>;
  /** Stops listening to other tabs and closes the channel. */
  close(): void;
}

export interface SavedStoreOptions {
  adapter: PersistenceAdapter;
  channel?: TabChannel;
  locks?: TabLocks;
  /**
   * A synchronous copy of each change until it is written (./journal.ts), so a tab closed right
   * after an edit loses nothing: the next start writes what a closed tab left.
   */
  journal?: Journal;
  /** The name of the version that keeps a closed tab's change when the saved copy moved on. */
  recoveredName?: string;
  /**
   * Runs once the saved workspaces are read, before `ready` resolves (first-start work: bring in
   * today's demo model, add the examples). A failure is reported as a load problem.
   */
  setup?: (store: SafeWorkspaceStore) => Promise<void>;
  /** For tests: the tab's id and the clock. */
  tab?: string;
  now?: () => Date;
}

interface Entry {
  workspace: Workspace;
  /** The saved revision this copy is (when clean) or started from (when dirty). */
  revision: number;
  dirty: boolean;
  state: SaveState;
  conflict?: { saved: Workspace | undefined; savedRevision: number; unreadable?: boolean };
}

const WORKSPACE_PREFIX = keys.workspace('');

function recordOf(value: unknown): { revision: number; workspace: unknown } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { revision, workspace } = value as Partial<SavedRecord>;
  return typeof revision === 'number' && workspace !== undefined
    ? { revision, workspace }
    : undefined;
}

const revisionOf = (value: unknown): number => recordOf(value)?.revision ?? 0;

/** Two copies of a workspace with the same content (then there is nothing to choose between). */
const sameCopy = (a: Workspace | undefined, b: Workspace | undefined) =>
  a !== undefined && b !== undefined && JSON.stringify(a) === JSON.stringify(b);

export function createSavedStore(options: SavedStoreOptions): SafeWorkspaceStore {
  const { adapter } = options;
  const locks = options.locks ?? localLocks();
  // While this tab is open its journal is its own: another tab starting now must not take it
  // for a closed tab's (and keep it as «…from a closed tab»); this tab writes it itself.
  const tabLock = (id: string) => `tab:${id}`;
  const now = options.now ?? (() => new Date());
  const tab = options.tab ?? crypto.randomUUID();
  locks.holdWhileOpen?.(tabLock(tab));
  const entries = new Map<string, Entry>();
  const listeners = new Set<WorkspaceListener>();
  const problemListeners = new Set<(problem: StoreProblem) => void>();
  let problems: StoreProblem[] = [];

  const tell = (id: string) => {
    const workspace = entries.get(id)?.workspace;
    for (const listener of [...listeners]) listener(id, workspace);
  };

  const report = (problem: StoreProblem) => {
    problems = [...problems, problem];
    for (const listener of [...problemListeners]) listener(problem);
  };
  const clearProblems = (id: string, kind: StoreProblem['kind']) => {
    problems = problems.filter((p) => p.kind !== kind || !('id' in p) || p.id !== id);
  };

  const post = (message: TabMessage) => {
    try {
      options.channel?.post(message);
    } catch {
      // A closed channel: other tabs still notice at their next save (compare-and-set).
    }
  };

  /** A saved record read as a current workspace, or undefined (reported) when it does not read. */
  const readRecord = (id: string, value: unknown) => {
    const record = recordOf(value);
    if (!record) return undefined;
    const migrated = migrateWorkspace(record.workspace);
    if (!migrated.ok) {
      if (!problems.some((p) => p.kind === 'unreadable' && p.id === id))
        report({ kind: 'unreadable', id, error: migrated.error });
      return undefined;
    }
    return { revision: record.revision, workspace: migrated.workspace };
  };

  /** Keeps this tab's unwritten copy in the journal (or drops it once written). */
  const journal = (id: string, entry: Entry | undefined) => {
    if (!options.journal) return;
    if (entry?.dirty)
      options.journal.write({ tab, id, base: entry.revision, workspace: entry.workspace });
    else options.journal.clear(tab, id);
  };

  const enterConflict = (
    id: string,
    entry: Entry,
    saved: Workspace | undefined,
    revision: number,
    unreadable = false,
  ) => {
    entry.conflict = unreadable
      ? { saved, savedRevision: revision, unreadable }
      : { saved, savedRevision: revision };
    entry.state = 'conflict';
    tell(id);
  };

  /** Writes the entry's copy if it is still based on the saved revision. */
  const save = (id: string): Promise<void> =>
    locks.withLock(`workspace:${id}`, async () => {
      const entry = entries.get(id);
      if (!entry || !entry.dirty || entry.conflict) return;
      const copy = entry.workspace;
      const base = entry.revision;
      let stale: { found: true; value: unknown } | undefined;
      try {
        await adapter.update(keys.workspace(id), (old) => {
          if (revisionOf(old) !== base) {
            stale = { found: true, value: old };
            return old;
          }
          stale = undefined;
          const record: SavedRecord = { revision: base + 1, workspace: copy };
          return record;
        });
      } catch (error) {
        entry.state = 'failed';
        clearProblems(id, 'write-failed');
        report({ kind: 'write-failed', id, error });
        tell(id);
        return;
      }
      clearProblems(id, 'write-failed');
      if (stale) {
        const read = readRecord(id, stale.value);
        if (sameCopy(read?.workspace, copy) && entry.workspace === copy) {
          // Already saved as it is (another start wrote what this tab's journal held).
          Object.assign(entry, { revision: read!.revision, dirty: false, state: 'saved' });
          journal(id, entry);
          tell(id);
          return;
        }
        const unreadable = !read && recordOf(stale.value) !== undefined;
        enterConflict(id, entry, read?.workspace, revisionOf(stale.value), unreadable);
        return;
      }
      entry.revision = base + 1;
      post({ type: 'saved', id, revision: entry.revision, tab });
      if (entry.workspace === copy) {
        entry.dirty = false;
        entry.state = 'saved';
        journal(id, entry);
        tell(id);
      } else {
        journal(id, entry);
        await Promise.resolve(); // changed while writing: write the newer copy next
        void save(id);
      }
    });

  /** Another tab saved `id` (or we found out at start or on refresh). */
  const follow = (id: string, value: unknown) => {
    const read = readRecord(id, value);
    // Saved but unreadable (e.g. by a newer version of the app in another tab): this tab's
    // copy stays as it is, and the problem is shown; its next write is refused (revision).
    if (!read && recordOf(value)) return;
    const entry = entries.get(id);
    if (!entry) {
      if (!read) return;
      entries.set(id, { ...read, dirty: false, state: 'saved' });
      tell(id);
      return;
    }
    const revision = read?.revision ?? 0;
    if (revision === entry.revision && read) return;
    if (entry.dirty && read && sameCopy(read.workspace, entry.workspace)) {
      Object.assign(entry, { revision, dirty: false, state: 'saved', conflict: undefined });
      journal(id, entry);
      tell(id);
      return;
    }
    if (entry.dirty) {
      if (entry.conflict?.savedRevision === revision) return;
      enterConflict(id, entry, read?.workspace, revision);
      return;
    }
    if (!read) entries.delete(id);
    else Object.assign(entry, { ...read, state: 'saved', conflict: undefined });
    tell(id);
  };

  const onMessage = (message: TabMessage) => {
    if (message.tab === tab) return;
    if (message.type === 'versions') {
      void versions.reload(message.id).then(() => tell(message.id));
      return;
    }
    const entry = entries.get(message.id);
    if (message.type === 'saved' && entry && message.revision <= entry.revision) return;
    void locks
      .withLock(`workspace:${message.id}`, () => adapter.get(keys.workspace(message.id)))
      .then((value) => follow(message.id, value))
      .catch(() => undefined); // unreadable now: the next save's compare-and-set will see it
  };
  const stopListening = options.channel?.listen(onMessage);

  const versions = createVersionStore({
    adapter,
    now,
    current: (id) => entries.get(id)?.workspace,
    put: (workspace) => store.put(workspace),
    changed: (id) => {
      post({ type: 'versions', id, tab });
      tell(id);
    },
  });

  /**
   * A change a closed tab left in the journal: written when the saved copy is still the one it
   * was made on, else kept as a named version (never over a newer saved copy).
   */
  const recover = (left: JournalEntry) =>
    locks.withLock(`workspace:${left.id}`, async () => {
      const migrated = migrateWorkspace(left.workspace);
      if (!migrated.ok) return; // left in the journal, untouched
      const workspace = migrated.workspace;
      const saved = await adapter.get(keys.workspace(left.id));
      const read = readRecord(left.id, saved);
      if (sameCopy(read?.workspace, workspace)) {
        options.journal?.clear(left.tab, left.id);
        return;
      }
      if (revisionOf(saved) === left.base) {
        let written = false;
        await adapter.update(keys.workspace(left.id), (old) => {
          if (revisionOf(old) !== left.base) return old;
          written = true;
          const record: SavedRecord = { revision: left.base + 1, workspace };
          return record;
        });
        if (written) {
          entries.set(left.id, {
            workspace,
            revision: left.base + 1,
            dirty: false,
            state: 'saved',
          });
          post({ type: 'saved', id: left.id, revision: left.base + 1, tab });
          options.journal?.clear(left.tab, left.id);
          return;
        }
      }
      await versions.create(left.id, { name: options.recoveredName ?? left.id }, workspace);
      options.journal?.clear(left.tab, left.id);
    });

  const self = () => store;
  const ready = (async () => {
    let all: [string, unknown][];
    try {
      all = await adapter.entries();
    } catch (error) {
      report({ kind: 'load-failed', error });
      return;
    }
    for (const [key, value] of all) {
      if (!key.startsWith(WORKSPACE_PREFIX)) continue;
      const id = key.slice(WORKSPACE_PREFIX.length);
      const read = readRecord(id, value);
      if (read && !entries.has(id)) entries.set(id, { ...read, dirty: false, state: 'saved' });
    }
    versions.load(all);
    for (const left of options.journal?.entries() ?? []) {
      if (left.tab === tab) continue;
      if (await locks.isHeld?.(tabLock(left.tab)).catch(() => false)) continue; // an open tab's
      await recover(left).catch(() => undefined); // kept for the next start
    }
    try {
      await options.setup?.(self());
    } catch (error) {
      report({ kind: 'load-failed', error });
    }
  })();

  const store: SafeWorkspaceStore = {
    ready,
    tab,
    versions,
    persistence: adapter,
    list: (): WorkspaceSummary[] =>
      [...entries.values()].map(({ workspace: { id, name, example, updatedAt } }) => ({
        id,
        name,
        example: example === true,
        updatedAt,
      })),
    get: (id) => entries.get(id)?.workspace,
    async update(id, change) {
      const entry = entries.get(id);
      if (!entry) throw new Error(`no workspace ${id}`);
      entry.workspace = { ...change(entry.workspace), updatedAt: now().toISOString() };
      entry.dirty = true;
      if (!entry.conflict) entry.state = 'saving';
      journal(id, entry);
      tell(id);
      await save(id);
      return entries.get(id)?.workspace ?? entry.workspace;
    },
    async put(workspace) {
      const entry = entries.get(workspace.id);
      if (entry) {
        entry.workspace = workspace;
        entry.dirty = true;
        if (!entry.conflict) entry.state = 'saving';
      } else {
        entries.set(workspace.id, { workspace, revision: 0, dirty: true, state: 'saving' });
      }
      journal(workspace.id, entries.get(workspace.id));
      tell(workspace.id);
      await save(workspace.id);
    },
    async remove(id) {
      await locks.withLock(`workspace:${id}`, async () => {
        const entry = entries.get(id);
        if (!entry) return;
        try {
          const saved = await adapter.get(keys.workspace(id));
          if (revisionOf(saved) !== entry.revision) {
            enterConflict(id, entry, readRecord(id, saved)?.workspace, revisionOf(saved));
            return;
          }
          // Its named versions stay: an undo of the deletion (or an import of the same id) finds
          // them again; versions.removeAll() deletes them for good.
          await adapter.del(keys.workspace(id));
        } catch (error) {
          report({ kind: 'write-failed', id, error });
          tell(id);
          return;
        }
        entries.delete(id);
        options.journal?.clear(tab, id);
        clearProblems(id, 'write-failed');
        post({ type: 'removed', id, tab });
        tell(id);
      });
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    saveState: (id) => entries.get(id)?.state,
    conflicts: () =>
      [...entries.entries()].flatMap(([id, entry]) =>
        entry.conflict ? [{ id, mine: entry.workspace, ...entry.conflict }] : [],
      ),
    async resolveConflict(id, choice, keepAs) {
      const entry = entries.get(id);
      const conflict = entry?.conflict;
      if (!entry || !conflict) return;
      // A copy this version cannot read is never written over (nor can it be loaded).
      if (conflict.unreadable) return;
      if (choice === 'take-over') {
        entry.conflict = undefined;
        entry.revision = conflict.savedRevision;
        entry.dirty = true;
        entry.state = 'saving';
        tell(id);
        await save(id);
        return;
      }
      if (keepAs !== undefined && conflict.saved)
        await versions.create(id, { name: keepAs }, entry.workspace);
      entry.conflict = undefined;
      entry.dirty = false;
      journal(id, entry);
      if (conflict.saved) {
        Object.assign(entry, {
          workspace: conflict.saved,
          revision: conflict.savedRevision,
          state: 'saved',
        });
      } else {
        entries.delete(id);
      }
      tell(id);
    },
    problems: () => problems,
    onProblem(listener) {
      problemListeners.add(listener);
      return () => problemListeners.delete(listener);
    },
    async retry(id) {
      const entry = entries.get(id);
      if (!entry || entry.state !== 'failed') return;
      entry.state = 'saving';
      tell(id);
      await save(id);
    },
    async refresh() {
      let all: [string, unknown][];
      try {
        all = await adapter.entries();
      } catch {
        return;
      }
      const saved = new Map(
        all.filter(([key]) => key.startsWith(WORKSPACE_PREFIX)).map(([k, v]) => [k, v]),
      );
      for (const [key, value] of saved) follow(key.slice(WORKSPACE_PREFIX.length), value);
      for (const [id, entry] of entries)
        if (!saved.has(keys.workspace(id)) && entry.revision > 0) follow(id, undefined);
    },
    close() {
      stopListening?.();
      options.channel?.close?.();
    },
  };
  return store;
}

/** The store's extra surface, when `store` has it (the memory store has not). */
export function safeStore(store: WorkspaceStore): SafeWorkspaceStore | undefined {
  return 'conflicts' in store && 'versions' in store ? (store as SafeWorkspaceStore) : undefined;
}
