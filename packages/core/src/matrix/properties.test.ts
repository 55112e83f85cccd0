import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cycleMatrixCell, setMatrixCell } from './edit.js';
import { quickParseMatrix } from './matrix-schema.js';
import { parseMatrix } from './parse.js';
import { resolveMatrix, transposeMatrix } from './resolve.js';
import { matrixConsensus, tallyMatrixColumns, tallyMatrixRows } from './tally.js';
import type { MatrixCell, MatrixDocument } from './types.js';

// Property tests over random valid matrix documents (no preset: every list given), with
// unknown fields on the document, its rows, columns, scale items and cells.

const id = fc.stringMatching(/^[a-zæøå]{1,3}$/);
const label = fc.string({ minLength: 1, maxLength: 6 }).filter((s) => s.trim() !== '');
const extra = fc.dictionary(
  fc.constantFrom('meta', 'colour', 'order', 'x'),
  fc.jsonValue({ maxDepth: 2 }),
  { maxKeys: 2 },
);
const items = (ids: readonly string[]) =>
  fc
    .tuple(...ids.map(() => fc.tuple(label, extra)))
    .map((parts) =>
      parts.map(([text, more], i) => ({ ...more, id: ids[i] as string, label: text })),
    );

const matrixDocument: fc.Arbitrary<MatrixDocument> = fc
  .record({
    rows: fc.uniqueArray(id, { maxLength: 6 }),
    columns: fc.uniqueArray(id, { maxLength: 6 }),
    scale: fc.uniqueArray(id, { minLength: 1, maxLength: 4 }),
  })
  .chain(({ rows, columns, scale }) => {
    const pairs = rows.flatMap((row) => columns.map((column) => ({ row, column })));
    const cell = (place: { row: string; column: string }) =>
      fc
        .record(
          {
            value: fc.constantFrom(...scale),
            main: fc.boolean(),
            note: fc.string({ maxLength: 4 }),
          },
          { requiredKeys: [] },
        )
        .chain((fields) => extra.map((more): MatrixCell => ({ ...more, ...place, ...fields })));
    return fc.record({
      title: fc.string({ maxLength: 8 }),
      rows: items(rows),
      columns: items(columns),
      scale: items(scale),
      cells: fc.subarray(pairs).chain((chosen) => fc.tuple(...chosen.map(cell))),
      noAnswer: fc.subarray(rows),
      more: extra,
    });
  })
  .map(({ more, cells, noAnswer, ...doc }) => {
    // A «no answer» row holds no values or stars.
    const silent = noAnswer.filter((row) =>
      cells.every((c) => c.row !== row || (c.value === undefined && c.main === undefined)),
    );
    return { ...more, ...doc, cells, noAnswer: silent };
  });

