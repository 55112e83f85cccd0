import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Whether the host is narrower than a width in rem, from a ResizeObserver, so a widget renders
 * a narrow layout only when it shows it (the CSS container query still decides what is
 * visible). `narrow` is false until the first measurement and follows a frame later; the host
 * re-renders only when the answer changes, not on every resize.
 */
export class ContainerWidthController implements ReactiveController {
  /** True when the host's content box is at most `belowRem` wide. */
  narrow = false;
  private observer: ResizeObserver | undefined;
  private frame = 0;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly belowRem: number,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(([entry]) => {
      const width = entry?.contentBoxSize[0]?.inlineSize ?? entry?.contentRect.width;
      if (width === undefined) return;
      // A container query's rem is the root element's font size.
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      const narrow = width <= this.belowRem * rem;
      if (narrow === this.narrow) return;
      // The next frame: rendering inside the callback changes the host's height, and the
      // browser reports «ResizeObserver loop completed with undelivered notifications».
      cancelAnimationFrame(this.frame);
      this.frame = requestAnimationFrame(() => {
        if (narrow === this.narrow) return;
        this.narrow = narrow;
        this.host.requestUpdate();
      });
    });
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    cancelAnimationFrame(this.frame);
  }
}
