import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../i18n/lang.js';
import type { CatalogAreaInput, Localized } from '../types.js';
import { AREA_TEXTS, AREAS, resolveAreas, withAreaTexts } from './area-texts.js';
import { AREA_BASICS } from './areas.js';
import { EXAMPLE_NETWORK } from './example-offices.js';
import { BUILT_IN_AREA_COUNT, isBuiltInAreaId } from './ids.js';
import { EXPECTATION_PRESETS, ROLE_GROUPS } from './expectations.js';
import { LEVELS } from './level-texts.js';
import { isLevelId, LEVEL_IDS } from './levels.js';
import { areaName, regionKey, resolveAreaNames } from './resolve.js';

const complete = (text: Localized | undefined, what: string) => {
  expect(text, what).toBeDefined();
  for (const lang of LANGS) expect(text?.[lang]?.trim(), `${what} ${lang}`).toBeTruthy();
};

describe('LEVELS', () => {
  it('has the three levels in canonical order with names in every language', () => {
    expect(LEVELS.map((l) => l.id)).toEqual(['eier', 'kontor', 'tjeneste']);
    expect(LEVEL_IDS).toEqual(['eier', 'kontor', 'tjeneste']);
    expect(LEVELS.map((l) => l.name.nb)).toEqual(['Eiernivå', 'Kontornivå', 'Tjenestenivå']);
    expect(LEVELS[0]?.name.nn).toBe('Eigarnivå');
    expect(LEVELS[0]?.name.en).toBe('Owner level');
    for (const level of LEVELS) complete(level.description, level.id);
  });

  it('isLevelId accepts only the three ids', () => {
    expect(LEVEL_IDS.every(isLevelId)).toBe(true);
    expect(isLevelId('Eier')).toBe(false);
    expect(isLevelId(undefined)).toBe(false);
  });
});

describe('AREAS', () => {
  // domain.md §1, the table of the 20 areas.
  const expected: [number, string, string, boolean][] = [
    [1, 'Samfunnsoppdrag og strategi', 'eier+kontor+tjeneste', false],
    [2, 'God og synlig ledelse', 'eier', false],
    [3, 'Rammer for partnerskapsmøter', 'eier', true],
    [4, 'Felles forståelse av oppdrag', 'eier', true],
    [5, 'Politisk dagsorden', 'eier', false],
    [6, 'Felles plan- og målstruktur', 'eier', true],
    [7, 'Plassering av oppgaver (tjenesteportefølje)', 'eier', true],
    [8, 'Sammenslåing / vertskommunesamarbeid', 'eier', true],
    [9, 'Vilkår ansatte', 'kontor', false],
    [10, 'Plassering i kommuneorganisasjonen', 'kontor', true],
    [11, 'Dobbeltarbeid', 'kontor', false],
    [12, 'Høy tjenestekvalitet og tjenestevolum', 'tjeneste', false],
    [13, 'Godt forhold til andre enheter', 'tjeneste', false],
    [
      14,
      'Kommunal interesse for NAV-kontoret og statlig forståelse av kommunale oppgaver',
      'tjeneste',
      true,
    ],
    [15, 'Tillit til NAV-leder', 'eier+kontor', false],
    [16, 'Økonomisk handlingsrom', 'eier+kontor', true],
    [17, 'Strategisk utvikling av tjenester', 'eier+tjeneste', true],
    [18, 'Lokal tilpasning av tjenestetilbud', 'eier+tjeneste', true],
    [19, 'Mange systemer', 'kontor+tjeneste', false],
    [20, 'NAVs rolle for innbyggerne', 'kontor+tjeneste', false],
  ];

  it('holds the 20 areas of the model exactly', () => {
    expect(AREAS.map((a) => [a.id, a.name.nb, regionKey(a.levels), a.prioritisedInPilot])).toEqual(
      expected,
    );
  });

  it('matches the built-in id range used by the parser', () => {
    expect(AREAS.map((a) => a.id)).toEqual(
      Array.from({ length: BUILT_IN_AREA_COUNT }, (_, i) => i + 1),
    );
    expect([0, 1, 20, 21, 1.5].map(isBuiltInAreaId)).toEqual([false, true, true, false, false]);
  });

  it('keeps levels in canonical order', () => {
    for (const area of AREAS) {
      expect(area.levels).toEqual(LEVEL_IDS.filter((id) => area.levels.includes(id)));
    }
  });

  it('has names and descriptions in every language, distinct per area', () => {
    for (const area of AREAS) {
      complete(area.name, `name ${area.id}`);
      complete(area.description, `description ${area.id}`);
    }
    for (const lang of LANGS) {
      expect(new Set(AREAS.map((a) => a.name[lang])).size).toBe(20);
      expect(new Set(AREAS.map((a) => a.description[lang])).size).toBe(20);
    }
  });

  it('keeps descriptions compact (bundle size)', () => {
    for (const area of AREAS) {
      for (const lang of LANGS) expect(area.description[lang].length).toBeLessThanOrEqual(110);
    }
  });

  it('names the tools seed 003 suggests', () => {
    const withTool = AREAS.filter((a) => a.tool).map((a) => a.id);
    expect(withTool).toEqual([2, 3, 4, 5, 6, 8, 13]);
    for (const area of AREAS) if (area.tool) complete(area.tool, `tool ${area.id}`);
    expect(AREAS[5]?.tool?.nb).toBe('Mal for felles virksomhetsplan');
  });

  it('puts seven areas in the owner-only region', () => {
    const regions = new Map<string, number>();
    for (const a of AREAS)
      regions.set(regionKey(a.levels), (regions.get(regionKey(a.levels)) ?? 0) + 1);
    expect(Object.fromEntries(regions)).toEqual({
      'eier+kontor+tjeneste': 1,
      eier: 7,
      kontor: 3,
      tjeneste: 3,
      'eier+kontor': 2,
      'eier+tjeneste': 2,
      'kontor+tjeneste': 2,
    });
  });
});

