import type { CSSResult, ReactiveController, ReactiveControllerHost } from 'lit';
import type { Lazy } from './lazy.js';
import type { LoadingController } from './loading.js';

/**
 * Parts of a widget loaded on first use (a dynamic `import()`), e.g. a detail panel or the
 * compare view. `use(part)` answers the module once it is there, its `styles` adopted into the
 * host's shadow root; until then it starts the load and answers undefined, and the host
 * re-renders when the part arrives (`updateComplete` waits for it).
 */
export class LazyPartsController implements ReactiveController {
  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    private readonly loading: LoadingController,
  ) {
    host.addController(this);
  }

  /** The part's module if it has loaded, else undefined (and the load is started). */
  get<P>(part: Lazy<P>): P | undefined {
    const loaded = part.get();
    if (!loaded) this.loading.track(part.load());
    return loaded;
  }

  /** Runs `use` with the part once it has loaded (`updateComplete` waits for it). */
  with<P>(part: Lazy<P>, use: (loaded: P) => void): void {
    const loaded = part.get();
    if (loaded) {
      use(loaded);
      return;
    }
    this.loading.track(part.load().then(use));
  }

  /** Like get(), for a part with styles of its own: they join the shadow root's sheets. */
  use<P extends { styles: CSSResult }>(part: Lazy<P>): P | undefined {
    const loaded = this.get(part);
    const sheet = loaded?.styles.styleSheet;
    const root = this.host.renderRoot;
    if (sheet && root instanceof ShadowRoot && !root.adoptedStyleSheets.includes(sheet))
      root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    return loaded;
  }

  hostConnected(): void {}
}
