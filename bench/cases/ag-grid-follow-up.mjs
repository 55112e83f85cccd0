// The peer of the follow-up table (issue 11): AG Grid Community 36, client-side row model, its
// default theme (Quartz, from the Theming API: it injects its CSS when the grid is created, so
// inside the timed render), the same seven columns editable (status and area as select
// editors), the rows numbered, the same cell texts mapped in the timed render. No column
// type inference (`cellDataType: false`: a date-looking column would otherwise be parsed). AG
// Grid keeps only the rows in the viewport in the DOM (about 26 here): find-in-page and screen
// readers miss the rest. A change is `setDataValue` of one row's «what».
import {
  ClientSideRowModelModule,
  ModuleRegistry,
  RowApiModule,
  SelectEditorModule,
  TextEditorModule,
  createGrid,
} from 'ag-grid-community';
import { peerColumns, peerRows } from './follow-up-peer.mjs';

ModuleRegistry.registerModules([
  ClientSideRowModelModule,
  RowApiModule,
  TextEditorModule,
  SelectEditorModule,
]);

let api;

globalThis.benchCase = {
  async render(host, { followUp }) {
    const rows = peerRows(followUp);
    const t0 = performance.now();
    const div = document.createElement('div');
    div.style.height = '560px';
    host.append(div);
    await new Promise((done) => {
      api = createGrid(div, {
        rowData: rows,
        getRowId: (p) => p.data.id,
        defaultColDef: { editable: true, cellDataType: false, flex: 1, minWidth: 110 },
        columnDefs: [
          { headerName: 'Nr.', field: 'number', editable: false, maxWidth: 70 },
          ...peerColumns(followUp).map(({ field, title, values }) => ({
            headerName: title,
            field,
            ...(values ? { cellEditor: 'agSelectCellEditor', cellEditorParams: { values } } : {}),
          })),
        ],
        onFirstDataRendered: done,
      });
    });
    return { build: performance.now() - t0 };
  },
  update(_host, _variant, i) {
    api.getRowNode(`r${i % 8}`).setDataValue('what', `Endret oppgave ${i}`);
  },
  count(host) {
    // Each row's cells sit in up to three containers (pinned left, centre, right): count rows.
    const rows = host.querySelectorAll('.ag-row[row-index]');
    return new Set([...rows].map((row) => row.getAttribute('row-index'))).size;
  },
};
