import { describe, expect, it } from 'vitest';
import { EXAMPLE_NETWORK } from '../catalog/example-offices.js';
import { parseModelData } from '../schema/model.js';
import type { AreaStatus, ModelDocument } from '../types.js';
import { deriveNetworkStatus, networkOfModels } from './derive.js';
import {
  addMatrixRow,
  clearMatrixCell,
  cycleMatrixCell,
  moveMatrixColumn,
  removeMatrixRow,
  setMatrixCell,
  setMatrixNoAnswer,
  toggleMatrixMain,
} from './edit.js';
import { quickParseMatrix } from './matrix-schema.js';
import { parseMatrix } from './parse.js';
import { resolveMatrix } from './resolve.js';
import { tallyMatrixColumns } from './tally.js';
import type { MatrixDocument } from './types.js';

// EXAMPLE DATA: the 15 offices of the Agder pilot network (appendix A) with made-up model
// statuses (the report's tables lost their values). Gjerstad and Bygland give none.
const CYCLE: readonly (AreaStatus | undefined)[] = ['strong', 'improve', 'unknown', undefined];
const SILENT = new Set(['gjerstad', 'bygland']);
const networkDocuments: ModelDocument[] = EXAMPLE_NETWORK.offices.map((office, i) => ({
  title: `NAV ${office.name} (eksempel)`,
  areas: SILENT.has(office.id)
    ? [{ id: 3, status: 'unknown' }]
    : Array.from({ length: 20 }, (_, a) => {
        const status = CYCLE[(a + i) % CYCLE.length];
        return {
          id: a + 1,
          ...(status ? { status } : {}),
          ...((a + i) % 5 === 0 ? { planned: true } : {}),
        };
      }),
}));

describe('deriveNetworkStatus', () => {
  it('the example network: 15 offices × the 20 areas, valid matrix data', () => {
    expect(parseModelData(networkDocuments).ok).toBe(true);
    const doc = deriveNetworkStatus(networkDocuments, 'nb');
    expect(parseMatrix(doc)).toEqual({ ok: true, value: doc });
    expect(doc.preset).toBe('network-status');
    const matrix = resolveMatrix(doc, 'nb');
    expect(matrix.title).toBe('Status i nettverket i dag');
    expect(matrix.rows).toHaveLength(15);
    expect(matrix.columns).toHaveLength(20);
    expect(matrix.rows[0]).toEqual({
      id: 'nav-kvinesdal-eksempel',
      label: 'NAV Kvinesdal (eksempel)',
      noAnswer: false,
    });
    expect(matrix.columns[0]?.label).toBe('Samfunnsoppdrag og strategi');
    expect(matrix.columns.at(-1)?.label).toBe('NAVs rolle for innbyggerne');
    expect(matrix.scale.map((s) => s.id)).toEqual(['strong', 'improve']);
  });

  it('cells from the statuses; «unknown» is an empty cell; planned and notes kept', () => {
    const doc = deriveNetworkStatus(
      [
        {
          title: 'NAV Arendal',
          areas: [
            { id: 1, status: 'strong', note: 'Felles plan' },
            { id: 2, status: 'unknown', planned: true },
            { id: 3, status: 'improve' },
            { id: 5, status: 'unknown' },
            { id: 21, status: 'strong' },
          ],
          catalog: { areas: [{ id: 21, name: 'Ungdom', levels: ['kontor'] }] },
        },
      ],
      'en',
    );
    expect(doc.cells).toEqual([
      { row: 'nav-arendal', column: 'area-1', value: 'strong', note: 'Felles plan' },
      { row: 'nav-arendal', column: 'area-2', planned: true },
      { row: 'nav-arendal', column: 'area-3', value: 'improve' },
    ]);
    expect(doc.noAnswer).toBeUndefined();
    expect(doc.columns?.[0]).toEqual({
      id: 'area-1',
      label: 'Social mission and strategy',
      group: 'All three levels',
      area: 1,
    });
  });

  it('an office with no statuses at all is a «no answer» row', () => {
    const doc = deriveNetworkStatus(networkDocuments, 'nn');
    expect(doc.noAnswer).toEqual(['nav-gjerstad-eksempel', 'nav-bygland-eksempel']);
    const matrix = resolveMatrix(doc, 'nn');
    expect(matrix.rows.filter((r) => r.noAnswer).map((r) => r.label)).toEqual([
      'NAV Gjerstad (eksempel)',
      'NAV Bygland (eksempel)',
    ]);
    for (const tally of tallyMatrixColumns(matrix)) expect(tally.noAnswer).toBe(2);
    expect(deriveNetworkStatus([{}, { areas: [] }], 'nb').noAnswer).toEqual([
      'office-1',
      'office-2',
    ]);
  });

  it('columns grouped by the model’s regions, in the model’s order', () => {
    const columns = deriveNetworkStatus([], 'nb').columns ?? [];
    const groups = [...new Set(columns.map((c) => c.group))];
    expect(groups).toEqual([
      'Alle tre nivåene',
      'Eiernivå',
      'Kontornivå',
      'Tjenestenivå',
      'Eier- og kontornivå',
      'Eier- og tjenestenivå',
      'Kontor- og tjenestenivå',
    ]);
    expect(columns.filter((c) => c.group === 'Eiernivå')).toHaveLength(7);
  });

  it('row ids: the document’s own id, else from the title, always unique', () => {
    const doc = deriveNetworkStatus(
      [{ id: 'arendal', title: 'A' }, { title: 'NAV Ås' }, { title: 'NAV Ås' }, { title: '  ' }],
      'en',
    );
    expect(doc.rows).toEqual([
      { id: 'arendal', label: 'A' },
      { id: 'nav-as', label: 'NAV Ås' },
      { id: 'nav-as-2', label: 'NAV Ås' },
      { id: 'office-4', label: 'Office 4' },
    ]);
    expect(parseMatrix(doc).ok).toBe(true);
  });
});

