import { describe, expect, it } from 'vitest';
import type { Lang } from '../types.js';
import { MATRIX_PRESETS, MATRIX_PRESET_IDS } from './presets.js';
import { parseMatrix } from './parse.js';
import { resolveMatrix } from './resolve.js';
import type { MatrixPresetId } from './types.js';

// Each preset renders its exact rows and columns (issue 10), in three languages: counts and the
// first and last label of each list, as the report gives them (seeds/001_e241e8882b4e5b18.txt).
const EXPECTED: Record<
  MatrixPresetId,
  {
    rows: number;
    columns: number;
    first: Record<Lang, [string, string]>;
    last: Record<Lang, [string, string]>;
  }
> = {
  radmann: {
    rows: 4,
    columns: 12,
    first: {
      nb: ['Fylkesdirektører/stab', 'NAV mer inn i planarbeid i kommunen'],
      nn: ['Fylkesdirektørar/stab', 'NAV meir inn i planarbeid i kommunen'],
      en: ['County directors/staff', 'NAV more involved in municipal planning'],
    },
    last: {
      nb: ['Avd. ledere/rådgivere', 'Mer ansvar for NAVs samfunnsoppdrag'],
      nn: ['Avd. leiarar/rådgivarar', 'Meir ansvar for samfunnsoppdraget til NAV'],
      en: ['Section heads/advisers', 'More responsibility for NAV’s social mission'],
    },
  },
  fylkesdirektor: {
    rows: 4,
    columns: 20,
    first: {
      nb: ['Fylkesdirektører/stab', 'Mer lokal styring av tiltaksmidler'],
      nn: ['Fylkesdirektørar/stab', 'Meir lokal styring av tiltaksmidlar'],
      en: ['County directors/staff', 'More local control of programme funds'],
    },
    last: {
      nb: ['Avd. ledere/rådgivere', 'Tydeliggjøre hvilke tjenester som skal ligge i NAV'],
      nn: ['Avd. leiarar/rådgivarar', 'Tydeleggjere kva tenester som skal liggje i NAV'],
      en: ['Section heads/advisers', 'Clarify which services belong in NAV'],
    },
  },
  'network-status': {
    rows: 15,
    columns: 18,
    first: {
      nb: ['Kvinesdal', 'Løsningsorientert'],
      nn: ['Kvinesdal', 'Løysingsorientert'],
      en: ['Kvinesdal', 'Solution-oriented'],
    },
    last: {
      nb: ['Bygland', 'Jevnlige partnerskapsmøter'],
      nn: ['Bygland', 'Jamlege partnarskapsmøte'],
      en: ['Bygland', 'Regular partnership meetings'],
    },
  },
  'network-priorities': {
    rows: 15,
    columns: 15,
    first: {
      nb: ['Kvinesdal', 'Felles virksomhetsplan/mål'],
      nn: ['Kvinesdal', 'Felles verksemdsplan/mål'],
      en: ['Kvinesdal', 'Joint business plan/goals'],
    },
    last: {
      nb: ['Bygland', 'Statlig forståelse av kommunale oppgaver'],
      nn: ['Bygland', 'Statleg forståing av kommunale oppgåver'],
      en: ['Bygland', 'State understanding of municipal tasks'],
    },
  },
};

const LANGS: readonly Lang[] = ['nb', 'nn', 'en'];

