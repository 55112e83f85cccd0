import { describe, expect, it } from 'vitest';
import { browserChannel, browserLocks, localLocks, type TabMessage } from './tabs.js';

describe('tab locks', () => {
  it('run one task per name at a time, in order, and go on after a failing task', async () => {
    const locks = localLocks();
    const log: string[] = [];
    const task =
      (name: string, ms: number, fail = false) =>
      async () => {
        log.push(`start ${name}`);
        await new Promise((done) => setTimeout(done, ms));
        log.push(`end ${name}`);
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      locks.withLock('w1', task('a', 10, true)),
      locks.withLock('w1', task('b', 1)),
      locks.withLock('w2', task('c', 1)),
    ]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'fulfilled', 'fulfilled']);
    expect(log.indexOf('end a')).toBeLessThan(log.indexOf('start b'));
    expect(log.indexOf('start c')).toBeLessThan(log.indexOf('end a')); // another name: no wait
  });

  it('fall back to this tab’s queue where Web Locks are missing (Node)', async () => {
    expect(typeof (globalThis.navigator as Navigator | undefined)?.locks?.request).not.toBe(
      'function',
    );
    await expect(browserLocks().withLock('x', async () => 42)).resolves.toBe(42);
  });
});

describe('tab channel', () => {
  it('carries saves between two channels of one name, and ignores foreign messages', async () => {
    const one = browserChannel('mulighetsrom-test');
    const two = browserChannel('mulighetsrom-test');
    const heard: TabMessage[] = [];
    const stop = two.listen((message) => heard.push(message));
    const raw = new BroadcastChannel('mulighetsrom-test');
    raw.postMessage({ hello: 'world' });
    one.post({ type: 'saved', id: 'w', revision: 2, tab: 'A' });
    await new Promise((done) => setTimeout(done, 50));
    expect(heard).toEqual([{ type: 'saved', id: 'w', revision: 2, tab: 'A' }]);
    stop();
    raw.close();
    one.close?.();
    two.close?.();
  });
});
