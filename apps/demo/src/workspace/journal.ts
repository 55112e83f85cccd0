// A synchronous copy of each change not yet written, so a tab closed right after an edit loses
// nothing: IndexedDB writes are asynchronous and a closing page may abort them, while
// localStorage writes are done when setItem returns. The store writes the copy on every change
// and clears it once IndexedDB has the change; a later start finds what was left and writes it.
import type { Workspace } from './document.js';

export interface JournalEntry {
  /** The tab that made the change. */
  readonly tab: string;
  readonly id: string;
  /** The saved revision the change was made on. */
  readonly base: number;
  readonly workspace: Workspace;
}

export interface Journal {
  /** Returns false when the copy could not be kept (storage full or forbidden). */
  write(entry: JournalEntry): boolean;
  clear(tab: string, id: string): void;
  entries(): JournalEntry[];
}

const PREFIX = 'mulighetsrom-demo:unsaved:';

const isEntry = (value: unknown): value is JournalEntry => {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Partial<JournalEntry>;
  return (
    typeof entry.tab === 'string' &&
    typeof entry.id === 'string' &&
    typeof entry.base === 'number' &&
    typeof entry.workspace === 'object' &&
    entry.workspace !== null
  );
};

/** The journal in `storage` (localStorage in a browser); a journal that keeps nothing without. */
export function storageJournal(storage: Storage | undefined = safeLocalStorage()): Journal {
  const key = (tab: string, id: string) => `${PREFIX}${tab}:${id}`;
  return {
    write(entry) {
      try {
        if (!storage) return false;
        storage.setItem(key(entry.tab, entry.id), JSON.stringify(entry));
        return true;
      } catch {
        return false;
      }
    },
    clear(tab, id) {
      try {
        storage?.removeItem(key(tab, id));
      } catch {
        // Forbidden storage: nothing was kept either.
      }
    },
    entries() {
      const found: JournalEntry[] = [];
      try {
        for (let i = 0; storage && i < storage.length; i++) {
          const name = storage.key(i);
          if (!name?.startsWith(PREFIX)) continue;
          try {
            const value: unknown = JSON.parse(storage.getItem(name) ?? '');
            if (isEntry(value)) found.push(value);
          } catch {
            // A half-written or foreign item: left as it is.
          }
        }
      } catch {
        return found;
      }
      return found;
    },
  };
}

function safeLocalStorage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** For tests: a journal over a Map, shared by simulated tabs like localStorage. */
export function memoryJournal(): Journal & { readonly data: Map<string, JournalEntry> } {
  const data = new Map<string, JournalEntry>();
  return {
    data,
    write(entry) {
      data.set(`${entry.tab}:${entry.id}`, structuredClone(entry));
      return true;
    },
    clear(tab, id) {
      data.delete(`${tab}:${id}`);
    },
    entries: () => [...data.values()].map((entry) => structuredClone(entry)),
  };
}
