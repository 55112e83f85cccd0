// How tabs of one browser hear each other's saves (BroadcastChannel) and take turns writing one
// workspace (Web Locks). Both sit behind small interfaces, so unit tests pass fakes and a browser
// without either (old Safari, Node) still works: no channel means other tabs are noticed when
// this tab next saves (the store's compare-and-set); no locks means writes in this tab are
// queued one after another and the atomic compare-and-set still refuses a stale copy.

/** What a tab tells the others. `revision` is the workspace's saved revision after the change. */
export type TabMessage =
  | { type: 'saved'; id: string; revision: number; tab: string }
  | { type: 'removed'; id: string; tab: string }
  /** Named versions of `id` were made, deleted or restored. */
  | { type: 'versions'; id: string; tab: string };

export interface TabChannel {
  post(message: TabMessage): void;
  /** Returns the function that stops listening. */
  listen(listener: (message: TabMessage) => void): () => void;
  /** Lets the channel go (a closed store). */
  close?(): void;
}

export interface TabLocks {
  /** Runs `task` while holding the lock `name` (exclusive across this browser's tabs). */
  withLock<T>(name: string, task: () => Promise<T>): Promise<T>;
  /** Holds the lock `name` for as long as this tab is open (the browser lets go when it closes). */
  holdWhileOpen?(name: string): void;
  /** Whether a tab holds the lock `name` now: an open tab's, not a closed one's. */
  isHeld?(name: string): Promise<boolean>;
}

export const CHANNEL_NAME = 'mulighetsrom-demo-workspaces';

const isTabMessage = (data: unknown): data is TabMessage =>
  typeof data === 'object' &&
  data !== null &&
  ['saved', 'removed', 'versions'].includes((data as TabMessage).type) &&
  typeof (data as TabMessage).id === 'string';

/** The page's BroadcastChannel, or a channel that says nothing when there is none. */
export function browserChannel(name = CHANNEL_NAME): TabChannel {
  if (typeof BroadcastChannel !== 'function') return { post() {}, listen: () => () => {} };
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen(listener) {
      const onMessage = (event: MessageEvent) => {
        if (isTabMessage(event.data)) listener(event.data);
      };
      channel.addEventListener('message', onMessage);
      return () => channel.removeEventListener('message', onMessage);
    },
    close: () => channel.close(),
  };
}

/** One queue per name inside this tab: the fallback when Web Locks are missing. */
export function localLocks(): TabLocks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    withLock<T>(name: string, task: () => Promise<T>): Promise<T> {
      const run = (tails.get(name) ?? Promise.resolve()).then(task, task);
      const tail = run.catch(() => undefined);
      tails.set(name, tail);
      void tail.then(() => {
        if (tails.get(name) === tail) tails.delete(name);
      });
      return run;
    },
  };
}

/** navigator.locks where the browser has them, else this tab's own queue. */
export function browserLocks(prefix = 'mulighetsrom-demo:'): TabLocks {
  const locks = typeof navigator === 'object' ? navigator.locks : undefined;
  if (!locks || typeof locks.request !== 'function') return localLocks();
  return {
    withLock: <T>(name: string, task: () => Promise<T>) =>
      locks.request(prefix + name, { mode: 'exclusive' }, task) as Promise<T>,
    holdWhileOpen(name) {
      void locks.request(prefix + name, () => new Promise<never>(() => {}));
    },
    async isHeld(name) {
      const { held = [] } = await locks.query();
      return held.some((lock) => lock.name === prefix + name);
    },
  };
}
