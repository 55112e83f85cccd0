import { describe, expect, it } from 'vitest';
import { EXAMPLE_NETWORK } from '../catalog/example-offices.js';
import { parseModelData } from '../schema/model.js';
import type { AreaStatus, ModelDocument } from '../types.js';
import { deriveNetworkStatus } from './derive.js';
import { parseMatrix } from './parse.js';
import { resolveMatrix } from './resolve.js';
import { tallyMatrixColumns } from './tally.js';

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
