import { describe, expect, it, vi } from 'vitest';
import { lazyView } from './lazy-view.js';

describe('lazyView', () => {
  it('loads once, tells when loaded, then gives the module', async () => {
    const load = vi.fn(async () => ({ view: 'network' }));
    const loaded = vi.fn();
    const lazy = lazyView(load);
    expect(lazy.get(loaded)).toBeUndefined();
    expect(lazy.get(loaded)).toBeUndefined();
    await vi.waitFor(() => expect(loaded).toHaveBeenCalledTimes(1));
    expect(lazy.get(loaded)).toEqual({ view: 'network' });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('tries again after a failed load', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    let fail = true;
    const lazy = lazyView(async () => {
      if (fail) throw new Error('offline');
      return 'module';
    });
    lazy.get(() => {});
    await vi.waitFor(() => expect(errors).toHaveBeenCalled());
    fail = false;
    const loaded = vi.fn();
    lazy.get(loaded);
    await vi.waitFor(() => expect(loaded).toHaveBeenCalled());
    expect(lazy.get(loaded)).toBe('module');
    errors.mockRestore();
  });
});