describe('regionKey', () => {
  it('orders levels canonically and ignores duplicates', () => {
    expect(regionKey(['tjeneste', 'eier'])).toBe('eier+tjeneste');
    expect(regionKey(['kontor', 'kontor'])).toBe('kontor');
    expect(regionKey([])).toBe('');
  });
});

describe('resolveAreas', () => {
  it('returns the built-in areas without a custom catalog', () => {
    const areas = resolveAreas();
    expect(areas.map((a) => a.id)).toEqual(AREAS.map((a) => a.id));
    expect(areas.every((a) => !a.custom)).toBe(true);
    expect(areas[14]?.region).toBe('eier+kontor');
    expect(areas[0]).toMatchObject(AREAS[0] as object);
  });

  it('renames an existing area in every language, keeping the rest', () => {
    const [first] = resolveAreas([{ id: 1, name: 'Vårt oppdrag' }]);
    expect(first?.name).toEqual({ nb: 'Vårt oppdrag', nn: 'Vårt oppdrag', en: 'Vårt oppdrag' });
    expect(first?.description).toEqual(AREAS[0]?.description);
    expect(first?.levels).toEqual(['eier', 'kontor', 'tjeneste']);
    expect(first?.custom).toBe(false);
  });

  it('re-describes, re-tools and moves an existing area', () => {
    const area = resolveAreas([
      { id: 19, description: 'Fagsystemene', tool: 'Systemkart', levels: ['tjeneste', 'kontor'] },
    ]).find((a) => a.id === 19);
    expect(area?.description.nn).toBe('Fagsystemene');
    expect(area?.tool?.en).toBe('Systemkart');
    expect(area?.levels).toEqual(['kontor', 'tjeneste']);
    expect(area?.name).toEqual(AREAS[18]?.name);
    expect(area?.prioritisedInPilot).toBe(false);
  });

  it('adds a new area after the built-in ones, sorted by id', () => {
    const areas = resolveAreas([
      { id: 30, name: 'Frivillighet', levels: ['tjeneste'] },
      { id: 21, name: 'Ungdom', levels: ['kontor', 'eier'], description: 'Unge utenfor arbeid' },
    ]);
    expect(areas.map((a) => a.id).slice(-3)).toEqual([20, 21, 30]);
    const young = areas.find((a) => a.id === 21);
    expect(young).toMatchObject({
      custom: true,
      region: 'eier+kontor',
      levels: ['eier', 'kontor'],
      prioritisedInPilot: false,
      name: { nb: 'Ungdom', nn: 'Ungdom', en: 'Ungdom' },
      description: { en: 'Unge utenfor arbeid' },
    });
    expect(young?.tool).toBeUndefined();
  });

  it('skips an incomplete new area instead of throwing', () => {
    expect(
      resolveAreas([
        { id: 40, name: 'Uten nivå' },
        { id: 41, levels: ['eier'] },
      ]),
    ).toHaveLength(20);
  });

  it('lets a later entry for the same id win', () => {
    const area = resolveAreas([
      { id: 2, name: 'A' },
      { id: 2, name: 'B' },
    ]).find((a) => a.id === 2);
    expect(area?.name.nb).toBe('B');
  });

  it('does not modify AREAS', () => {
    resolveAreas([{ id: 1, name: 'X', levels: ['eier'] }]);
    expect(AREAS[0]?.name.nb).toBe('Samfunnsoppdrag og strategi');
    expect(AREAS[0]?.levels).toHaveLength(3);
  });
});

