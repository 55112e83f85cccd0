// Test doubles shared by the store's unit tests: a channel that links simulated tabs, and one
// lock table shared by them (what Web Locks are across a browser's tabs).
import { localLocks, type TabChannel, type TabLocks, type TabMessage } from './tabs.js';

export function channelBus() {
  const listeners = new Set<(message: TabMessage) => void>();
  const sent: TabMessage[] = [];
  const channel = (): TabChannel => {
    const mine = new Set<(message: TabMessage) => void>();
    return {
      post(message) {
        sent.push(message);
        // Like BroadcastChannel: delivered later, to every other channel object.
        const targets = [...listeners].filter((l) => !mine.has(l));
        setTimeout(() => targets.forEach((listener) => listener(message)), 0);
      },
      listen(listener) {
        mine.add(listener);
        listeners.add(listener);
        return () => {
          mine.delete(listener);
          listeners.delete(listener);
        };
      },
    };
  };
  return { channel, sent };
}

export const sharedLocks = (): TabLocks => localLocks();

/** Lets every pending timer and promise run (the bus delivers after a timer). */
export const settle = () => new Promise((done) => setTimeout(done, 5));
