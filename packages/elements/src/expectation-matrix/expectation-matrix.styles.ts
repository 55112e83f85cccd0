import { css } from 'lit';

// The short names for the tokens (--_strong-bg, --_text, --_space …) come from the base styles,
// each with a literal fallback so the widget stays readable without them. Tones map to the status
// colours the shadow token sheet already carries; a value is never told by colour alone (its
// symbol and text are in the cell).
export const matrixStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_text);
    line-height: var(--mulighetsrom-font-line-height-normal, 1.5);
  }

  .matrix {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }

  .toolbar,
  .edit-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .help,
  .summary {
    margin: 0;
    color: var(--_subtle);
  }

  .scroll {
    max-width: 100%;
    max-height: var(--mulighetsrom-matrix-max-height, 70vh);
    overflow: auto;
    border: 1px solid var(--_border);
  }

  .scroll:focus-visible,
  td[data-key]:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: -3px;
  }

  table {
    border-collapse: separate;
    border-spacing: 0;
    background: var(--_surface);
  }

  caption {
    padding: 0.5rem;
    text-align: start;
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    border-inline-end: 1px solid var(--_border);
    vertical-align: top;
    text-align: start;
  }

  /* Long column headers wrap, never cut. */
  thead th {
    min-width: 6rem;
    max-width: 12rem;
    overflow-wrap: anywhere;
    font-size: 0.875em;
  }

  /* Sticky headers inside the scroll region. */
  thead {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_raised);
  }

  thead th,
  thead td {
    background: var(--_raised);
  }

  tbody th,
  tfoot th {
    position: sticky;
    inset-inline-start: 0;
    z-index: 1;
    min-width: 9rem;
    max-width: 14rem;
    background: var(--_raised);
    overflow-wrap: anywhere;
  }

  th.consensus {
    box-shadow: inset 0 -4px 0 var(--_strong-border);
  }

  .cell {
    min-width: 5rem;
    font-size: 0.875em;
  }

  td[data-key] {
    cursor: pointer;
  }

  .symbol,
  .star {
    display: inline-block;
    min-width: 1.25em;
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  .symbol:empty {
    display: none;
  }

  .tone-marked,
  .tone-strong,
  .tone-prioritised {
    background: var(--_strong-bg);
    color: var(--_strong-text);
  }

  .tone-improve,
  .tone-discussed {
    background: var(--_improve-bg);
    color: var(--_improve-text);
  }

  .tone-planned,
  .tone-main {
    background: var(--_planned-bg);
    color: var(--_text);
  }

  .tone-unknown,
  .tone-empty {
    background: var(--_unknown-bg);
    color: var(--_unknown-text);
  }

  .tone-no-answer {
    background: var(--_raised);
    color: var(--_subtle);
  }

  .tally,
  tfoot td {
    font-size: 0.875em;
    color: var(--_subtle);
  }

  .tag {
    color: var(--_subtle);
    font-weight: normal;
  }

  .legend-title,
  .row-title {
    margin: 0;
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  .legend ul,
  .lists ul {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
  }

  .lists ul {
    display: grid;
  }

  .swatch {
    display: inline-block;
    min-width: 1.5em;
    margin-inline-end: 0.25rem;
    border: 1px solid var(--_border);
    text-align: center;
  }

  /* Narrow: a read-only matrix becomes one list per row. */
  .lists {
    display: none;
  }

  @container (max-width: 36rem) {
    .readonly .lists {
      display: grid;
      gap: var(--_space);
    }

    .readonly .scroll {
      display: none;
    }
  }

  @media print {
    .toolbar,
    .edit-bar,
    .help {
      display: none;
    }

    .scroll {
      max-height: none;
      overflow: visible;
      border: 0;
    }

    .readonly .scroll {
      display: block;
    }

    .readonly .lists {
      display: none;
    }

    thead {
      display: table-header-group;
      position: static;
    }

    tfoot {
      display: table-footer-group;
    }

    tr {
      break-inside: avoid;
    }

    tbody th,
    tfoot th {
      position: static;
    }
  }
`;
