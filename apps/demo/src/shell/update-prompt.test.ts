import { describe, expect, it, vi } from 'vitest';
import { createUpdatePrompt, type UpdateSource, type UpdateState } from './update-prompt.js';

/** A Workbox-like event target: the test fires `waiting` and `controlling` itself. */
function fakeWorkbox() {
  const target = new EventTarget();
  const skipWaiting = vi.fn();
  const source: UpdateSource = {
    addEventListener: (type, listener) => target.addEventListener(type, listener),
    messageSkipWaiting: skipWaiting,
  };
  return { source, skipWaiting, fire: (type: string) => target.dispatchEvent(new Event(type)) };
}

function setup(save: () => Promise<boolean> = async () => true) {
  const workbox = fakeWorkbox();
  const states: UpdateState[] = [];
  const reloadPage = vi.fn();
  const prompt = createUpdatePrompt(workbox.source, {
    save,
    reloadPage,
    changed: (state) => states.push(state),
  });
  return { ...workbox, prompt, states, reloadPage };
}

describe('the update prompt', () => {
  it('shows when a new version waits; saves, then lets it take over and reloads', async () => {
    const order: string[] = [];
    const { prompt, fire, skipWaiting, reloadPage, states } = setup(async () => {
      order.push('saved');
      return true;
    });
    expect(prompt.state).toBe('none');
    fire('waiting');
    expect(prompt.state).toBe('ready');
    skipWaiting.mockImplementation(() => order.push('skip waiting'));
    await prompt.reload();
    expect(order).toEqual(['saved', 'skip waiting']);
    expect(reloadPage).not.toHaveBeenCalled(); // not before the new version controls the page
    fire('controlling');
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(states).toEqual(['ready', 'saving', 'reloading']);
  });

  it('never reloads by itself: not when dismissed, nor when another tab took the new version', () => {
    const { prompt, fire, reloadPage, skipWaiting } = setup();
    fire('waiting');
    prompt.dismiss();
    expect(prompt.state).toBe('dismissed');
    fire('controlling'); // another tab chose «Reload now»
    expect(reloadPage).not.toHaveBeenCalled();
    expect(skipWaiting).not.toHaveBeenCalled();
    fire('waiting'); // a newer version still: shown again
    expect(prompt.state).toBe('ready');
  });

  it('reloads at once after saving when another tab already let the new version in', async () => {
    const { prompt, fire, reloadPage, skipWaiting } = setup();
    fire('waiting');
    fire('controlling');
    await prompt.reload();
    expect(reloadPage).toHaveBeenCalledTimes(1);
    expect(skipWaiting).not.toHaveBeenCalled();
  });

  it('keeps the page when a change could not be saved, and can try again', async () => {
    let ok = false;
    const { prompt, fire, reloadPage, skipWaiting } = setup(async () => {
      if (!ok) throw new Error('quota');
      return true;
    });
    fire('waiting');
    await prompt.reload();
    expect(prompt.state).toBe('unsaved');
    expect(skipWaiting).not.toHaveBeenCalled();
    ok = true;
    await prompt.reload();
    expect(skipWaiting).toHaveBeenCalledTimes(1);
    fire('controlling');
    expect(reloadPage).toHaveBeenCalledTimes(1);
  });

  it('saves once when «Reload now» is pressed twice', async () => {
    const save = vi.fn(async () => true);
    const { prompt, fire, skipWaiting } = setup(save);
    fire('waiting');
    await Promise.all([prompt.reload(), prompt.reload()]);
    expect(save).toHaveBeenCalledTimes(1);
    expect(skipWaiting).toHaveBeenCalledTimes(1);
  });
});
