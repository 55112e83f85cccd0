import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DEFAULT_LANG, normalizeLang, type Lang } from '@mulighetsrom/core';

/** The element hosting `node`'s shadow root, or null in the document (or a detached tree). */
export function shadowHost(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * The language of `element`: its own `lang`, else the closest ancestor's, crossing shadow
 * roots, else Bokmål. A `lang` we do not support (e.g. `de`, or empty) is skipped so that an
 * outer, supported language still applies.
 */
export function resolveLang(element: Element): Lang {
  let current: Element | null = element;
  while (current) {
    const holder: Element | null = current.closest('[lang]');
    if (!holder) {
      current = shadowHost(current);
      continue;
    }
    const lang = normalizeLang(holder.getAttribute('lang'));
    if (lang) return lang;
    current = holder.parentElement ?? shadowHost(holder);
  }
  return DEFAULT_LANG;
}

/** The document and every shadow root between `node` and it: where a relevant `lang` can change. */
export function rootsOf(node: Node): Node[] {
  const roots: Node[] = [];
  let current: Node | null = node;
  while (current) {
    const root: Node = current.getRootNode();
    roots.push(root);
    current = root instanceof ShadowRoot ? root.host : null;
  }
  return roots;
}

/**
 * Keeps `lang` up to date for a widget and re-renders it when any `lang` attribute on the way
 * to the document changes (a page's language switch, or an editor setting `lang` on the widget).
 */
export class LangController implements ReactiveController {
  /** The resolved language. */
  lang: Lang = DEFAULT_LANG;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.refresh();
    try {
      this.observer ??= new MutationObserver(() => this.refresh());
      for (const root of rootsOf(this.host)) {
        this.observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      }
    } catch {
      // No MutationObserver (very old or non-browser environments): resolve once, as above.
    }
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Re-resolves now (also called by the observer); requests a render only on a change. */
  refresh(): void {
    const next = resolveLang(this.host);
    if (next !== this.lang) {
      this.lang = next;
      this.host.requestUpdate();
    }
  }
}
