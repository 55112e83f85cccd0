import { css } from 'lit';

// The note boards' styles, shared by the SWOT, the assessment cross and the situation board.
// Short token names (--_text, --_border, --_space …) come from the base styles. A note's colour
// is a stripe beside its text, never its only signal: the colour's name is in the note's text.
export const boardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
    color: var(--_text);
    line-height: var(--mulighetsrom-font-line-height-normal, 1.5);
    --_note-yellow: var(--mulighetsrom-board-note-yellow, #e0b000);
    --_note-green: var(--mulighetsrom-board-note-green, #2e8540);
    --_note-blue: var(--mulighetsrom-board-note-blue, #3b5fc0);
    --_note-pink: var(--mulighetsrom-board-note-pink, #c2417a);
    --_note-orange: var(--mulighetsrom-board-note-orange, #d2691e);
    --_note-purple: var(--mulighetsrom-board-note-purple, #7048b0);
  }

  .widget,
  .board {
    display: grid;
    gap: var(--_space);
    min-width: 0;
  }

  .board[hidden] {
    display: none;
  }

  .toolbar,
  .edit-bar,
  [role='tablist'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .help,
  .status,
  .question,
  .summary-lines {
    margin: 0;
    color: var(--_subtle);
  }

  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }

  h2 {
    font-size: 1.25rem;
  }

  h3 {
    font-size: 1.05rem;
  }

  .count,
  .hidden-count {
    font-weight: normal;
    color: var(--_subtle);
  }

  .hidden-count {
    margin: 0;
  }

  .about {
    margin: 0;
  }

  .about .label {
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  .fields {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: end;
  }

  .fields label,
  .add label,
  .editor label {
    display: grid;
    gap: 0.25rem;
  }

  .fields .wide {
    flex: 1 1 20rem;
  }

  input,
  textarea,
  select,
  button {
    font: inherit;
    color: inherit;
  }

  input,
  textarea,
  select {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-sm, 4px);
    padding: 0.25rem 0.5rem;
  }

  button {
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-sm, 4px);
    padding: 0.25rem 0.6rem;
    cursor: pointer;
    min-height: 2rem;
  }

  button[aria-disabled='true'] {
    cursor: not-allowed;
    opacity: 0.7;
  }

  [role='tab'][aria-selected='true'] {
    background: var(--_surface);
    border-width: 2px;
    font-weight: var(--mulighetsrom-font-weight-bold, 700);
  }

  .boards {
    display: grid;
    gap: calc(var(--_space) * 2);
  }

  .columns {
    display: grid;
    gap: var(--_space);
    grid-template-columns: 1fr;
  }

  @container (min-width: 40rem) {
    .columns-4,
    .side-by-side {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }

  @container (min-width: 52rem) {
    .columns-3 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
  }

  .column {
    display: grid;
    align-content: start;
    gap: 0.5rem;
    padding: var(--_space);
    background: var(--_raised);
    border: 1px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-md, 8px);
    min-width: 0;
  }

  .column.drop {
    outline: 3px dashed var(--_focus);
    outline-offset: -3px;
  }

  .notes {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.5rem;
  }

  .empty {
    margin: 0;
    font-style: italic;
    color: var(--_subtle);
  }

  .note {
    display: flex;
    flex-wrap: wrap;
    align-items: start;
    gap: 0.25rem 0.5rem;
    padding: 0.5rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-inline-start: 6px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-sm, 4px);
  }

  .note.color-yellow {
    border-inline-start-color: var(--_note-yellow);
  }
  .note.color-green {
    border-inline-start-color: var(--_note-green);
  }
  .note.color-blue {
    border-inline-start-color: var(--_note-blue);
  }
  .note.color-pink {
    border-inline-start-color: var(--_note-pink);
  }
  .note.color-orange {
    border-inline-start-color: var(--_note-orange);
  }
  .note.color-purple {
    border-inline-start-color: var(--_note-purple);
  }

  .note[draggable='true'] {
    cursor: grab;
  }

  .note-body {
    flex: 1 1 10rem;
    min-width: 0;
    overflow-wrap: anywhere;
    border-radius: 2px;
  }

  .note-body .text {
    display: block;
    white-space: pre-wrap;
  }

  .meta {
    display: block;
    font-size: 0.875rem;
    color: var(--_subtle);
  }

  .blur {
    display: block;
    filter: blur(4px);
    user-select: none;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }

  .move-handle svg {
    width: 1rem;
    height: 1rem;
    fill: currentColor;
    vertical-align: middle;
  }

  .move {
    position: relative;
  }

  .move-menu {
    position: absolute;
    z-index: 2;
    inset-inline-end: 0;
    display: grid;
    min-width: 12rem;
    padding: 0.25rem;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--mulighetsrom-radius-sm, 4px);
  }

  .move-menu button {
    text-align: start;
    border: 0;
    background: transparent;
  }

  .move-menu button:focus-visible,
  .move-menu button:hover {
    background: var(--_raised);
  }

  .add,
  .editor {
    display: grid;
    gap: 0.5rem;
  }

  .editor {
    flex: 1 1 100%;
  }

  .add .more,
  .editor .more {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: end;
  }

  .summary table {
    border-collapse: collapse;
  }

  .summary th,
  .summary td {
    border: 1px solid var(--_border);
    padding: 0.25rem 0.5rem;
    text-align: start;
  }

  .summary td {
    text-align: end;
  }

  @media print {
    .toolbar,
    .edit-bar,
    .help,
    .add,
    .actions,
    [role='tablist'] {
      display: none;
    }

    .board[hidden] {
      display: grid;
    }

    .board {
      break-after: page;
    }

    .columns-4,
    .side-by-side {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }

    .columns-3 {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }

    .column,
    .note {
      break-inside: avoid;
    }
  }
`;
