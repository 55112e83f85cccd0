// `@mulighetsrom/elements/ssr`: helpers for rendering the widgets with Lit SSR (@lit-labs/ssr).
// Server-only; nothing here is needed in the browser.

/** The part of @lit-labs/ssr's `RenderInfo` that `serverLang()` fills in. */
export interface ServerLangRenderInfo {
  eventTargetStack: EventTarget[];
}

/**
 * Render options that give the widgets of one server render the page's language, as
 * `<html lang>` does in the browser: `render(page, serverLang('nn'))`. The widgets' own `lang`
 * and a custom-element ancestor's still come first. Make one per request (requests may differ);
 * an unsupported language (e.g. `de`) leaves Bokmål, as it would in the browser. Call it after
 * @lit-labs/ssr is loaded.
 */
export function serverLang(lang: string): ServerLangRenderInfo {
  const serverRoot = (globalThis as { litServerRoot?: Element }).litServerRoot;
  if (!serverRoot) throw new Error('serverLang() needs @lit-labs/ssr: import it first.');
  // An element of the SSR DOM shim (the class of Lit's own server root), carrying `lang`: the
  // widgets find it at the top of their event path.
  const root = new (serverRoot.constructor as new () => Element)();
  root.setAttribute('lang', lang);
  // Lit's root first: given any other first entry, @lit-labs/ssr 4.1 puts its root in front
  // and links the given one to itself, which overflows the stack on the first event.
  return { eventTargetStack: [serverRoot, root] };
}
