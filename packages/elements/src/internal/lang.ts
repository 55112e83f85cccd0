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
function rootsOf(node: Node): Node[] {
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
 * Calls `onChange` whenever `attribute` changes on an element anywhere between `node` and the
 * document (the document and every shadow root on the way are observed). Reuses `observer` if
 * given. Returns the observer to disconnect, or undefined without MutationObserver (very old or
 * non-browser environments: callers resolve once and stay with that).
 */
export function watchAncestorAttribute(
  node: Node,
  attribute: string,
  onChange: () => void,
  observer?: MutationObserver,
): MutationObserver | undefined {
  try {
    const watcher = observer ?? new MutationObserver(onChange);
    for (const root of rootsOf(node)) {
      watcher.observe(root, { attributes: true, attributeFilter: [attribute], subtree: true });
    }
    return watcher;
  } catch {
    return undefined;
  }
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
    this.observer = watchAncestorAttribute(this.host, 'lang', () => this.refresh(), this.observer);
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
