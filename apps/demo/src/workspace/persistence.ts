// Where saved workspaces live, behind a small interface: IndexedDB in a browser (./idb-adapter.ts),
// a Map in unit tests. The store only needs these five calls; `update` must be atomic (read,
// change and write in one transaction) because it is the store's compare-and-set.

export interface PersistenceAdapter {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  /** Reads, changes and writes `key` atomically; `change` gets undefined for a missing key. */
  update(key: string, change: (old: unknown) => unknown): Promise<void>;
  del(key: string): Promise<void>;
  /** Every key and value (the store reads them all once, at start). */
  entries(): Promise<[string, unknown][]>;
}

/** Keys: one per workspace, one per named version, a few flags. */
export const keys = {
  workspace: (id: string) => `workspace:${id}`,
  version: (workspaceId: string, versionId: string) => `version:${workspaceId}:${versionId}`,
  meta: (name: string) => `meta:${name}`,
};

/**
 * An adapter over a Map, for tests and where IndexedDB is missing. Values are copied through
 * structuredClone in and out, as IndexedDB does, so no caller can change what was "saved".
 */
export function createMemoryAdapter(initial: Iterable<[string, unknown]> = []) {
  const data = new Map<string, unknown>(initial);
  /** Set to make every write fail (a full disk, a blocked database), for tests. */
  let failWrites: Error | undefined;
  const adapter: PersistenceAdapter & {
    readonly data: Map<string, unknown>;
    failWrites(error: Error | undefined): void;
  } = {
    data,
    failWrites(error) {
      failWrites = error;
    },
    async get(key) {
      return structuredClone(data.get(key));
    },
    async set(key, value) {
      if (failWrites) throw failWrites;
      data.set(key, structuredClone(value));
    },
    async update(key, change) {
      if (failWrites) throw failWrites;
      data.set(key, structuredClone(change(structuredClone(data.get(key)))));
    },
    async del(key) {
      if (failWrites) throw failWrites;
      data.delete(key);
    },
    async entries() {
      return [...data].map(([key, value]) => [key, structuredClone(value)]);
    },
  };
  return adapter;
}
