// The peer of the follow-up table (issue 11): Tabulator 6, its default (virtual) renderer and
// theme, the same seven columns editable (input editors; status and area as lists), the rows
// numbered, the same cell texts (dates and names from core, mapped in the timed render as a
// Tabulator app would map its data). Tabulator keeps only the rows near the viewport in
// the DOM (about 60 here): find-in-page and screen readers miss the rest. Its CSS is injected
// in the timed render, as the widget's is. A change is `updateData` of one row's «what».
import { TabulatorFull as Tabulator } from 'tabulator-tables';
import css from 'tabulator-tables/dist/css/tabulator.min.css';
import { peerColumns, peerRows } from './follow-up-peer.mjs';

let table;

globalThis.benchCase = {
  async render(host, { followUp }) {
    const rows = peerRows(followUp);
    const t0 = performance.now();
    const style = document.createElement('style');
    style.textContent = css;
    document.head.append(style);
    const div = document.createElement('div');
    host.append(div);
    const built = new Promise((done) => {
      table = new Tabulator(div, {
        data: rows,
        index: 'id',
        height: '560px',
        layout: 'fitColumns',
        columns: [
          { title: 'Nr.', field: 'number', width: 60 },
          ...peerColumns(followUp).map(({ field, title, values }) => ({
            title,
            field,
            editor: values ? 'list' : 'input',
            ...(values ? { editorParams: { values } } : {}),
          })),
        ],
      });
      table.on('tableBuilt', done);
    });
    await built;
    return { build: performance.now() - t0 };
  },
  async update(_host, _variant, i) {
    await table.updateData([{ id: `r${i % 8}`, what: `Endret oppgave ${i}` }]);
  },
  count(host) {
    return host.querySelectorAll('.tabulator-row').length;
  },
};
