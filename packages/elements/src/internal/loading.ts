import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Work a widget waits for: lazy parts, late parse results, a `src` fetch. `settled()` resolves
 * once none is left (the base's `updateComplete` waits for it); `busy` is true while visible
 * work (a fetch) runs, for the «Laster …» region. A failure is logged, never thrown: whoever
 * started the work handles its result.
 */
export class LoadingController implements ReactiveController {
  private readonly pending = new Map<Promise<unknown>, Promise<void>>();
  private visible = 0;

  constructor(private readonly host: ReactiveControllerHost & { localName: string }) {
    host.addController(this);
  }

  /** True while work the user should be told about runs. */
  get busy(): boolean {
    return this.visible > 0;
  }

  /** True while any tracked work runs. */
  get pendingWork(): boolean {
    return this.pending.size > 0;
  }

  /** Waits for `work`; re-renders the host when it has succeeded. */
  track(work: Promise<unknown>, { visible = false }: { visible?: boolean } = {}): void {
    if (this.pending.has(work)) return;
    if (visible) this.visible++;
    const done = (): void => {
      this.pending.delete(work);
      if (visible) this.visible--;
    };
    const task = work.then(
      () => {
        done();
        this.host.requestUpdate();
      },
      (error: unknown) => {
        // No re-render for a failure: a render that starts the same work again would loop.
        done();
        if (visible) this.host.requestUpdate();
        console.error(`[mulighetsrom] <${this.host.localName}>: work it waited for failed`, error);
      },
    );
    this.pending.set(work, task);
    if (visible) this.host.requestUpdate();
  }

  /** Resolves when the work tracked now has settled (new work may have started meanwhile). */
  settled(): Promise<unknown> {
    return Promise.all(this.pending.values());
  }

  hostConnected(): void {}
}
