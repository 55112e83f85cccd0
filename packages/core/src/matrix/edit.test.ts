import { describe, expect, it } from 'vitest';
import {
  addMatrixColumn,
  addMatrixRow,
  clearMatrixCell,
  cycleMatrixCell,
  moveMatrixColumn,
  moveMatrixRow,
  removeMatrixColumn,
  removeMatrixRow,
  renameMatrixColumn,
  renameMatrixRow,
  setMatrixCell,
  setMatrixNoAnswer,
  toggleMatrixMain,
} from './edit.js';
import { parseMatrix } from './parse.js';
import { resolveMatrix } from './resolve.js';
import type { MatrixDocument } from './types.js';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** Frozen, so any edit that changes its input throws. */
const doc = (value: MatrixDocument): MatrixDocument => deepFreeze(structuredClone(value));

const custom = doc({
  title: 'Eget',
  extra: { kept: true },
  rows: [
    { id: 'a', label: 'A', own: 1 },
    { id: 'b', label: 'B' },
  ],
  columns: [
    { id: 'x', label: 'X' },
    { id: 'y', label: 'Y', group: 'G' },
  ],
  scale: [
    { id: 'one', label: 'En' },
    { id: 'two', label: 'To' },
  ],
  cells: [{ row: 'a', column: 'x', value: 'one', note: 'n', source: 's' }],
});

const valid = (d: MatrixDocument) => {
  const result = parseMatrix(d);
  expect(result.ok, JSON.stringify(result)).toBe(true);
  return d;
};

describe('cell edits', () => {
  it('set, cycle and clear along the scale, keeping note and own fields', () => {
    const two = valid(setMatrixCell(custom, 'a', 'x', 'two'));
    expect(two.cells).toEqual([{ row: 'a', column: 'x', value: 'two', note: 'n', source: 's' }]);
    expect(two.extra).toEqual({ kept: true });
    expect(cycleMatrixCell(custom, 'a', 'x').cells?.[0]?.value).toBe('two');
    const cleared = valid(clearMatrixCell(custom, 'a', 'x'));
    expect(cleared.cells).toEqual([{ row: 'a', column: 'x', note: 'n', source: 's' }]);
    // A new cell, cycled: one → two → empty (and the bare cell is gone).
    let d = cycleMatrixCell(custom, 'b', 'y');
    expect(d.cells?.at(-1)).toEqual({ row: 'b', column: 'y', value: 'one' });
    d = cycleMatrixCell(d, 'b', 'y');
    expect(d.cells?.at(-1)).toEqual({ row: 'b', column: 'y', value: 'two' });
    d = cycleMatrixCell(d, 'b', 'y');
    expect(d.cells).toEqual(custom.cells);
  });

  it('changes nothing, returning the document itself, for unknown places and values', () => {
    expect(setMatrixCell(custom, 'zz', 'x', 'one')).toBe(custom);
    expect(setMatrixCell(custom, 'a', 'zz', 'one')).toBe(custom);
    expect(setMatrixCell(custom, 'a', 'x', 'three')).toBe(custom);
    expect(setMatrixCell(custom, 'a', 'x', 'one')).toBe(custom);
    expect(clearMatrixCell(custom, 'b', 'y')).toBe(custom);
    expect(toggleMatrixMain(custom, 'zz', 'x')).toBe(custom);
  });

  it('one main cell per row: starring one takes the star from the others', () => {
    let d = toggleMatrixMain(custom, 'a', 'x');
    expect(d.cells?.[0]).toMatchObject({ value: 'one', main: true });
    d = toggleMatrixMain(d, 'a', 'y');
    expect(d.cells).toEqual([
      { row: 'a', column: 'x', value: 'one', note: 'n', source: 's' },
      { row: 'a', column: 'y', main: true },
    ]);
    d = toggleMatrixMain(d, 'b', 'x');
    expect(d.cells?.filter((c) => c.main).map((c) => c.row)).toEqual(['a', 'b']);
    // Unstarring the only thing in a cell removes the cell.
    d = toggleMatrixMain(d, 'a', 'y');
    expect(d.cells?.some((c) => c.row === 'a' && c.column === 'y')).toBe(false);
    // Clearing takes value and star.
    const starred = toggleMatrixMain(custom, 'a', 'x');
    expect(clearMatrixCell(starred, 'a', 'x').cells).toEqual([
      { row: 'a', column: 'x', note: 'n', source: 's' },
    ]);
  });

  it('network-priorities stays valid however the stars are toggled', () => {
    let d = doc({ preset: 'network-priorities' });
    for (const column of ['okonomi', 'politisk', 'rolle', 'politisk']) {
      d = valid(
        toggleMatrixMain(setMatrixCell(d, 'arendal', column, 'prioritised'), 'arendal', column),
      );
    }
    const mains = (x: MatrixDocument) => x.cells?.filter((c) => c.main).map((c) => c.column);
    expect(mains(d)).toEqual(['politisk']);
    d = valid(toggleMatrixMain(d, 'arendal', 'politisk'));
    expect(mains(d)).toEqual([]);
    d = valid(toggleMatrixMain(d, 'arendal', 'rolle'));
    expect(mains(d)).toEqual(['rolle']);
  });

  it('«no answer»: marking clears values and stars (notes stay); a value makes the row answer', () => {
    const silent = valid(setMatrixNoAnswer(toggleMatrixMain(custom, 'a', 'y'), 'a', true));
    expect(silent.noAnswer).toEqual(['a']);
    expect(silent.cells).toEqual([{ row: 'a', column: 'x', note: 'n', source: 's' }]);
    expect(setMatrixNoAnswer(silent, 'a', true)).toBe(silent);
    expect(resolveMatrix(silent, 'nb').rows[0]?.noAnswer).toBe(true);
    const answering = valid(setMatrixCell(silent, 'a', 'y', 'one'));
    expect(answering.noAnswer).toBeUndefined();
    expect(setMatrixNoAnswer(silent, 'a', false).noAnswer).toBeUndefined();
    expect(setMatrixNoAnswer(custom, 'zz', true)).toBe(custom);
  });
});

