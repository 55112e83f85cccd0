// Waiting for the store's writes before the page goes away on purpose (the «new version»
// reload): resolves once no workspace is being written, true when every one is saved, false
// when one failed, is in conflict with another tab, or is still being written after `timeoutMs`.
// Its change is then still in this tab (and in the journal), and the page stays.
import type { SafeWorkspaceStore } from './saved-store.js';

export function settleSaves(store: SafeWorkspaceStore, timeoutMs = 10_000): Promise<boolean> {
  /** Undefined while a write is in flight, else whether every workspace is saved. */
  const outcome = () => {
    const states = store.list().map((workspace) => store.saveState(workspace.id));
    return states.includes('saving') ? undefined : states.every((state) => state === 'saved');
  };
  return new Promise((resolve) => {
    const now = outcome();
    if (now !== undefined) return resolve(now);
    const finish = (saved: boolean) => {
      clearTimeout(timer);
      stop();
      resolve(saved);
    };
    const timer = setTimeout(() => finish(false), timeoutMs);
    const stop = store.subscribe(() => {
      const saved = outcome();
      if (saved !== undefined) finish(saved);
    });
  });
}
