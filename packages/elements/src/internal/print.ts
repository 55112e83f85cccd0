// Printing, shared by every widget's toolbar (download.ts offers files).

/** Prints the page (the widgets' print styles decide what shows). */
export function print(): void {
  window.print();
}
