import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import type { Lang } from '@mulighetsrom/core';
import { DEFAULT_LANG, normalizeLang } from '@mulighetsrom/core/i18n/lang.js';
import { closestAttribute, watchAncestorAttribute } from './ancestors.js';
import { serverLangOf } from './server-lang.js';

/**
 * The language of `element`: its own `lang`, else the closest ancestor's, crossing shadow
 * roots, else Bokmål. A `lang` we do not support (e.g. `de`, or empty) is skipped so that an
 * outer, supported language still applies.
 */
export function resolveLang(element: Element): Lang {
  return closestAttribute(element, 'lang', (value) => normalizeLang(value)) ?? DEFAULT_LANG;
}

/**
 * Keeps `lang` up to date for a widget and re-renders it when any `lang` attribute on the way
 * to the document changes (a page's language switch, or an editor setting `lang` on the widget).
 */
export class LangController implements ReactiveController {
  private resolved: Lang = DEFAULT_LANG;
  private observer?: MutationObserver;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /**
   * The resolved language. On the server (Lit SSR) there is no DOM to walk: the own `lang`
   * decides, else the closest one on the element's server event path (custom-element
   * ancestors, a root from `serverLang()`), so the server HTML is in the language the browser
   * resolves and hydration does not switch it.
   */
  get lang(): Lang {
    return isServer ? serverLangOf(this.host) : this.resolved;
  }

  hostConnected(): void {
    // Lit SSR calls this only when asked to (its `connectedCallback` option): nothing to watch.
    if (isServer) return;
    this.refresh();
    this.observer = watchAncestorAttribute(this.host, 'lang', () => this.refresh(), this.observer);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
  }

  /** Re-resolves now (also called by the observer); requests a render only on a change. */
  refresh(): void {
    const next = resolveLang(this.host);
    if (next !== this.resolved) {
      this.resolved = next;
      this.host.requestUpdate();
    }
  }
}
