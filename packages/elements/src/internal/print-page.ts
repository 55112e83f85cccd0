// The printed page's size and orientation. `@page` rules do nothing inside a shadow root, so a
// widget that prints as a poster adds one page rule to the document, once per size, as a
// constructed sheet (which a strict CSP allows). print.ts prints.

const added = new Set<string>();

/**
 * Makes the document print on `size` pages (a CSS `@page size`, e.g. `A3 landscape`). The rule
 * is added once per size and stays; the last size added wins. Returns whether the browser took
 * it (an old one without constructed sheets prints in the page's own size).
 */
export function usePageSize(size: string, root: Document = document): boolean {
  if (!/^[\w\s]+$/.test(size)) return false;
  if (added.has(size)) return true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { size: ${size}; }`);
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
    added.add(size);
    return true;
  } catch {
    return false;
  }
}
