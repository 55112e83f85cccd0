// The browser's adapter: one IndexedDB object store through idb-keyval (its `update` runs the
// read and the write in one readwrite transaction, so it is atomic across tabs). Where IndexedDB
// is missing or refuses to open (some private modes), every call rejects: the store then reports
// that nothing is saved and keeps working in memory.
import { createStore, del, entries, get, set, update, type UseStore } from 'idb-keyval';
import type { PersistenceAdapter } from './persistence.js';

export const DATABASE_NAME = 'mulighetsrom-demo';
export const OBJECT_STORE_NAME = 'workspaces';

export function createIdbAdapter(
  database = DATABASE_NAME,
  objectStore = OBJECT_STORE_NAME,
): PersistenceAdapter {
  let store: UseStore | undefined;
  /** Opened on first use; a failure to open rejects that call (and is tried again next time). */
  const use = async <T>(call: (store: UseStore) => Promise<T>): Promise<T> => {
    if (typeof indexedDB === 'undefined') throw new Error('IndexedDB is not available');
    store ??= createStore(database, objectStore);
    return call(store);
  };
  return {
    get: (key) => use((s) => get(key, s)),
    set: (key, value) => use((s) => set(key, value, s)),
    update: (key, change) => use((s) => update(key, change, s)),
    del: (key) => use((s) => del(key, s)),
    entries: () =>
      use(async (s) =>
        (await entries<IDBValidKey, unknown>(s)).flatMap(([key, value]) =>
          typeof key === 'string' ? [[key, value] as [string, unknown]] : [],
        ),
      ),
  };
}