describe('resolveAreaNames + withAreaTexts (texts loaded apart)', () => {
  const catalogs = [
    undefined,
    [{ id: 1, name: 'Vårt oppdrag' }],
    [{ id: 19, description: 'Fagsystemene', tool: 'Systemkart', levels: ['tjeneste' as const] }],
    [{ id: 2, tool: 'Egen mal' }],
    [
      { id: 21, name: 'Ungdom', levels: ['kontor' as const], description: 'Unge' },
      { id: 30, name: 'Frivillighet', levels: ['tjeneste' as const] },
    ],
  ];

  it('leaves out the built-in texts, keeps names, levels and a custom catalog’s texts', () => {
    const areas = resolveAreaNames();
    expect(areas.map((a) => [a.id, a.name, a.region])).toEqual(
      resolveAreas().map((a) => [a.id, a.name, a.region]),
    );
    expect(areas.every((a) => a.description.nb === '' && a.tool === undefined)).toBe(true);
    const custom = resolveAreaNames([{ id: 19, description: 'Fagsystemene', tool: 'Kart' }]);
    expect(custom.find((a) => a.id === 19)?.description.nn).toBe('Fagsystemene');
    expect(custom.find((a) => a.id === 19)?.tool?.en).toBe('Kart');
  });

  it('gives what resolveAreas gives once the texts are added', () => {
    for (const catalog of catalogs)
      expect(resolveAreaNames(catalog).map(withAreaTexts), JSON.stringify(catalog)).toEqual(
        resolveAreas(catalog),
      );
  });

  it('agrees with resolveAreas for any custom catalog, blank texts included', () => {
    // Blank texts are what a CMS form left empty: both paths must keep the built-in text.
    const text = fc.oneof(fc.constantFrom('', ' ', '\n'), fc.string({ maxLength: 8 }));
    const entry: fc.Arbitrary<CatalogAreaInput> = fc.record(
      {
        id: fc.integer({ min: 1, max: 24 }),
        name: text,
        levels: fc.subarray([...LEVEL_IDS]),
        description: text,
        tool: text,
      },
      { requiredKeys: ['id'] },
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 6 }), (catalog) => {
        expect(resolveAreaNames(catalog).map(withAreaTexts)).toEqual(resolveAreas(catalog));
      }),
      { numRuns: 1000 },
    );
  });

  it('keeps the built-in texts and name where a custom entry leaves them blank', () => {
    const [area] = resolveAreas([{ id: 3, name: ' ', description: '', tool: '  ' }]).filter(
      (a) => a.id === 3,
    );
    const builtIn = AREAS.find((a) => a.id === 3);
    expect(area?.name).toEqual(builtIn?.name);
    expect(area?.description).toEqual(builtIn?.description);
    expect(area?.tool).toEqual(builtIn?.tool);
    // A blank name does not make a new area: it is skipped as incomplete.
    expect(resolveAreas([{ id: 22, name: '', levels: ['eier'] }]).some((a) => a.id === 22)).toBe(
      false,
    );
  });

  it('has texts for exactly the built-in areas, and AREAS joins them with the basics', () => {
    expect(Object.keys(AREA_TEXTS).map(Number)).toEqual(AREA_BASICS.map((a) => a.id));
    for (const area of AREAS) {
      expect(area.description).toEqual(AREA_TEXTS[area.id]?.description);
      expect(area.tool).toEqual(AREA_TEXTS[area.id]?.tool);
    }
  });
});

