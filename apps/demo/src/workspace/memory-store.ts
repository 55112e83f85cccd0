// A store that keeps workspaces in memory only: for unit tests, and the base that the saved
// store (IndexedDB, tabs) builds on.
import type { Workspace, WorkspaceSummary } from './document.js';
import type { WorkspaceListener, WorkspaceStore } from './store.js';

export function createMemoryStore(initial: Workspace[] = []): WorkspaceStore {
  const workspaces = new Map(initial.map((w) => [w.id, w]));
  const listeners = new Set<WorkspaceListener>();
  const tell = (id: string) => listeners.forEach((listener) => listener(id, workspaces.get(id)));
  return {
    ready: Promise.resolve(),
    list: (): WorkspaceSummary[] =>
      [...workspaces.values()].map(({ id, name, example, updatedAt }) => ({
        id,
        name,
        example: example === true,
        updatedAt,
      })),
    get: (id) => workspaces.get(id),
    async update(id, change) {
      const current = workspaces.get(id);
      if (!current) throw new Error(`no workspace ${id}`);
      const next = { ...change(current), updatedAt: new Date().toISOString() };
      workspaces.set(id, next);
      tell(id);
      return next;
    },
    async put(workspace) {
      workspaces.set(workspace.id, workspace);
      tell(workspace.id);
    },
    async remove(id) {
      workspaces.delete(id);
      tell(id);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
