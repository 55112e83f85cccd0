// The browser's adapter: one IndexedDB object store through idb-keyval (its `update` runs the
// read and the write in one readwrite transaction, so it is atomic across tabs).
import { createStore, del, entries, get, set, update } from 'idb-keyval';
import type { PersistenceAdapter } from './persistence.js';

export const DATABASE_NAME = 'mulighetsrom-demo';
export const OBJECT_STORE_NAME = 'workspaces';

export function createIdbAdapter(
  database = DATABASE_NAME,
  objectStore = OBJECT_STORE_NAME,
): PersistenceAdapter {
  const store = createStore(database, objectStore);
  return {
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    update: (key, change) => update(key, change, store),
    del: (key) => del(key, store),
    entries: async () =>
      (await entries<IDBValidKey, unknown>(store)).flatMap(([key, value]) =>
        typeof key === 'string' ? [[key, value] as [string, unknown]] : [],
      ),
  };
}
