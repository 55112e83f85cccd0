// Free text saved while it is typed: the field keeps what the reader typed (a draft) and the
// store gets it after a short pause and on blur, so a redraw in between never puts older text
// back into the field under the caret.

const DEBOUNCE_MS = 400;

interface Draft {
  text: string;
  timer: ReturnType<typeof setTimeout> | undefined;
  save: (text: string) => Promise<unknown>;
}

export class TextDrafts {
  private readonly drafts = new Map<string, Draft>();

  /** What the field shows: the draft while there is one, else the stored text. */
  value(key: string, stored: string | undefined): string {
    return this.drafts.get(key)?.text ?? stored ?? '';
  }

  /** The reader typed: keep it and save it after a pause. */
  input(key: string, text: string, save: (text: string) => Promise<unknown>): void {
    const draft = this.drafts.get(key);
    if (draft?.timer !== undefined) clearTimeout(draft.timer);
    const next: Draft = { text, save, timer: undefined };
    next.timer = setTimeout(() => void this.flush(key), DEBOUNCE_MS);
    this.drafts.set(key, next);
  }

  /** Saves the draft now (blur, leaving the page); resolves when it is saved. */
  async flush(key: string): Promise<void> {
    const draft = this.drafts.get(key);
    if (!draft) return;
    if (draft.timer !== undefined) clearTimeout(draft.timer);
    draft.timer = undefined;
    await draft.save(draft.text);
    // Typed on while it was saved: that newer draft stays.
    if (this.drafts.get(key) === draft) this.drafts.delete(key);
  }

  /** Saves every draft now. */
  async flushAll(): Promise<void> {
    await Promise.all([...this.drafts.keys()].map((key) => this.flush(key)));
  }
}
