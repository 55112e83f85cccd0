// The one workspace store the app uses. In a browser: saved in IndexedDB, tabs told of each other
// (BroadcastChannel, Web Locks), each change also kept in localStorage until IndexedDB has it
// (a tab closed right after an edit loses nothing), and on first start the model saved by today's demo page becomes
// a first workspace and the Agder example network is added. Views get it as `ctx.store`.
import type { Lang } from '@mulighetsrom/core';
import { dataMessages } from '../messages/data.js';
import { seedExamples } from './example-network.js';
import { createIdbAdapter } from './idb-adapter.js';
import { storageJournal } from './journal.js';
import { LEGACY_MODEL_ITEM, readLegacyModel, workspaceFromLegacyModel } from './migrate.js';
import { keys } from './persistence.js';
import { createSavedStore, type SafeWorkspaceStore } from './saved-store.js';
import { browserChannel, browserLocks } from './tabs.js';

export { safeStore, type SafeWorkspaceStore } from './saved-store.js';
export { seedExamples } from './example-network.js';

export interface OpenOptions {
  /** The language of the first workspace's name when today's model has no title. */
  lang?: Lang;
  /** Add the example network on first start (default true). */
  examples?: boolean;
}

/** Today's demo page's model, as saved in this browser's localStorage (or undefined). */
function legacyModelText(): string | undefined {
  try {
    return globalThis.localStorage?.getItem(LEGACY_MODEL_ITEM) ?? undefined;
  } catch {
    return undefined; // storage forbidden (privacy mode, sandbox)
  }
}

/**
 * First-start work, once per browser (flags beside the workspaces; a lock so two tabs opened
 * together do it once). The demo's localStorage item is read, never removed.
 */
export async function firstStart(
  store: SafeWorkspaceStore,
  options: OpenOptions,
  legacyText: () => string | undefined = legacyModelText,
): Promise<void> {
  const { persistence } = store;
  await browserLocks().withLock('first-start', async () => {
    let waited = true;
    if ((await persistence.get(keys.meta('legacy-demo-model'))) === undefined) {
      waited = false;
      const text = legacyText();
      const model = text === undefined ? undefined : readLegacyModel(text);
      const lang = options.lang ?? 'nb';
      const name = dataMessages[lang].firstWorkspaceName;
      if (model) await store.put(workspaceFromLegacyModel(model, name, lang));
      await persistence.set(keys.meta('legacy-demo-model'), new Date().toISOString());
    }
    if (
      options.examples !== false &&
      (await persistence.get(keys.meta('examples'))) === undefined
    ) {
      waited = false;
      await seedExamples({ ...store, ready: Promise.resolve() });
      await persistence.set(keys.meta('examples'), new Date().toISOString());
    }
    // Another tab did the first start while this one waited: read what it wrote.
    if (waited) await store.refresh();
  });
}

export function openWorkspaceStore(options: OpenOptions = {}): SafeWorkspaceStore {
  const store = createSavedStore({
    adapter: createIdbAdapter(),
    channel: browserChannel(),
    locks: browserLocks(),
    journal: storageJournal(),
    recoveredName: dataMessages[options.lang ?? 'nb'].recoveredVersionName,
    setup: (opened) => firstStart(opened, options),
  });
  // Without BroadcastChannel a tab learns of other tabs' saves when it is shown again.
  if (typeof document === 'object')
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') void store.refresh();
    });
  return store;
}
