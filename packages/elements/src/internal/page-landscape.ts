// Printing on A4 landscape: `@page` rules do nothing inside a shadow root, so the first call
// adds one page rule to the document, as a constructed sheet (which a strict CSP allows).

let added = false;

/** Makes the page print on A4 landscape (once per document; later calls do nothing). */
export function landscapePages(doc: Document = document): boolean {
  if (added) return false;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync('@page { size: A4 landscape; }');
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    added = true;
    return true;
  } catch {
    // An old browser without constructed sheets prints in the page's orientation.
    return false;
  }
}
