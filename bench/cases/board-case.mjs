// The bench case for <mulighetsrom-situation-board> (issue 12), whichever way the element was
// loaded: editable (moves need it), 200 notes. A move is the keyboard shortcut: Alt+ArrowRight
// on a note's body moves it to the next column; focus stays on the moved note.
import { mountWidget, moveFirstNoteRight } from './widget-shared.mjs';

let element;

globalThis.benchCase = {
  async render(host, { board }) {
    const mounted = await mountWidget(host, 'mulighetsrom-situation-board', {
      editable: true,
      data: board.doc,
    });
    element = mounted.element;
    return mounted.phases;
  },
  async update(_host, _variant, i) {
    moveFirstNoteRight(element.shadowRoot, i);
    await element.updateComplete;
  },
  /** Notes in the DOM. */
  count() {
    return element.shadowRoot.querySelectorAll('li.note').length;
  },
};
