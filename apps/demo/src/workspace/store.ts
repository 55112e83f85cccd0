// The one module that owns saved workspaces. Views read with get()/list() and write with
// update(); subscribers hear every change, whichever tab or import made it. A sync engine
// (e.g. Yjs for live co-editing) can later sit behind this same interface.
import type { Workspace, WorkspaceSummary } from './document.js';

export type WorkspaceListener = (id: string, workspace: Workspace | undefined) => void;

export interface WorkspaceStore {
  /** Resolves once saved workspaces are loaded. */
  readonly ready: Promise<void>;
  list(): WorkspaceSummary[];
  get(id: string): Workspace | undefined;
  /** Applies `change` to the newest copy and saves it; resolves when it is saved. */
  update(id: string, change: (workspace: Workspace) => Workspace): Promise<Workspace>;
  /** Adds (or replaces) a whole workspace: creating one, an import, a restored version. */
  put(workspace: Workspace): Promise<void>;
  remove(id: string): Promise<void>;
  /** Called after every change; returns the unsubscribe function. */
  subscribe(listener: WorkspaceListener): () => void;
}
