// Keeps the object a widget was given as its `.data` for as long as the store holds what the
// widget itself said: a widget given a new object takes it as new data and starts its undo
// history over, so the page must not hand it back its own change as a fresh copy. Only a change
// from outside (another tab, an import, a restored version, a preset) gives the widget new data.

interface Entry {
  /** What the widget was given last. */
  given: unknown;
  /** What the store held when that was decided, or the widget's own last change. */
  known: unknown;
  /** The widget's own last change as JSON, for a store that hands back copies. */
  echoed?: string;
}

export class WidgetBindings {
  private readonly entries = new Map<string, Entry>();

  /**
   * The `.data` for the widget bound to `key`, given what the store holds now (`stored`;
   * undefined when the part is missing, then `fallback()` once). `shape` makes the widget's
   * object of a stored one (once per stored object).
   */
  data<T>(
    key: string,
    stored: T | undefined,
    fallback: () => T,
    shape: (stored: T) => T = same,
  ): T {
    const entry = this.entries.get(key);
    if (
      entry &&
      (entry.known === stored || (entry.echoed !== undefined && json(stored) === entry.echoed))
    ) {
      entry.known = stored;
      return entry.given as T;
    }
    const given = stored === undefined ? fallback() : shape(stored);
    this.entries.set(key, { given, known: stored });
    return given;
  }

  /** The widget bound to `key` changed its data to `value`: the store will hold it next. */
  changed(key: string, value: unknown): void {
    const entry = this.entries.get(key);
    if (entry) {
      entry.known = value;
      entry.echoed = json(value);
    } else this.entries.set(key, { given: value, known: value, echoed: json(value) });
  }

  /**
   * Gives the widget bound to `key` a copy of what the store holds, to take back a change the
   * page refused (the widget shows it; a new object makes it show the stored data again).
   */
  revert<T>(key: string, stored: T): void {
    this.entries.set(key, { given: structuredClone(stored), known: stored });
  }

  /** Forgets the widget bound to `key`: its next data is taken from the store. */
  forget(key: string): void {
    this.entries.delete(key);
  }
}

const same = <T>(value: T): T => value;

const json = (value: unknown): string | undefined =>
  value === undefined ? undefined : JSON.stringify(value);
