// The data the matrix cases draw: 50 offices × 40 themes in 8 column groups, two values and
// empty cells (issue 10 «Performance»). Built in Node with core and handed to the page at run
// time; the hand-written case gets the same words (nb) from core's catalogs.
import { matrixMessages, resolveMatrix } from '@mulighetsrom/core';

export const MATRIX_ROWS = 50;
export const MATRIX_COLUMNS = 40;
const SCALE = [
  { id: 'strong', label: 'Sterkt' },
  { id: 'improve', label: 'Kan styrkes' },
];

/** The value of cell (r, c) after `flips` toggles of it: a fixed pattern, a third empty. */
function valueOf(r, c) {
  return [undefined, 'strong', 'improve'][(r * 7 + c * 3) % 3];
}

function documentWith(cells) {
  return {
    title: 'Nettverket i tall',
    rows: Array.from({ length: MATRIX_ROWS }, (_, r) => ({
      id: `r${r}`,
      label: `Kontor ${r + 1}`,
    })),
    columns: Array.from({ length: MATRIX_COLUMNS }, (_, c) => ({
      id: `c${c}`,
      label: `Tema ${c + 1} med en lengre overskrift`,
      group: `Gruppe ${Math.floor(c / 5) + 1}`,
    })),
    scale: SCALE,
    cells,
  };
}

/**
 * @param {number} updates how many one-cell variants to prepare
 * @returns {{ doc: object, variants: object[], plain: object }}
 */
export function matrixBenchData(updates = 20) {
  const grid = [];
  for (let r = 0; r < MATRIX_ROWS; r += 1)
    for (let c = 0; c < MATRIX_COLUMNS; c += 1)
      grid.push({ row: `r${r}`, column: `c${c}`, value: valueOf(r, c) });
  const cellsOf = (values) =>
    values.filter((cell) => cell.value !== undefined).map((cell) => ({ ...cell }));
  // Variant i cycles one cell (empty → strong → improve → empty), spread over the grid.
  const variants = [];
  let current = grid;
  for (let i = 0; i < updates; i += 1) {
    const at = (i * 97) % current.length;
    current = current.map((cell, n) => {
      if (n !== at) return cell;
      const next = [undefined, 'strong', 'improve'][
        ([undefined, 'strong', 'improve'].indexOf(cell.value) + 1) % 3
      ];
      return { ...cell, value: next };
    });
    variants.push(documentWith(cellsOf(current)));
  }
  const doc = documentWith(cellsOf(grid));
  const resolved = resolveMatrix(doc, 'nb');
  const m = matrixMessages.nb;
  // What the hand-written table needs besides the document: the scale's symbols and tones, the
  // empty cell's word and the matrix's words, as the widget takes them from core.
  const plain = {
    scale: resolved.scale.map(({ id, label, symbol, tone }) => ({ id, label, symbol, tone })),
    empty: resolved.empty.label,
    texts: {
      legend: m.legend,
      tallyHeading: m.tallyHeading,
      tallyValue: m.tallyValue,
      consensusHeading: m.consensusHeading,
      consensusValue: m.consensusValue,
      consensusSummary: m.consensusSummary,
      consensusNone: m.consensusNone,
      scrollRegion: m.scrollRegion,
    },
  };
  return { doc, variants, plain };
}
