// The bench case for <mulighetsrom-follow-up-table> (issue 11), whichever way the element was
// loaded: editable (as the peers are), every row in the DOM, a fixed day. An edit is what a
// keyboard user does: Enter on a cell, the one `.editor`, new text, Enter.
let element;

const key = (type, target) =>
  target.dispatchEvent(new KeyboardEvent(type, { key: 'Enter', bubbles: true, composed: true }));

globalThis.benchCase = {
  async render(host, { followUp }) {
    const t0 = performance.now();
    element = document.createElement('mulighetsrom-follow-up-table');
    element.editable = true;
    element.today = followUp.today;
    element.data = followUp.doc;
    const t1 = performance.now();
    host.append(element);
    await element.updateComplete;
    const t2 = performance.now();
    return { create: t1 - t0, update: t2 - t1 };
  },
  /** Edits the «what» of one of the first rows (on screen: no scrolling). */
  async update(_host, _variant, i) {
    const root = element.shadowRoot;
    const cell = root.querySelector(`tr[data-id="r${i % 8}"] td[data-column="what"]`);
    cell.focus();
    key('keydown', cell);
    await element.updateComplete;
    const editor = root.querySelector('.editor');
    editor.value = `Endret oppgave ${i}`;
    key('keydown', editor);
    await element.updateComplete;
  },
  /** Body rows in the DOM. */
  count() {
    return element.shadowRoot.querySelectorAll('tbody tr[data-id]').length;
  },
};
