// The bench case for <mulighetsrom-situation-board> (issue 12), whichever way the element was
// loaded: editable (moves need it), 200 notes. A move is the keyboard shortcut: Alt+ArrowRight
// on a note's body moves it to the next column; focus stays on the moved note.
let element;

globalThis.benchCase = {
  async render(host, { board }) {
    const t0 = performance.now();
    element = document.createElement('mulighetsrom-situation-board');
    element.editable = true;
    element.data = board.doc;
    const t1 = performance.now();
    host.append(element);
    await element.updateComplete;
    const t2 = performance.now();
    return { create: t1 - t0, update: t2 - t1 };
  },
  /** Moves the first note of «Ønsket situasjon» (or of «Barrierer») one column right. */
  async update(_host, _variant, i) {
    const column = i % 2 === 0 ? 'desired' : 'barriers';
    const body = element.shadowRoot.querySelector(`.column[data-column="${column}"] .note-body`);
    body.focus();
    body.dispatchEvent(
      new KeyboardEvent('keydown', {
        key: 'ArrowRight',
        altKey: true,
        bubbles: true,
        composed: true,
      }),
    );
    await element.updateComplete;
  },
  /** Notes in the DOM. */
  count() {
    return element.shadowRoot.querySelectorAll('li.note').length;
  },
};
