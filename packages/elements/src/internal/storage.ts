// Autosave of user edits in localStorage. Storage may be missing, full (quota) or forbidden
// (privacy modes, sandboxed iframes): every call is guarded and reports failure instead of
// throwing, so a widget keeps working without persistence.

const PREFIX = 'mulighetsrom:';

/** The localStorage item name for a `storage-key`; prefixed so we never clash with the host page. */
export function storageItemName(key: string): string {
  return PREFIX + key;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined; // reading localStorage itself throws when access is denied
  }
}

/** The saved value under `key`, or undefined when nothing (valid JSON) is saved or storage fails. */
export function readSaved(key: string): unknown {
  try {
    const text = storage()?.getItem(storageItemName(key));
    return text == null ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Saves `value` as JSON under `key`. Returns false when storage is unavailable or full. */
export function writeSaved(key: string, value: unknown): boolean {
  try {
    const target = storage();
    if (!target) return false;
    target.setItem(storageItemName(key), JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** Removes the saved value under `key`. Returns false when storage is unavailable. */
export function clearSaved(key: string): boolean {
  try {
    const target = storage();
    if (!target) return false;
    target.removeItem(storageItemName(key));
    return true;
  } catch {
    return false;
  }
}