const RADMANN_LIKE: MatrixDocument = { preset: 'radmann' };

describe('a matrix document with `models`: the network derived as data, edits into the models', () => {
  const models: ModelDocument[] = [
    { id: 'solvik', title: 'NAV Solvik', areas: [{ id: 4, status: 'improve', note: 'Ny avtale' }] },
    { title: 'NAV Fjellby', areas: [{ id: 16, status: 'strong', planned: true }], mine: 1 },
    { title: 'NAV Tom', areas: [] },
  ];
  const doc: MatrixDocument = { title: 'Vårt nettverk', models, extra: { kept: true } };

  it('parses, comes back unchanged, and resolves to offices × the 20 areas in each language', () => {
    expect(quickParseMatrix(doc)).toEqual(doc);
    expect(parseMatrix(doc)).toEqual({ ok: true, value: doc });
    for (const lang of ['nb', 'nn', 'en'] as const) {
      const matrix = resolveMatrix(networkOfModels(doc, lang), lang);
      expect(matrix.title).toBe('Vårt nettverk');
      expect(matrix.preset).toBe('network-status');
      expect(matrix.rows.map((r) => [r.id, r.noAnswer])).toEqual([
        ['solvik', false],
        ['nav-fjellby', false],
        ['nav-tom', true],
      ]);
      expect(matrix.columns).toHaveLength(20);
      expect(matrix.cells.get('solvik')?.get('area-4')?.value?.id).toBe('improve');
      expect(matrix.cells.get('solvik')?.get('area-4')?.note).toBe('Ny avtale');
    }
    expect(resolveMatrix(networkOfModels({ models }, 'en'), 'en').title).toBe(
      resolveMatrix(deriveNetworkStatus(models, 'en'), 'en').title,
    );
  });

  it('cycles a cell through strong, improve and empty in the office model, keeping the rest', () => {
    const once = cycleMatrixCell(doc, 'nav-tom', 'area-2');
    expect(once.models?.[2]?.areas).toEqual([{ id: 2, status: 'strong' }]);
    const twice = cycleMatrixCell(once, 'nav-tom', 'area-2');
    expect(twice.models?.[2]?.areas).toEqual([{ id: 2, status: 'improve' }]);
    const thrice = cycleMatrixCell(twice, 'nav-tom', 'area-2');
    expect(thrice.models?.[2]?.areas).toEqual([{ id: 2, status: 'unknown' }]);
    expect(resolveMatrix(networkOfModels(thrice, 'nb'), 'nb').cells.get('nav-tom')).toBeUndefined();
    expect(networkOfModels(RADMANN_LIKE, 'nb')).toBe(RADMANN_LIKE);
    // Nothing else moved: the other models are the same objects, unknown fields kept.
    expect(thrice.models?.[0]).toBe(models[0]);
    expect(thrice.extra).toEqual({ kept: true });
    expect(doc.models?.[2]?.areas).toEqual([]);
  });

  it('clears a value to «unknown» and keeps the note and the plan mark', () => {
    const cleared = clearMatrixCell(doc, 'nav-fjellby', 'area-16');
    expect(cleared.models?.[1]).toEqual({
      title: 'NAV Fjellby',
      areas: [{ id: 16, status: 'unknown', planned: true }],
      mine: 1,
    });
    expect(clearMatrixCell(cleared, 'nav-fjellby', 'area-16')).toBe(cleared);
  });

  it('leaves rows, columns, stars and unknown cells alone', () => {
    expect(addMatrixRow(doc, { label: 'Ny' })).toBe(doc);
    expect(removeMatrixRow(doc, 'solvik')).toBe(doc);
    expect(moveMatrixColumn(doc, 0, 3)).toBe(doc);
    expect(toggleMatrixMain(doc, 'solvik', 'area-4')).toBe(doc);
    expect(setMatrixNoAnswer(doc, 'solvik', true)).toBe(doc);
    expect(cycleMatrixCell(doc, 'nowhere', 'area-4')).toBe(doc);
    expect(cycleMatrixCell(doc, 'solvik', 'area-21')).toBe(doc);
    expect(setMatrixCell(doc, 'solvik', 'area-4', 'marked')).toBe(doc);
  });

  it('rejects what the derivation makes, another preset and a bad model, naming where', () => {
    const result = parseMatrix({
      preset: 'radmann',
      cells: [],
      models: [
        { title: 'A', areas: [{ id: 3 }, { id: 3 }] },
        { areas: [{ id: 2, status: 'high' }] },
      ],
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((e) => e.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '$.cells',
        '$.preset',
        '$.models[0].areas[1].id',
        '$.models[1].areas[0].status',
      ]),
    );
    const texts = result.errors.map((e) => e.message.nb).join(' | ');
    expect(texts).toContain('«cells»');
    expect(texts).toContain('network-status');
    expect(result.errors.every((e) => e.message.nn && e.message.en)).toBe(true);
    expect(quickParseMatrix({ models: [{ areas: [{ id: 3 }, { id: 3 }] }] })).toBeUndefined();
  });
});
