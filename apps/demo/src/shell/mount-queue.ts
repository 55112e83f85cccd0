// Widgets mount one per task: a step view with four widgets used to render them all in one
// task of 400 ms on a phone (Lighthouse's 4× slower CPU), and nothing could answer a key or a
// tap meanwhile. The view is drawn at once (headings, guide, an empty slot per widget); each
// slot joins this queue, and the queue mounts one, yields to the browser (input, paint), then
// mounts the next: the slot with the focus first, then those in view, then the rest, each in
// document order. Every slot mounts
// within a few tasks; none waits for scrolling, so find-in-page, print and screen readers see
// every widget. Pure: the directive (../views/steps/staged.ts) gives it the DOM side.

export interface MountJob {
  /** Resolves once the job can mount (its widget's element is defined). */
  readonly ready: Promise<unknown>;
  /**
   * Which comes first, now: 0 the slot holds the focus (a link to its heading), 1 it is in the
   * viewport, 2 elsewhere. Ties go in document order.
   */
  rank(): number;
  mount(): void;
}

export interface MountQueue {
  /** Queues a job; the returned function takes it out again (its slot left the page). */
  add(job: MountJob): () => void;
}

interface Entry {
  readonly job: MountJob;
  readonly order: number;
  cancelled: boolean;
}

/** The browser's `scheduler.yield()` where there is one, else a message task (no 4 ms clamp). */
export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export function createMountQueue(yieldNow: () => Promise<void> = yieldToMain): MountQueue {
  /** Jobs that are ready, in the order they were added (the document order of their slots). */
  const ready: Entry[] = [];
  let order = 0;
  let running = false;

  async function pump(): Promise<void> {
    while (ready.length > 0) {
      // The task that drew the view (or mounted the last widget) ends here.
      await yieldNow();
      let next: Entry | undefined;
      let best = Infinity;
      for (const entry of ready) {
        const rank = entry.job.rank();
        if (rank < best) [next, best] = [entry, rank];
      }
      if (!next) break;
      ready.splice(ready.indexOf(next), 1);
      try {
        next.job.mount();
      } catch (error) {
        console.error('[demo] a widget could not be shown', error);
      }
    }
  }

  function run(): void {
    if (running) return;
    running = true;
    void pump().finally(() => {
      running = false;
      if (ready.length > 0) run();
    });
  }

  return {
    add(job) {
      const entry: Entry = { job, order: order++, cancelled: false };
      // A module that fails to load is reported by the shell; its slot stays empty.
      job.ready.then(
        () => {
          if (entry.cancelled) return;
          const at = ready.findIndex((other) => other.order > entry.order);
          ready.splice(at === -1 ? ready.length : at, 0, entry);
          run();
        },
        () => undefined,
      );
      return () => {
        entry.cancelled = true;
        const at = ready.indexOf(entry);
        if (at !== -1) ready.splice(at, 1);
      };
    },
  };
}