describe('row and column edits', () => {
  it('add: an id from the label, unique; at an index; a given id must be free', () => {
    let d = valid(addMatrixRow(custom, { label: 'Nye Ørsta' }));
    expect(d.rows?.at(-1)).toEqual({ id: 'nye-orsta', label: 'Nye Ørsta' });
    d = valid(addMatrixRow(d, { label: 'Nye Ørsta' }, 0));
    expect(d.rows?.[0]).toEqual({ id: 'nye-orsta-2', label: 'Nye Ørsta' });
    expect(addMatrixRow(d, { id: 'a', label: 'Igjen' })).toBe(d);
    expect(addMatrixRow(d, { label: '  ' })).toBe(d);
    expect(addMatrixRow(d, { id: 'q' })).toBe(d);
    const col = valid(addMatrixColumn(custom, { label: 'Ny', group: 'G' }, 1));
    expect(col.columns?.map((c) => c.id)).toEqual(['x', 'ny', 'y']);
    expect(col.columns?.[1]).toEqual({ id: 'ny', label: 'Ny', group: 'G' });
    expect(addMatrixColumn(custom, { label: '!!!' }).columns?.at(-1)?.id).toBe('column');
  });

  it('rename: a new label; blank keeps it', () => {
    const d = valid(renameMatrixRow(custom, 'a', 'Ny A'));
    expect(d.rows?.[0]).toEqual({ id: 'a', label: 'Ny A', own: 1 });
    expect(renameMatrixRow(custom, 'a', ' ')).toBe(custom);
    expect(renameMatrixRow(custom, 'a', 'A')).toBe(custom);
    expect(renameMatrixColumn(custom, 'y', 'Why').columns?.[1]).toEqual({
      id: 'y',
      label: 'Why',
      group: 'G',
    });
    expect(renameMatrixColumn(custom, 'zz', 'Z')).toBe(custom);
  });

  it('remove: the row or column with its cells (and the row’s «no answer»)', () => {
    const silent = setMatrixNoAnswer(custom, 'b', true);
    const noB = valid(removeMatrixRow(silent, 'b'));
    expect(noB.rows?.map((r) => r.id)).toEqual(['a']);
    expect(noB.noAnswer).toBeUndefined();
    const noA = valid(removeMatrixRow(custom, 'a'));
    expect(noA.cells).toEqual([]);
    const noX = valid(removeMatrixColumn(custom, 'x'));
    expect(noX.columns?.map((c) => c.id)).toEqual(['y']);
    expect(noX.cells).toEqual([]);
    expect(removeMatrixRow(custom, 'zz')).toBe(custom);
  });

  it('move: as the move menu does, clamped; no move returns the document', () => {
    expect(moveMatrixRow(custom, 0, 1).rows?.map((r) => r.id)).toEqual(['b', 'a']);
    expect(moveMatrixColumn(custom, 1, -5).columns?.map((c) => c.id)).toEqual(['y', 'x']);
    expect(moveMatrixRow(custom, 0, 0)).toBe(custom);
    expect(moveMatrixRow(custom, 7, 0)).toBe(custom);
  });
});

describe('edits on a preset', () => {
  const radmann = doc({ preset: 'radmann' });

  it('write the preset list out as ids, so its texts stay in every language', () => {
    const d = valid(removeMatrixRow(radmann, 'radmenn'));
    expect(d.rows).toEqual([
      { id: 'fylkesdirektorer' },
      { id: 'nav-ledere' },
      { id: 'avdelingsledere' },
    ]);
    expect(d.columns).toBeUndefined();
    expect(resolveMatrix(d, 'nn').rows.map((r) => r.label)).toEqual([
      'Fylkesdirektørar/stab',
      'NAV-leiarar',
      'Avd. leiarar/rådgivarar',
    ]);
    // A removed preset row comes back by its id, with its texts.
    const back = valid(addMatrixRow(d, { id: 'radmenn' }, 1));
    expect(resolveMatrix(back, 'en').rows.map((r) => r.id)).toEqual(
      resolveMatrix(radmann, 'en').rows.map((r) => r.id),
    );
  });

  it('rename a preset column; a blank name gives the preset text back', () => {
    const renamed = valid(renameMatrixColumn(radmann, 'radmann-05', 'Flere møter'));
    expect(renamed.columns?.[4]).toEqual({ id: 'radmann-05', label: 'Flere møter' });
    expect(resolveMatrix(renamed, 'en').columns[4]?.label).toBe('Flere møter');
    const back = valid(renameMatrixColumn(renamed, 'radmann-05', ''));
    expect(back.columns?.[4]).toEqual({ id: 'radmann-05' });
    expect(resolveMatrix(back, 'en').columns[4]?.label).toBe('More meeting points');
  });

  it('cycle on the preset scale: held → not discussed', () => {
    const held = valid(cycleMatrixCell(radmann, 'nav-ledere', 'radmann-05'));
    expect(held.cells).toEqual([{ row: 'nav-ledere', column: 'radmann-05', value: 'marked' }]);
    expect(cycleMatrixCell(held, 'nav-ledere', 'radmann-05').cells).toEqual([]);
  });
});
