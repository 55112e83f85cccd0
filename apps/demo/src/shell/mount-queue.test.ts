import { describe, expect, it, vi } from 'vitest';
import { createMountQueue, type MountJob } from './mount-queue.js';

/** A queue whose yields are counted, and resolved by the test one at a time. */
function steppedQueue() {
  const log: string[] = [];
  const yields: (() => void)[] = [];
  const queue = createMountQueue(
    () =>
      new Promise<void>((resolve) => {
        log.push('yield');
        yields.push(resolve);
      }),
  );
  /** Ends the current task: the queue's pending yield resolves. */
  const nextTask = async () => {
    await vi.waitFor(() => expect(yields.length).toBeGreaterThan(0));
    yields.shift()!();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const job = (name: string, options: { rank?: () => number; ready?: Promise<unknown> } = {}) =>
    ({
      ready: options.ready ?? Promise.resolve(),
      rank: options.rank ?? (() => 2),
      mount: () => log.push(name),
    }) satisfies MountJob;
  return { queue, log, nextTask, job };
}

describe('the mount queue', () => {
  it('mounts one job per task, in the order they were added, each after a yield', async () => {
    const { queue, log, nextTask, job } = steppedQueue();
    for (const name of ['cross', 'radmann', 'fylkesdirektor', 'plan']) queue.add(job(name));
    await nextTask();
    expect(log).toEqual(['yield', 'cross', 'yield']);
    await nextTask();
    await nextTask();
    await nextTask();
    expect(log).toEqual([
      'yield',
      'cross',
      'yield',
      'radmann',
      'yield',
      'fylkesdirektor',
      'yield',
      'plan',
    ]);
  });

  it('mounts the focused job first, then those in view, and keeps document order for late modules', async () => {
    const { queue, log, nextTask, job } = steppedQueue();
    let arrive!: () => void;
    const late = new Promise<void>((resolve) => (arrive = resolve));
    queue.add(job('model', { ready: late }));
    queue.add(job('board'));
    queue.add(job('plan', { rank: () => 1 }));
    queue.add(job('ideas', { rank: () => 0 }));
    queue.add(job('wheel'));
    await nextTask();
    await nextTask();
    expect(log.filter((entry) => entry !== 'yield')).toEqual(['ideas', 'plan']);
    arrive();
    await nextTask();
    await nextTask();
    await nextTask();
    expect(log.filter((entry) => entry !== 'yield')).toEqual([
      'ideas',
      'plan',
      'model',
      'board',
      'wheel',
    ]);
  });

  it('forgets a cancelled job (its slot left the page) and goes on after a failing mount', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    const { queue, log, nextTask, job } = steppedQueue();
    queue.add({
      ...job('broken'),
      mount: () => {
        throw new Error('no');
      },
    });
    const cancel = queue.add(job('gone'));
    queue.add(job('kept'));
    cancel();
    await nextTask();
    await nextTask();
    expect(log.filter((entry) => entry !== 'yield')).toEqual(['kept']);
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockRestore();
  });

  it('never mounts a job whose module failed to load', async () => {
    const { queue, log, nextTask, job } = steppedQueue();
    queue.add(job('failed', { ready: Promise.reject(new Error('offline')) }));
    queue.add(job('fine'));
    await nextTask();
    expect(log.filter((entry) => entry !== 'yield')).toEqual(['fine']);
  });
});
