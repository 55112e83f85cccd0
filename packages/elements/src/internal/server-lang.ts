// The language of a widget rendered by Lit SSR. There is no DOM to walk on the server; what a
// widget can see of its place there is the event path that @lit-labs/ssr builds for it: the
// custom elements it is rendered in (with their shadow roots and slots) and a root the caller
// may pass (see ../ssr.ts). Plain HTML elements are not on that path.
import type { Lang } from '@mulighetsrom/core';
import { DEFAULT_LANG, normalizeLang } from '@mulighetsrom/core/i18n/lang.js';

/** Dispatched on the server only, to read the element's event path; nothing has to answer it. */
const PROBE = 'mulighetsrom-lang-probe';

const isElement = (target: EventTarget): target is Element =>
  typeof (target as Partial<Element>).getAttribute === 'function';

/**
 * The `lang` we support of the closest element above `element` on its server event path. It
 * follows the tree the browser walks (`closestAttribute`): the element's own tree, then its
 * shadow host's, and so on; the slots it is assigned to, and the shadow tree they are in, are
 * passed over, as in the browser, where a slotted element inherits from its light-DOM parent.
 */
export function serverAncestorLang(element: Element): Lang | undefined {
  const probe = new Event(PROBE, { bubbles: true, composed: true });
  element.dispatchEvent(probe);
  let scope: Node = element.getRootNode();
  for (const target of probe.composedPath().slice(1)) {
    if (target === scope && 'host' in scope) {
      scope = (scope as ShadowRoot).host.getRootNode();
      continue;
    }
    if (!isElement(target) || target.getRootNode() !== scope) continue;
    const lang = normalizeLang(target.getAttribute('lang'));
    if (lang) return lang;
  }
  return undefined;
}

/** On the server: the element's own `lang`, else the closest one on its event path, else Bokmål. */
export function serverLangOf(element: Element): Lang {
  return normalizeLang(element.getAttribute('lang')) ?? serverAncestorLang(element) ?? DEFAULT_LANG;
}