describe('matrix properties', () => {
  it('parse → value deep-equals the input, unknown fields included; quick parse agrees', () => {
    fc.assert(
      fc.property(matrixDocument, (doc) => {
        const result = parseMatrix(doc);
        expect(result).toEqual({ ok: true, value: doc });
        expect(quickParseMatrix(doc)).toEqual(doc);
      }),
    );
  });

  it('transposing twice gives back the same matrix', () => {
    fc.assert(
      fc.property(matrixDocument, fc.constantFrom('nb', 'nn', 'en'), (doc, lang) => {
        const matrix = resolveMatrix(doc, lang);
        const once = transposeMatrix(matrix);
        expect(once.rows).toEqual(matrix.columns);
        expect(once.transposed).toBe(true);
        expect(transposeMatrix(once)).toEqual(matrix);
      }),
    );
  });

  it('tallies sum to the row count per column (and the column count per row)', () => {
    fc.assert(
      fc.property(matrixDocument, (doc) => {
        const matrix = resolveMatrix(doc, 'nb');
        const sum = (t: { counts: readonly number[]; empty: number; noAnswer: number }) =>
          t.counts.reduce((a, b) => a + b, 0) + t.empty + t.noAnswer;
        const columns = tallyMatrixColumns(matrix);
        expect(columns.map((t) => t.id)).toEqual(matrix.columns.map((c) => c.id));
        for (const t of columns) expect(sum(t)).toBe(matrix.rows.length);
        for (const t of tallyMatrixRows(matrix)) expect(sum(t)).toBe(matrix.columns.length);
        // A row tally is the column tally of the transposed view.
        expect(tallyMatrixRows(matrix)).toEqual(tallyMatrixColumns(transposeMatrix(matrix)));
        // Every value counted once: the column tallies add up to the filled, answering cells.
        const filled = (doc.cells ?? []).filter(
          (c) => c.value !== undefined && !doc.noAnswer?.includes(c.row),
        ).length;
        expect(columns.flatMap((t) => t.counts).reduce((a, b) => a + b, 0)).toBe(filled);
      }),
    );
  });

  it('a consensus column: at least two answering rows, all holding its value', () => {
    fc.assert(
      fc.property(matrixDocument, (doc) => {
        const matrix = resolveMatrix(doc, 'nb');
        const answering = matrix.rows.filter((r) => !r.noAnswer);
        const agreed = new Map(matrixConsensus(matrix).map((c) => [c.id, c.value.id]));
        for (const column of matrix.columns) {
          const values = answering.map((r) => matrix.cells.get(r.id)?.get(column.id)?.value?.id);
          const all =
            answering.length >= 2 && values.every((v) => v !== undefined && v === values[0]);
          expect(agreed.get(column.id)).toBe(all ? values[0] : undefined);
        }
      }),
    );
  });

  it('cycling a cell through the whole scale gives the cell back as it was', () => {
    const sorted = (doc: MatrixDocument) =>
      [...(doc.cells ?? [])].sort((a, b) =>
        `${a.row}\u0000${a.column}`.localeCompare(`${b.row}\u0000${b.column}`),
      );
    fc.assert(
      fc.property(matrixDocument, fc.nat(), fc.nat(), (doc, r, c) => {
        const rows = (doc.rows ?? []).filter((row) => !doc.noAnswer?.includes(row.id));
        const columns = doc.columns ?? [];
        fc.pre(rows.length > 0 && columns.length > 0);
        const row = rows[r % rows.length]!.id;
        const column = columns[c % columns.length]!.id;
        const frozen = structuredClone(doc);
        let current = doc;
        const seen = new Set<string | undefined>();
        for (let i = 0; i <= (doc.scale?.length ?? 0); i++) {
          current = cycleMatrixCell(current, row, column);
          seen.add(current.cells?.find((x) => x.row === row && x.column === column)?.value);
        }
        // Every value and the empty cell were visited, and nothing else changed. A cell that
        // held nothing but its place (no value, note or other field) is the empty cell: cycled
        // back to empty it is left out, as an empty cell always is.
        const bare = (x: MatrixCell) =>
          x.row === row &&
          x.column === column &&
          Object.keys(x).every((k) => k === 'row' || k === 'column');
        const given = { ...doc, cells: sorted(doc).filter((x) => !bare(x)) };
        expect(seen.size).toBe((doc.scale?.length ?? 0) + 1);
        expect({ ...current, cells: sorted(current) }).toEqual(given);
        expect(resolveMatrix(current, 'nb')).toEqual(resolveMatrix(doc, 'nb'));
        expect(doc).toEqual(frozen);
      }),
    );
  });

  it('edits keep the document valid', () => {
    fc.assert(
      fc.property(matrixDocument, fc.nat(), fc.nat(), fc.nat(), (doc, r, c, s) => {
        const rows = doc.rows ?? [];
        const columns = doc.columns ?? [];
        const scale = doc.scale ?? [];
        fc.pre(rows.length > 0 && columns.length > 0);
        const next = setMatrixCell(
          doc,
          rows[r % rows.length]!.id,
          columns[c % columns.length]!.id,
          scale[s % scale.length]!.id,
        );
        expect(parseMatrix(next).ok).toBe(true);
      }),
    );
  });
});
