import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLiveRegion } from './live-region.js';

describe('createLiveRegion', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sets a new text at once, and the same text again after clearing it', () => {
    const region = { textContent: '' as string | null };
    const { announce } = createLiveRegion(() => region);
    announce('Lagret.');
    expect(region.textContent).toBe('Lagret.');
    announce('Lagret.');
    expect(region.textContent).toBe('');
    vi.advanceTimersByTime(100);
    expect(region.textContent).toBe('Lagret.');
  });

  it('a new text cancels a pending repeat', () => {
    const region = { textContent: 'A' as string | null };
    const { announce } = createLiveRegion(() => region);
    announce('A');
    announce('B');
    vi.advanceTimersByTime(200);
    expect(region.textContent).toBe('B');
  });

  it('does nothing without a region', () => {
    expect(() => createLiveRegion(() => null).announce('x')).not.toThrow();
  });
});