describe('areaName', () => {
  it('picks the language', () => {
    const area = AREAS[1];
    if (!area) throw new Error('missing');
    expect(areaName(area, 'nb')).toBe('God og synlig ledelse');
    expect(areaName(area, 'nn')).toBe('God og synleg leiing');
    expect(areaName(area, 'en')).toBe('Good and visible leadership');
  });
});

describe('expectations', () => {
  it('has the four role groups in order', () => {
    expect(ROLE_GROUPS.map((g) => g.name.nb)).toEqual([
      'Fylkesdirektører/stab',
      'Rådmenn',
      'NAV-ledere',
      'Avd. ledere/rådgivere',
    ]);
    for (const group of ROLE_GROUPS) complete(group.name, group.id);
    expect(new Set(ROLE_GROUPS.map((g) => g.id)).size).toBe(4);
  });

  it('has 12 expectations of the rådmann and 20 of the fylkesdirektør', () => {
    expect(EXPECTATION_PRESETS.radmann).toHaveLength(12);
    expect(EXPECTATION_PRESETS.fylkesdirektor).toHaveLength(20);
  });

  it('uses stable, unique ids and complete texts', () => {
    const all = [...EXPECTATION_PRESETS.radmann, ...EXPECTATION_PRESETS.fylkesdirektor];
    expect(new Set(all.map((e) => e.id)).size).toBe(32);
    expect(EXPECTATION_PRESETS.radmann[0]?.id).toBe('radmann-01');
    expect(EXPECTATION_PRESETS.fylkesdirektor[19]?.id).toBe('fylkesdirektor-20');
    for (const e of all) complete(e.text, e.id);
  });

  it('keeps the nb texts verbatim', () => {
    expect(EXPECTATION_PRESETS.radmann.map((e) => e.text.nb)).toContain(
      'NAV-leder blir del av rådmannens ledergruppe / sektor',
    );
    expect(EXPECTATION_PRESETS.radmann[3]?.text.nb).toBe('Være mer «på» / aktiv ledelse');
    expect(EXPECTATION_PRESETS.fylkesdirektor[17]?.text.nb).toBe(
      'Like lønns- og arbeidsvilkår (begge sider)',
    );
    expect(EXPECTATION_PRESETS.fylkesdirektor[19]?.text.nb).toBe(
      'Tydeliggjøre hvilke tjenester som skal ligge i NAV',
    );
  });
});

describe('EXAMPLE_NETWORK', () => {
  it('is marked as example data', () => {
    expect(EXAMPLE_NETWORK.isExample).toBe(true);
    complete(EXAMPLE_NETWORK.source, 'source');
  });

  it('lists the 15 offices of the pilot with unique ASCII ids', () => {
    expect(EXAMPLE_NETWORK.offices).toHaveLength(15);
    expect(EXAMPLE_NETWORK.offices[0]).toEqual({ id: 'kvinesdal', name: 'Kvinesdal' });
    expect(EXAMPLE_NETWORK.offices.map((o) => o.name)).toContain('Bygland');
    const ids = EXAMPLE_NETWORK.offices.map((o) => o.id);
    expect(new Set(ids).size).toBe(15);
    for (const id of ids) expect(id).toMatch(/^[a-z-]+$/);
  });

  it('has 18 status themes and 15 development areas with unique ids', () => {
    for (const [columns, count] of [
      [EXAMPLE_NETWORK.statusThemes, 18],
      [EXAMPLE_NETWORK.developmentAreas, 15],
    ] as const) {
      expect(columns).toHaveLength(count);
      expect(new Set(columns.map((c) => c.id)).size).toBe(count);
      for (const c of columns) {
        complete(c.name, c.id);
        if (c.areaId !== undefined) expect(AREAS.some((a) => a.id === c.areaId)).toBe(true);
      }
    }
  });

  it('keeps the duplicated source label of table 2', () => {
    const labels = EXAMPLE_NETWORK.developmentAreas.map((c) => c.name.nb);
    expect(labels.filter((l) => l === 'Strategisk utvikling av tjenester')).toHaveLength(2);
  });

  it('holds no assessments', () => {
    expect(JSON.stringify(EXAMPLE_NETWORK)).not.toMatch(/strong|improve|prioriti[sz]ed"/);
  });
});
