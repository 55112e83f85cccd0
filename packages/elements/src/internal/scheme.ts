import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { closestAttribute, shadowHost, watchAncestorAttribute } from './ancestors.js';

/** The colour schemes a page can choose with `data-color-scheme` (besides "auto"). */
export const COLOR_SCHEMES = ['light', 'dark', 'high-contrast'] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

const isScheme = (value: string | null): value is ColorScheme =>
  (COLOR_SCHEMES as readonly (string | null)[]).includes(value);

/**
 * The colour scheme the closest ancestor of `element` chose with `data-color-scheme`, crossing
 * shadow roots; undefined for none or "auto" (the reader's preference decides). An unknown value
 * is skipped, so an outer choice still applies. The element's own attribute is not looked at:
 * its shadow styles handle that (`:host([data-color-scheme])`).
 */
export function resolveAncestorScheme(element: Element): ColorScheme | undefined {
  return closestAttribute(
    element.parentElement ?? shadowHost(element),
    'data-color-scheme',
    (value) => (value === 'auto' ? null : isScheme(value) ? value : undefined),
  );
}

/**
 * Mirrors an ancestor's colour-scheme choice into the widget's custom states
 * (`:host(:state(scheme-dark))` in the shadow token sheet), because `:host-context()` works
 * in Chromium only and stops at shadow roots. Follows later changes on the way to the document.
 * Without ElementInternals states (old browsers) the reader's preference applies, as before.
 */
export class SchemeController implements ReactiveController {
  /** The mirrored choice (undefined: none). */
  scheme: ColorScheme | undefined;
  private observer?: MutationObserver;

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly states: CustomStateSet | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Lit SSR calls this only when asked to (renderOptions.connectedCallback); there is no DOM
    // to walk there, and the reader's preference applies until the browser takes over.
    if (isServer) return;
    this.refresh();
    this.observer = watchAncestorAttribute(
      this.host,
      'data-color-scheme',
      () => this.refresh(),
      this.observer,
    );
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Re-resolves now (also called by the observer) and sets the matching state. */
  refresh(): void {
    const next = resolveAncestorScheme(this.host);
    if (next === this.scheme) return;
    this.scheme = next;
    try {
      for (const scheme of COLOR_SCHEMES) {
        if (scheme === next) this.states?.add(`scheme-${scheme}`);
        else this.states?.delete(`scheme-${scheme}`);
      }
    } catch {
      // Chromium before 125 only takes `--name` states: the preference applies there.
    }
  }
}
