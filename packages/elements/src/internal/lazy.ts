/**
 * A module loaded on first use, shared by every instance: `get()` is the module once it has
 * loaded (else undefined), `load()` starts loading it (once) and resolves with it.
 */
export interface Lazy<T> {
  get(): T | undefined;
  load(): Promise<T>;
}

export function lazy<T>(importer: () => Promise<T>): Lazy<T> {
  let value: T | undefined;
  let promise: Promise<T> | undefined;
  return {
    get: () => value,
    load: () =>
      (promise ??= importer().then((module) => {
        value = module;
        return module;
      })),
  };
}
