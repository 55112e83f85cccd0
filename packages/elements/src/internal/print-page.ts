// Printing on a given page size (an A3 poster, an A4 landscape table). `@page` rules do nothing
// inside a shadow root, so the page rule goes on the document as a constructed sheet (a strict
// CSP allows it) for this print only, and is taken away after it.
import { print } from './print.js';

/**
 * Prints the page (print.ts) with `@page { size: <size> }`, e.g. `'A3 portrait'`. The sheet is
 * removed when printing ends (`afterprint`, or at once where print() blocks until it has).
 */
export function printOnPage(size: string): void {
  let sheet: CSSStyleSheet | undefined;
  try {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(`@page { size: ${size.replace(/[^\w -]/g, '')}; }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An old browser without constructed sheets prints on the page's own size.
    sheet = undefined;
  }
  const done = (): void => {
    window.removeEventListener('afterprint', done);
    if (sheet) document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    sheet = undefined;
  };
  window.addEventListener('afterprint', done);
  try {
    print();
  } finally {
    // Chromium's print() returns once the dialog is closed, but fires no afterprint in tests.
    setTimeout(done, 0);
  }
}
