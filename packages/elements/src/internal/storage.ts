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

/** The text saved under `key`, or undefined when nothing is saved or storage fails. */
export function readSavedText(key: string): string | undefined {
  try {
    return storage()?.getItem(storageItemName(key)) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Saves `text` under `key`. Returns false when storage is unavailable or full. */
export function writeSavedText(key: string, text: string): boolean {
  try {
    const target = storage();
    if (!target) return false;
    target.setItem(storageItemName(key), text);
    return true;
  } catch {
    return false;
  }
}

/** The saved value under `key`, or undefined when nothing (valid JSON) is saved or storage fails. */
export function readSaved(key: string): unknown {
  const text = readSavedText(key);
  try {
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch {
    return undefined;
  }
}

/** Saves `value` as JSON under `key`. Returns false when storage is unavailable or full. */
export function writeSaved(key: string, value: unknown): boolean {
  let text: string;
  try {
    text = JSON.stringify(value);
  } catch {
    return false;
  }
  return writeSavedText(key, text);
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
