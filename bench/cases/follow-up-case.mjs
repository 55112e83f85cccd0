// The bench case for <mulighetsrom-follow-up-table> (issue 11), whichever way the element was
// loaded: editable (as the peers are), every row in the DOM, a fixed day. An edit is what a
// keyboard user does: Enter on a cell, the one `.editor`, new text, Enter.
import { commitCellEdit, mountWidget, startCellEdit } from './widget-shared.mjs';

let element;

globalThis.benchCase = {
  async render(host, { followUp }) {
    const mounted = await mountWidget(host, 'mulighetsrom-follow-up-table', {
      editable: true,
      today: followUp.today,
      data: followUp.doc,
    });
    element = mounted.element;
    return mounted.phases;
  },
  async update(_host, _variant, i) {
    startCellEdit(element.shadowRoot, i);
    await element.updateComplete;
    commitCellEdit(element.shadowRoot, i);
    await element.updateComplete;
  },
  /** Body rows in the DOM. */
  count() {
    return element.shadowRoot.querySelectorAll('tbody tr[data-id]').length;
  },
};
