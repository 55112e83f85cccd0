import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TextDrafts } from './text-drafts.js';

describe('TextDrafts', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('shows the draft while typing and saves once after a pause', async () => {
    const drafts = new TextDrafts();
    const saved: string[] = [];
    const save = async (text: string) => void saved.push(text);
    expect(drafts.value('notes', 'old')).toBe('old');
    drafts.input('notes', 'n', save);
    drafts.input('notes', 'ny', save);
    expect(drafts.value('notes', 'old')).toBe('ny');
    expect(saved).toEqual([]);
    await vi.advanceTimersByTimeAsync(400);
    expect(saved).toEqual(['ny']);
    expect(drafts.value('notes', 'ny')).toBe('ny');
  });

  it('saves at once on flush, and keeps a draft typed while saving', async () => {
    const drafts = new TextDrafts();
    const saved: string[] = [];
    let finish = () => {};
    const save = (text: string) =>
      new Promise<void>((done) => {
        saved.push(text);
        finish = done;
      });
    drafts.input('why', 'a', save);
    const flushed = drafts.flush('why');
    drafts.input('why', 'ab', save);
    finish();
    await flushed;
    expect(saved).toEqual(['a']);
    expect(drafts.value('why', 'a')).toBe('ab');
    const all = drafts.flushAll();
    finish();
    await all;
    expect(saved).toEqual(['a', 'ab']);
  });
});
