import { nothing, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Lang } from '@mulighetsrom/core';
import type { Lazy } from './lazy.js';
import type { LazyPartsController } from './lazy-parts.js';
import { keptAsideKey, openSaved, wrapSaved, type SavedShape } from './saved-envelope.js';
import type { KeptKind } from './saved-notice.js';
import { clearSaved, readSavedText, writeSavedText } from './storage.js';

export interface SavedWorkOptions<T> {
  /** The widget's saved shape: tag name, version, migration. */
  readonly shape: () => SavedShape;
  /** The value if it is good data the widget can show now, else undefined. */
  readonly check: (value: unknown) => T | undefined;
  /** Says a text in the widget's live region. */
  readonly announce: (text: string) => void;
  readonly lang: () => Lang;
  readonly parts: LazyPartsController;
  /** The notices and their texts, loaded only when saved work needs one. */
  readonly notices: Lazy<typeof import('./saved-notice.js')>;
}

/**
 * Autosave and restore under a `storage-key`, in a versioned envelope (saved-envelope.ts).
 * Saved work that no longer reads (bad JSON, another widget's, a newer version, data that fails
 * the check) is never overwritten: its text is copied aside under another key before the
 * widget saves again, a visible notice says so and offers it as a download. If the copy cannot
 * be made, the widget stops saving under that key rather than overwrite it. A failed save says
 * so too: the user must know their work is not kept.
 */
export class SavedWorkController<T> implements ReactiveController {
  private kept?: { readonly kind: KeptKind; readonly text: string };
  /** Keys whose unreadable work could not be copied aside: never written. */
  private readonly blocked = new Set<string>();
  private saveFailed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SavedWorkOptions<T>,
  ) {
    host.addController(this);
  }

  /** The work saved under `key` if it reads; otherwise it is kept aside and undefined answered. */
  restore(key: string): T | undefined {
    const text = readSavedText(key);
    if (text === undefined) return undefined;
    const opened = openSaved(text, this.options.shape());
    if (opened.kind === 'value') {
      const value = this.options.check(opened.value);
      if (value !== undefined) return value;
    }
    this.keepAside(key, text, opened.kind === 'newer' ? 'newer' : 'unreadable');
    return undefined;
  }

  /** Saves `value` under `key`, unless the key holds work that could not be kept aside. */
  save(key: string, value: T): void {
    const ok =
      !this.blocked.has(key) && writeSavedText(key, wrapSaved(value, this.options.shape()));
    if (ok === !this.saveFailed) return;
    this.saveFailed = !ok;
    if (!ok) this.say((part) => part.saveFailedText(this.options.lang()));
    this.host.requestUpdate();
  }

  /** Removes the work saved under `key` (the copy kept aside stays). */
  clear(key: string): void {
    clearSaved(key);
    this.blocked.delete(key);
  }

  private keepAside(key: string, text: string, kind: KeptKind): void {
    const copied = writeSavedText(keptAsideKey(key), text);
    if (copied) clearSaved(key);
    else this.blocked.add(key);
    this.kept = { kind, text };
    this.say((part) => part.keptText(kind, this.options.lang()));
    this.host.requestUpdate();
  }

  private say(text: (part: typeof import('./saved-notice.js')) => string): void {
    this.options.parts.with(this.options.notices, (part) => this.options.announce(text(part)));
  }

  private dismiss = (): void => {
    this.kept = undefined;
    this.host.requestUpdate();
  };

  /** The notices (nothing when all is well); the base puts them in renderNotices(). */
  render(lang: Lang): unknown {
    if (!this.kept && !this.saveFailed) return nothing;
    const part = this.options.parts.get(this.options.notices);
    return part ? part.renderSavedNotices(this.kept, this.saveFailed, lang, this.dismiss) : nothing;
  }

  hostConnected(): void {}
}
