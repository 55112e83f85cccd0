import { css } from 'lit';

// The table keeps its <table>/<thead>/<tbody>/<tr>/<th>/<td> markup but is laid out as CSS grid
// (row groups and rows as subgrids), with explicit ARIA roles in the template: containment is
// ignored on internal table boxes, so only a grid lets each group of 25 rows skip layout while
// off screen (content-visibility). Every row stays in the DOM. Short token names (--_text …)
// come from the base styles, each with a literal fallback.
export const followUpStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_text);
    line-height: var(--mulighetsrom-font-line-height-normal, 1.5);
  }

  .plan {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }

  .toolbar,
  .edit-bar,
  .filters,
  .add-rows,
  .views,
  .dialog-buttons {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }

  .filters label {
    display: grid;
    gap: 0.125rem;
  }

  .help,
  .summary,
  .no-rows {
    margin: 0;
    color: var(--_subtle);
  }

  .scroll {
    max-width: 100%;
    max-height: var(--mulighetsrom-follow-up-max-height, 70vh);
    overflow: auto;
    border: 1px solid var(--_border);
  }

  .scroll:focus-visible,
  td[tabindex]:focus-visible,
  .sort:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }

  /* Tracks that do not depend on content, so every row group (its own grid: containment rules
     out a subgrid there) lines up with the header. */
  table {
    --_columns: 3rem repeat(4, minmax(9rem, 1.5fr)) minmax(10rem, 1.2fr) 8rem minmax(9rem, 1fr);
    display: grid;
    grid-template-columns: var(--_columns);
    border-collapse: separate;
    border-spacing: 0;
    background: var(--_surface);
    min-width: 68rem;
  }

  table.with-actions {
    --_columns: 3rem repeat(4, minmax(9rem, 1.5fr)) minmax(10rem, 1.2fr) 8rem minmax(9rem, 1fr)
      8.5rem;
  }

  caption {
    display: block;
    grid-column: 1 / -1;
    padding: 0.5rem;
    text-align: start;
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  thead,
  tbody {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: var(--_columns);
  }

  tr {
    display: grid;
    grid-column: 1 / -1;
    grid-template-columns: subgrid;
  }

  /* About 25 rows: laid out only near the screen, yet in the DOM and found by find-in-page. */
  tbody.chunk {
    content-visibility: auto;
    contain-intrinsic-block-size: auto 60rem;
  }

  thead {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_raised);
  }

  th,
  td {
    display: block;
    padding: 0.375rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    overflow-wrap: anywhere;
    white-space: pre-line;
  }

  thead th {
    padding: 0;
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  .sort {
    display: flex;
    width: 100%;
    height: 100%;
    gap: 0.25rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.375rem 0.5rem;
    border: 0;
    background: transparent;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }

  .sort-icon {
    flex: none;
    width: 0.625rem;
    height: 0.875rem;
    fill: currentColor;
  }

  .sort-icon .up,
  .sort-icon .down {
    opacity: 0.3;
  }

  .sort-icon.ascending .up,
  .sort-icon.descending .down {
    opacity: 1;
  }

  th.num {
    color: var(--_subtle);
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  tr.section th {
    grid-column: 1 / -1;
    background: var(--_raised);
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  tr.overdue > * {
    background: var(--_improve-bg);
  }

  tr.overdue > th.num {
    box-shadow: inset 4px 0 0 var(--_improve-border);
  }

  tr.flagged > th.num {
    box-shadow: inset 4px 0 0 var(--_border);
  }

  .tag,
  .flag {
    display: block;
    margin-top: 0.125rem;
    font-size: 0.875em;
  }

  .overdue-tag {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid var(--_improve-border);
    border-radius: 0.25rem;
    color: var(--_improve-text);
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  .flag {
    color: var(--_improve-text);
  }

  .status-done {
    color: var(--_strong-text);
  }

  .status-done .value {
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  .editor {
    width: 100%;
    box-sizing: border-box;
    font: inherit;
  }

  td.actions {
    display: flex;
    gap: 0.25rem;
    align-items: start;
    white-space: nowrap;
  }

  td.actions button:not(.move-handle) {
    display: inline-grid;
    place-items: center;
    min-width: 2rem;
    min-height: 2rem;
    padding: 0.25rem;
  }

  td.actions svg {
    width: 1rem;
    height: 1rem;
    fill: currentColor;
    stroke: currentColor;
    stroke-width: 2;
  }

  dialog.paste {
    max-width: min(40rem, 90vw);
    border: 1px solid var(--_border);
    background: var(--_surface);
    color: var(--_text);
  }

  .dialog-title {
    margin-top: 0;
  }

  /* Narrow: each row a card of labelled fields. */
  @container (max-width: 40rem) {
    .scroll {
      max-height: none;
      overflow: visible;
      border: 0;
    }

    table,
    table.with-actions {
      display: block;
      min-width: 0;
    }

    thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
    }

    tbody,
    tr {
      display: block;
    }

    tr.row {
      margin-bottom: var(--_space);
      border: 1px solid var(--_border);
      border-radius: 0.25rem;
    }

    th,
    td {
      border-bottom: 0;
    }

    tr.row th.num {
      border-bottom: 1px solid var(--_border);
    }

    tr.row td::before {
      content: attr(data-label);
      display: block;
      color: var(--_subtle);
      font-size: 0.875em;
      font-weight: var(--mulighetsrom-font-weight-bold, 700);
    }

    td.actions::before {
      display: none;
    }
  }

  /* Print: every row (filters are set aside while printing), as a real table so the header
     repeats on every page; no scroll box, no controls. */
  @media print {
    .toolbar,
    .filters,
    .edit-bar,
    .help,
    .add-rows,
    .actions,
    .actions-head,
    .sort-icon,
    dialog {
      display: none;
    }

    .scroll {
      max-height: none;
      overflow: visible;
      border: 0;
    }

    table,
    table.with-actions {
      display: table;
      width: 100%;
      min-width: 0;
      border-collapse: collapse;
    }

    caption {
      display: table-caption;
    }

    thead {
      display: table-header-group;
      position: static;
    }

    tbody,
    tbody.chunk {
      display: table-row-group;
      content-visibility: visible;
    }

    tr {
      display: table-row;
      break-inside: avoid;
    }

    th,
    td {
      display: table-cell;
      border: 1px solid #000;
    }

    tr.section th {
      display: table-cell;
    }
  }
`;