describe('matrix presets', () => {
  it('are the four of issue 10', () => {
    expect(MATRIX_PRESET_IDS).toEqual([
      'radmann',
      'fylkesdirektor',
      'network-status',
      'network-priorities',
    ]);
    expect(Object.keys(MATRIX_PRESETS).sort()).toEqual([...MATRIX_PRESET_IDS].sort());
  });

  for (const id of MATRIX_PRESET_IDS) {
    describe(id, () => {
      const want = EXPECTED[id];
      it('is valid data on its own', () => {
        expect(parseMatrix({ preset: id })).toEqual({ ok: true, value: { preset: id } });
      });

      for (const lang of LANGS) {
        it(`${lang}: exact rows and columns, first and last labels`, () => {
          const matrix = resolveMatrix({ preset: id }, lang);
          expect(matrix.rows).toHaveLength(want.rows);
          expect(matrix.columns).toHaveLength(want.columns);
          expect([matrix.rows[0]?.label, matrix.columns[0]?.label]).toEqual(want.first[lang]);
          expect([matrix.rows.at(-1)?.label, matrix.columns.at(-1)?.label]).toEqual(
            want.last[lang],
          );
          expect(matrix.title).toBe(MATRIX_PRESETS[id].title[lang]);
          expect(matrix.title).not.toBe('');
          expect(matrix.rowHeading).not.toBe('');
          expect(matrix.columnHeading).not.toBe('');
        });
      }

      it('has unique ids in rows, columns and scale', () => {
        const preset = MATRIX_PRESETS[id];
        for (const list of [preset.rows, preset.columns, preset.scale]) {
          expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
        }
      });

      it('gives every scale value a symbol and a tone, all different', () => {
        const { scale } = MATRIX_PRESETS[id];
        expect(new Set(scale.map((s) => s.symbol)).size).toBe(scale.length);
        expect(new Set(scale.map((s) => s.tone)).size).toBe(scale.length);
        for (const item of scale) expect(item.symbol.trim()).not.toBe('');
      });
    });
  }

  it('scales: held / not discussed; strong / can be strengthened; prioritised / discussed', () => {
    const nb = (id: MatrixPresetId) => {
      const m = resolveMatrix({ preset: id }, 'nb');
      return [...m.scale.map((s) => `${s.id}:${s.label}`), `empty:${m.empty.label}`];
    };
    expect(nb('radmann')).toEqual(['marked:Forventning', 'empty:Ikke diskutert']);
    expect(nb('fylkesdirektor')).toEqual(['marked:Forventning', 'empty:Ikke diskutert']);
    expect(nb('network-status')).toEqual([
      'strong:Sterkt',
      'improve:Kan styrkes',
      'empty:Ikke vurdert',
    ]);
    expect(nb('network-priorities')).toEqual([
      'prioritised:Prioritert',
      'discussed:Diskutert, ikke prioritert',
      'empty:Ikke vurdert',
    ]);
  });

  it('stars only in network-priorities', () => {
    for (const id of MATRIX_PRESET_IDS) {
      expect(resolveMatrix({ preset: id }, 'nb').main !== undefined, id).toBe(
        id === 'network-priorities',
      );
    }
  });

  it('fylkesdirektør: the three themes of ch. 3 as column groups (6, 8, 6)', () => {
    const columns = resolveMatrix({ preset: 'fylkesdirektor' }, 'nb').columns;
    const groups = columns.map((c) => c.group);
    expect(groups.slice(0, 6).every((g) => g === 'Myndiggjøring av NAV-kontor')).toBe(true);
    expect(groups.slice(6, 14).every((g) => g === 'Prioritering av det enkelte partnerskap')).toBe(
      true,
    );
    expect(groups.slice(14).every((g) => g === 'Lederskap')).toBe(true);
    expect(columns[14]?.label).toBe('Utfordre det lokale eierskapet');
    const en = resolveMatrix({ preset: 'fylkesdirektor' }, 'en').columns;
    expect(new Set(en.map((c) => c.group))).toEqual(
      new Set(['Empowering the NAV office', 'Priority for each partnership', 'Leadership']),
    );
  });

  it('rådmann and the network tables have no column groups', () => {
    for (const id of ['radmann', 'network-status', 'network-priorities'] as const) {
      expect(resolveMatrix({ preset: id }, 'nb').columns.some((c) => c.group)).toBe(false);
    }
  });

  it('network-priorities: the label «Strategisk utvikling av tjenester» twice, ids unique', () => {
    const columns = resolveMatrix({ preset: 'network-priorities' }, 'nb').columns;
    const twice = columns.filter((c) => c.label === 'Strategisk utvikling av tjenester');
    expect(twice.map((c) => c.id)).toEqual(['strategisk-1', 'strategisk-2']);
  });
});
