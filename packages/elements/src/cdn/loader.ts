// dist/cdn/mulighetsrom.js, the one script tag of a CMS page: it defines nothing itself. It
// finds the Mulighetsrom widgets in the document, now and when added later, and imports each
// widget's module from its own folder (relative to this file), so a page downloads only the
// widgets it uses. Loading it twice is harmless: the second copy sees the first and stops.
import { WIDGETS } from './widgets.js';

const STARTED = Symbol.for('mulighetsrom.loader');

const registry = globalThis as typeof globalThis & { [STARTED]?: true };

function start(): void {
  const requested = new Set<string>();
  const selector = Object.keys(WIDGETS).join(',');

  const load = (tag: string): void => {
    if (requested.has(tag) || customElements.get(tag)) return;
    requested.add(tag);
    WIDGETS[tag]!().catch((error: unknown) => {
      requested.delete(tag); // a later element may try again (the network came back)
      console.error(`[mulighetsrom] could not load <${tag}>`, error);
    });
  };

  const discover = (root: Element | Document): void => {
    if (root instanceof Element && Object.hasOwn(WIDGETS, root.localName)) load(root.localName);
    for (const element of root.querySelectorAll(selector)) load(element.localName);
  };

  discover(document);
  new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
  }).observe(document, { childList: true, subtree: true });
}

if (!registry[STARTED]) {
  registry[STARTED] = true;
  try {
    start();
  } catch (error) {
    console.error('[mulighetsrom] the loader could not start', error);
  }
}
