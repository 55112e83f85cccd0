// Direct unit tests of the pure view helpers of <mulighetsrom-model> (no DOM). Expected texts
// are written out from the catalogs in packages/core/src/i18n/ and the domain (domain.md §1).
import { expect } from '@open-wc/testing';
import type { Lang, ModelDocument, ResolvedArea, VennLayout } from '@mulighetsrom/core';
import {
  DASH,
  REGION_ORDER,
  accessibleName,
  aggregate,
  areaView,
  badgeDisc,
  badgePath,
  entryMap,
  geometryFor,
  legendGroups,
  displayTitle,
  levelName,
  n,
  nextInDirection,
  numberSize,
  plannedPath,
  regionName,
  statusLabel,
  statusPhrase,
  withEntry,
} from './model-view.js';

const builtIn = () => geometryFor(undefined);
const area = (id: number, geometry = builtIn()): ResolvedArea =>
  geometry.areas.find((a) => a.id === id)!;
const range = (from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Every vertex of a path made of M, L, l, h, z commands (what badgePath/plannedPath emit). */
function vertices(d: string): [number, number][] {
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  for (const [, cmd, args] of d.matchAll(/([MLlhZz])([^MLlhZz]*)/g)) {
    const v = args!.trim() === '' ? [] : args!.trim().split(/\s+/).map(Number);
    if (cmd === 'M' || cmd === 'L') [x, y] = [v[0]!, v[1]!];
    else if (cmd === 'l') [x, y] = [x + v[0]!, y + v[1]!];
    else if (cmd === 'h') x += v[0]!;
    else continue;
    expect(Number.isFinite(x) && Number.isFinite(y), d).to.equal(true);
    points.push([x, y]);
  }
  return points;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe('model-view: statuses, levels, regions', () => {
  it('gives the status as a running-text phrase and as a label in every language', () => {
    const phrases = (lang: Lang) =>
      (['strong', 'improve', 'unknown'] as const).map((s) => statusPhrase(s, lang));
    expect(phrases('nb')).to.deep.equal(['sterk', 'kan styrkes', 'ikke vurdert']);
    expect(phrases('nn')).to.deep.equal(['sterk', 'kan styrkjast', 'ikkje vurdert']);
    expect(phrases('en')).to.deep.equal(['strong', 'can be strengthened', 'not assessed']);
    expect(statusLabel('strong', 'nb')).to.equal('Sterkt');
    expect(statusLabel('improve', 'nn')).to.equal('Kan styrkjast');
    expect(statusLabel('unknown', 'en')).to.equal('Not assessed');
  });

  it('names the levels and the seven regions', () => {
    expect(levelName('eier', 'nb')).to.be.a('string').and.not.equal('');
    expect(levelName('eier', 'nb')).to.not.equal(levelName('kontor', 'nb'));
    expect(REGION_ORDER.map((mask) => regionName(mask, 'nb'))).to.deep.equal([
      'Alle tre nivåene',
      'Eiernivå',
      'Kontornivå',
      'Tjenestenivå',
      'Eier- og kontornivå',
      'Eier- og tjenestenivå',
      'Kontor- og tjenestenivå',
    ]);
    for (const lang of ['nb', 'nn', 'en'] as const) {
      expect(
        [1, 2, 4].map((mask) => regionName(mask, lang)),
        lang,
      ).to.deep.equal(
        (['eier', 'kontor', 'tjeneste'] as const).map((level) => levelName(level, lang)),
      );
    }
    expect(regionName(5, 'nn')).to.equal('Eigar- og tenestenivå');
    expect(regionName(6, 'en')).to.equal('Office and service levels');
    expect([...REGION_ORDER].sort()).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });
});

describe('model-view: entryMap and areaView', () => {
  it('maps entries by id and fills the defaults of a missing entry', () => {
    const doc: ModelDocument = {
      areas: [
        { id: 16, status: 'strong', planned: true, note: 'Budsjett' },
        { id: 2, status: 'improve' },
      ],
    };
    const map = entryMap(doc);
    expect([...map.keys()]).to.deep.equal([16, 2]);
    expect(entryMap(undefined).size).to.equal(0);
    expect(entryMap({}).size).to.equal(0);

    expect(areaView(area(16), map.get(16))).to.deep.equal({
      area: area(16),
      status: 'strong',
      planned: true,
      note: 'Budsjett',
    });
    expect(areaView(area(2), map.get(2))).to.include({
      status: 'improve',
      planned: false,
      note: '',
    });
    expect(areaView(area(9), undefined)).to.include({
      status: 'unknown',
      planned: false,
      note: '',
    });
  });
});

describe('model-view: accessibleName', () => {
  const cases: [Lang, number, 'strong' | 'improve' | 'unknown', string, string][] = [
    [
      'nb',
      16,
      'strong',
      '16 Økonomisk handlingsrom – sterk',
      '16 Økonomisk handlingsrom – sterk, i utviklingsplanen',
    ],
    [
      'nb',
      2,
      'improve',
      '2 God og synlig ledelse – kan styrkes',
      '2 God og synlig ledelse – kan styrkes, i utviklingsplanen',
    ],
    [
      'nb',
      9,
      'unknown',
      '9 Vilkår ansatte – ikke vurdert',
      '9 Vilkår ansatte – ikke vurdert, i utviklingsplanen',
    ],
    [
      'nn',
      16,
      'strong',
      '16 Økonomisk handlingsrom – sterk',
      '16 Økonomisk handlingsrom – sterk, i utviklingsplanen',
    ],
    [
      'nn',
      2,
      'improve',
      '2 God og synleg leiing – kan styrkjast',
      '2 God og synleg leiing – kan styrkjast, i utviklingsplanen',
    ],
    [
      'nn',
      9,
      'unknown',
      '9 Vilkår tilsette – ikkje vurdert',
      '9 Vilkår tilsette – ikkje vurdert, i utviklingsplanen',
    ],
    [
      'en',
      16,
      'strong',
      '16 Financial room for manoeuvre – strong',
      '16 Financial room for manoeuvre – strong, in the development plan',
    ],
    [
      'en',
      2,
      'improve',
      '2 Good and visible leadership – can be strengthened',
      '2 Good and visible leadership – can be strengthened, in the development plan',
    ],
    [
      'en',
      9,
      'unknown',
      '9 Employee terms and conditions – not assessed',
      '9 Employee terms and conditions – not assessed, in the development plan',
    ],
  ];

  for (const [lang, id, status, plain, planned] of cases) {
    it(`names area ${id} (${status}) in ${lang}, planned and not`, () => {
      const a = area(id);
      expect(accessibleName({ area: a, status, planned: false, note: '' }, lang)).to.equal(plain);
      expect(accessibleName({ area: a, status, planned: true, note: '' }, lang)).to.equal(planned);
      // Asked again (now from the memo): the same answer.
      expect(accessibleName({ area: a, status, planned: false, note: '' }, lang)).to.equal(plain);
    });
  }

  it('gives a fresh answer when status, planned or language changes on the same area object', () => {
    const a = area(16);
    const name = (status: 'strong' | 'improve' | 'unknown', planned: boolean, lang: Lang) =>
      accessibleName({ area: a, status, planned, note: '' }, lang);
    // Warm the memo with one combination, then vary each input alone.
    expect(name('strong', true, 'nb')).to.equal(
      '16 Økonomisk handlingsrom – sterk, i utviklingsplanen',
    );
    expect(name('improve', true, 'nb')).to.equal(
      '16 Økonomisk handlingsrom – kan styrkes, i utviklingsplanen',
    );
    expect(name('strong', false, 'nb')).to.equal('16 Økonomisk handlingsrom – sterk');
    expect(name('strong', true, 'en')).to.equal(
      '16 Financial room for manoeuvre – strong, in the development plan',
    );
    expect(name('unknown', false, 'nn')).to.equal('16 Økonomisk handlingsrom – ikkje vurdert');
    expect(name('strong', true, 'nb')).to.equal(
      '16 Økonomisk handlingsrom – sterk, i utviklingsplanen',
    );
  });

  it('uses the name of a custom catalog (another area object), not the memo of the built-in one', () => {
    const builtInName = accessibleName(areaView(area(16), { id: 16, status: 'strong' }), 'nb');
    const custom = geometryFor({ catalog: { areas: [{ id: 16, name: 'Felles budsjett' }] } });
    const renamed = accessibleName(areaView(area(16, custom), { id: 16, status: 'strong' }), 'nb');
    expect(builtInName).to.equal('16 Økonomisk handlingsrom – sterk');
    expect(renamed).to.equal('16 Felles budsjett – sterk');
  });

  it('keeps user text as it is (no placeholders filled from it)', () => {
    const custom = geometryFor({
      catalog: { areas: [{ id: 21, name: '<b>{status}</b>', levels: ['eier'] }] },
    });
    expect(accessibleName(areaView(area(21, custom), undefined), 'en')).to.equal(
      '21 <b>{status}</b> – not assessed',
    );
  });
});

describe('model-view: legendGroups', () => {
  const ids = (layout: VennLayout) =>
    legendGroups(layout).map((g) => [g.mask, g.markers.map((m) => m.id)]);

  it('groups the built-in areas by region in REGION_ORDER (domain.md §1)', () => {
    expect(ids(builtIn().layout)).to.deep.equal([
      [7, [1]],
      [1, range(2, 8)],
      [2, [9, 10, 11]],
      [4, [12, 13, 14]],
      [3, [15, 16]],
      [5, [17, 18]],
      [6, [19, 20]],
    ]);
  });

  it('sorts ids ascending within a group whatever the marker order', () => {
    const layout = builtIn().layout;
    const shuffled: VennLayout = { ...layout, markers: [...layout.markers].reverse() };
    expect(ids(shuffled)).to.deep.equal(ids(layout));
    // The layout's own marker order is left alone.
    expect(shuffled.markers[0]!.id).to.equal(20);
  });

  it('leaves an empty region out, and places an added area in its region', () => {
    const moved = geometryFor({
      catalog: {
        areas: [
          { id: 1, levels: ['eier'] },
          { id: 21, name: 'Lokalt', levels: ['kontor', 'tjeneste'] },
        ],
      },
    });
    expect(ids(moved.layout)).to.deep.equal([
      [1, range(1, 8)],
      [2, [9, 10, 11]],
      [4, [12, 13, 14]],
      [3, [15, 16]],
      [5, [17, 18]],
      [6, [19, 20, 21]],
    ]);
  });

  it('gives the same array back for the same layout, and a new one for another layout', () => {
    const layout = builtIn().layout;
    const first = legendGroups(layout);
    expect(legendGroups(layout)).to.equal(first);
    const copy: VennLayout = { ...layout };
    const other = legendGroups(copy);
    expect(other).to.not.equal(first);
    expect(other).to.deep.equal(first);
  });
});

describe('model-view: nextInDirection', () => {
  const cross = [
    { id: 1, x: 0, y: 0 },
    { id: 2, x: 10, y: 0 },
    { id: 3, x: 0, y: 10 },
    { id: 4, x: -10, y: 0 },
    { id: 5, x: 0, y: -10 },
  ];

  it('moves straight in each direction (y grows downwards)', () => {
    expect(nextInDirection(cross, 1, 'right')).to.equal(2);
    expect(nextInDirection(cross, 1, 'down')).to.equal(3);
    expect(nextInDirection(cross, 1, 'left')).to.equal(4);
    expect(nextInDirection(cross, 1, 'up')).to.equal(5);
    expect(nextInDirection(cross, 2, 'left')).to.equal(1);
    expect(nextInDirection(cross, 5, 'down')).to.equal(1);
  });

  it('stays put at an edge: nothing ahead, or only markers behind or square to the side', () => {
    expect(nextInDirection(cross, 2, 'right')).to.equal(2);
    expect(nextInDirection(cross, 3, 'down')).to.equal(3);
    expect(nextInDirection(cross, 4, 'left')).to.equal(4);
    expect(nextInDirection(cross, 5, 'up')).to.equal(5);
    // A marker square to the side of the move is not ahead.
    const square = [
      { id: 1, x: 0, y: 0 },
      { id: 2, x: 0, y: 10 },
    ];
    expect(nextInDirection(square, 1, 'right')).to.equal(1);
    expect(nextInDirection([{ id: 7, x: 0, y: 0 }], 7, 'up')).to.equal(7);
  });

  it('only counts markers within 60° of the direction', () => {
    const start = { id: 1, x: 0, y: 0 };
    const inside = { id: 2, x: 10, y: 17 }; // 59.5° below the right-hand direction
    const outside = { id: 3, x: 10, y: 18 }; // 60.9°
    expect(nextInDirection([start, inside], 1, 'right')).to.equal(2);
    expect(nextInDirection([start, outside], 1, 'right')).to.equal(1);
    expect(nextInDirection([start, outside], 1, 'down')).to.equal(3);
    // Same cone upwards and to the left.
    expect(nextInDirection([start, { id: 4, x: -18, y: -10 }], 1, 'up')).to.equal(1);
    expect(nextInDirection([start, { id: 4, x: -18, y: -10 }], 1, 'left')).to.equal(4);
  });

  it('makes sideways distance cost double, so a straighter marker wins', () => {
    const start = { id: 1, x: 0, y: 0 };
    const straight = { id: 2, x: 20, y: 0 }; // score 20
    const askew = { id: 3, x: 10, y: 6 }; // nearer (11.7), but score 10 + 2·6 = 22
    const slightlyAskew = { id: 4, x: 10, y: 4 }; // score 18
    expect(nextInDirection([start, askew, straight], 1, 'right')).to.equal(2);
    expect(nextInDirection([start, straight, askew], 1, 'right')).to.equal(2);
    expect(nextInDirection([start, straight, slightlyAskew], 1, 'right')).to.equal(4);
  });

  it('starts from the first marker when the start id is unknown', () => {
    expect(nextInDirection(cross, 99, 'right')).to.equal(1);
    expect(nextInDirection(cross.slice(2), 99, 'left')).to.equal(3);
    expect(nextInDirection([], 99, 'left')).to.equal(99);
  });

  it('reaches every built-in area by arrow keys from area 1', () => {
    const markers = builtIn().layout.markers;
    const seen = new Set([1]);
    const queue = [1];
    while (queue.length > 0) {
      const id = queue.shift()!;
      for (const dir of ['left', 'right', 'up', 'down'] as const) {
        const next = nextInDirection(markers, id, dir);
        if (seen.has(next)) continue;
        seen.add(next);
        queue.push(next);
      }
    }
    expect([...seen].sort((a, b) => a - b)).to.deep.equal(range(1, 20));
  });
});

describe('model-view: aggregate', () => {
  const docs: ModelDocument[] = [
    {
      title: 'NAV Arendal',
      areas: [
        { id: 16, status: 'strong', planned: true },
        { id: 2, status: 'improve' },
      ],
    },
    {
      title: 'NAV Grimstad',
      catalog: { areas: [{ id: 21, name: 'Lokalt samarbeid', levels: ['eier'] }] },
      areas: [
        { id: 16, status: 'strong' },
        { id: 21, status: 'strong', planned: true },
        { id: 2, status: 'unknown', planned: true },
      ],
    },
    {
      catalog: { areas: [{ id: 21, name: 'Lokalt', levels: ['eier'] }] },
      areas: [
        { id: 16, status: 'strong' },
        { id: 21, status: 'improve' },
        { id: 9, status: 'improve' },
      ],
    },
  ];

  it('counts per area over three documents, with the titles of those rating it strong', () => {
    const counts = aggregate(docs, '(uten tittel)');
    expect(counts.map((c) => c.area.id)).to.deep.equal(range(1, 21));
    const of = (id: number) => {
      const { area: a, ...rest } = counts.find((c) => c.area.id === id)!;
      expect(a.id).to.equal(id);
      return rest;
    };
    expect(of(16)).to.deep.equal({
      strong: 3,
      improve: 0,
      planned: 1,
      strongAt: ['NAV Arendal', 'NAV Grimstad', '(uten tittel)'],
    });
    expect(of(2)).to.deep.equal({ strong: 0, improve: 1, planned: 1, strongAt: [] });
    expect(of(9)).to.deep.equal({ strong: 0, improve: 1, planned: 0, strongAt: [] });
    expect(of(21)).to.deep.equal({
      strong: 1,
      improve: 1,
      planned: 1,
      strongAt: ['NAV Grimstad'],
    });
    expect(of(1)).to.deep.equal({ strong: 0, improve: 0, planned: 0, strongAt: [] });
  });

  it('counts an added area once, named by the first document that adds it', () => {
    const counts = aggregate(docs);
    const added = counts.filter((c) => c.area.id === 21);
    expect(added).to.have.length(1);
    expect(added[0]!.area.name.nb).to.equal('Lokalt samarbeid');
    expect(added[0]!.area.custom).to.equal(true);
  });

  it('counts a blank title as untitled', () => {
    const counts = aggregate([{ title: '  ', areas: [{ id: 4, status: 'strong' }] }], '(uten)');
    expect(counts[3]!.strongAt).to.deep.equal(['(uten)']);
    expect(displayTitle('NAV Lillesand', '(uten)')).to.equal('NAV Lillesand');
    expect(displayTitle('', '(uten)')).to.equal('(uten)');
    expect(displayTitle(undefined, '(uten)')).to.equal('(uten)');
  });

  it('uses an empty title by default for untitled documents', () => {
    const counts = aggregate([{ areas: [{ id: 4, status: 'strong' }] }]);
    expect(counts).to.have.length(20);
    expect(counts[3]!.strongAt).to.deep.equal(['']);
    expect(aggregate([])).to.deep.equal([]);
  });
});

describe('model-view: withEntry', () => {
  const doc = (): ModelDocument => ({
    title: 'NAV Grimstad',
    areas: [
      { id: 16, status: 'strong', planned: true, note: 'Felles budsjettmøte.', custom: 'kept' },
      { id: 2, status: 'improve' },
    ],
    extra: { kept: true },
  });

  it('replaces an entry in place, keeping its other and unknown fields', () => {
    const next = withEntry(doc(), 16, { status: 'improve' });
    expect(next).to.deep.equal({
      title: 'NAV Grimstad',
      areas: [
        {
          id: 16,
          status: 'improve',
          planned: true,
          note: 'Felles budsjettmøte.',
          custom: 'kept',
        },
        { id: 2, status: 'improve' },
      ],
      extra: { kept: true },
    });
    expect(withEntry(doc(), 16, { planned: false }).areas![0]).to.include({
      planned: false,
      status: 'strong',
    });
  });

  it('adds a missing entry at the end, also to a document without areas', () => {
    expect(withEntry(doc(), 9, { status: 'strong' }).areas).to.deep.equal([
      ...doc().areas!,
      { id: 9, status: 'strong' },
    ]);
    expect(withEntry({ title: 'Tom' }, 3, { planned: true })).to.deep.equal({
      title: 'Tom',
      areas: [{ id: 3, planned: true }],
    });
  });

  it('removes an emptied note, and adds none when a new entry gets an empty one', () => {
    const cleared = withEntry(doc(), 16, { note: '' }).areas![0]!;
    expect(cleared).to.not.have.property('note');
    expect(cleared).to.deep.equal({ id: 16, status: 'strong', planned: true, custom: 'kept' });
    expect(withEntry(doc(), 5, { note: '' }).areas![2]).to.deep.equal({ id: 5 });
    expect(withEntry(doc(), 2, { note: ' ' }).areas![1]).to.deep.equal({
      id: 2,
      status: 'improve',
      note: ' ',
    });
  });

  it('does not mutate its input', () => {
    const input = deepFreeze(doc());
    const before = structuredClone(input);
    const replaced = withEntry(input, 16, { status: 'improve', note: '' });
    const added = withEntry(input, 9, { status: 'strong' });
    expect(input).to.deep.equal(before);
    expect(replaced).to.not.equal(input);
    expect(replaced.areas).to.not.equal(input.areas);
    expect(added.areas).to.have.length(3);
    expect(input.areas).to.have.length(2);
  });
});

describe('model-view: geometryFor', () => {
  it('gives the built-in 20 areas, without texts, when there is no custom catalog', () => {
    const g = builtIn();
    expect(g.areas.map((a) => a.id)).to.deep.equal(range(1, 20));
    expect(g.areas.every((a) => !a.custom && a.description.nb === '' && !a.tool)).to.equal(true);
    expect(g.layout.markers).to.have.length(20);
    expect(geometryFor({})).to.equal(g);
    expect(geometryFor({ title: 'x', areas: [{ id: 1, status: 'strong' }] })).to.equal(g);
    expect(geometryFor({ catalog: { areas: [] } })).to.equal(g);
  });

  it('gives the same object for equal custom catalogs and another for a different one', () => {
    const catalog = () => ({ areas: [{ id: 21, name: 'Lokalt', levels: ['eier' as const] }] });
    const a = geometryFor({ catalog: catalog() });
    const b = geometryFor({ title: 'other', catalog: catalog() });
    expect(b).to.equal(a);
    expect(a).to.not.equal(builtIn());
    expect(a.areas.map((x) => x.id)).to.deep.equal(range(1, 21));
    expect(a.layout.markers.find((m) => m.id === 21)!.region).to.equal(1);

    const c = geometryFor({ catalog: { areas: [{ id: 21, name: 'Lokalt', levels: ['kontor'] }] } });
    expect(c).to.not.equal(a);
    expect(c.layout.markers.find((m) => m.id === 21)!.region).to.equal(2);
  });

  it('still answers correctly after many different catalogs', () => {
    const first = geometryFor({ catalog: { areas: [{ id: 30, name: 'A', levels: ['eier'] }] } });
    for (let i = 0; i < 40; i++) {
      geometryFor({ catalog: { areas: [{ id: 100 + i, name: `N${i}`, levels: ['tjeneste'] }] } });
    }
    const again = geometryFor({ catalog: { areas: [{ id: 30, name: 'A', levels: ['eier'] }] } });
    expect(again.areas.map((a) => a.id)).to.deep.equal([...range(1, 20), 30]);
    expect(again.areas.at(-1)!.name.nb).to.equal(first.areas.at(-1)!.name.nb);
    expect(builtIn().areas).to.have.length(20);
  });
});

describe('model-view: marker drawing', () => {
  it('rounds path numbers to two decimals', () => {
    expect([n(2), n(1.234), n(-3.256), n(7.800000000000001), n(-0.001)]).to.deep.equal([
      '2',
      '1.23',
      '-3.26',
      '7.8',
      '0',
    ]);
  });

  it('draws the badges and the planned mark at exact positions', () => {
    expect(badgePath('strong', 10)).to.equal('M5.88 7.8l1.44 1.6l2.56 -3.2');
    expect(badgePath('improve', 10)).to.equal('M7.8 5.24l2.24 3.84h-4.48z');
    expect(plannedPath(10)).to.equal('M7.8 -11.6L11.6 -7.8L7.8 -4L4 -7.8Z');
    expect(badgePath('strong', 20)).to.equal('M11.76 15.6l2.88 3.2l5.12 -6.4');
    expect(badgePath('improve', 20)).to.equal('M15.6 10.48l4.48 7.68h-8.96z');
    expect(plannedPath(20)).to.equal('M15.6 -23.2L23.2 -15.6L15.6 -8L8 -15.6Z');
    // Memoized by status and radius: asking in another order gives the same strings.
    expect(badgePath('strong', 20)).to.equal('M11.76 15.6l2.88 3.2l5.12 -6.4');
    expect(badgePath('improve', 10)).to.equal('M7.8 5.24l2.24 3.84h-4.48z');
  });

  it('places the badge disc at the lower right', () => {
    const disc = badgeDisc(10);
    expect(disc.cx).to.be.closeTo(7.8, 1e-9);
    expect(disc.cy).to.be.closeTo(7.8, 1e-9);
    expect(disc.r).to.be.closeTo(4.2, 1e-9);
  });

  it('makes three-digit numbers smaller', () => {
    expect(numberSize(1, 10)).to.be.closeTo(10.5, 1e-9);
    expect(numberSize(20, 10)).to.be.closeTo(10.5, 1e-9);
    expect(numberSize(100, 10)).to.be.closeTo(8, 1e-9);
    expect(numberSize(100, 20)).to.be.lessThan(numberSize(99, 20));
  });

  it('gives each status its own outline dash', () => {
    expect(DASH).to.deep.equal({ strong: '', improve: '5 2.5', unknown: '1.5 2.5' });
  });

  it('keeps badge and planned mark inside the focus ring box (r + 5), at every size in use', () => {
    const radii = [builtIn().layout.markerRadius, 10, ...range(4, 30)];
    for (const r of radii) {
      const paths = [badgePath('strong', r), badgePath('improve', r), plannedPath(r)];
      for (const d of paths) {
        const points = vertices(d);
        expect(points.length, d).to.be.greaterThan(2);
        for (const [x, y] of points) {
          expect(Math.abs(x), `${d} at r=${r}`).to.be.at.most(r + 5);
          expect(Math.abs(y), `${d} at r=${r}`).to.be.at.most(r + 5);
        }
      }
    }
    // The disc behind the badge too, at the sizes the diagram and the legend draw.
    for (const r of [builtIn().layout.markerRadius, 10]) {
      const disc = badgeDisc(r);
      expect(disc.cx + disc.r).to.be.at.most(r + 5);
      expect(disc.cy + disc.r).to.be.at.most(r + 5);
    }
  });

  it('puts the planned mark at the upper right and the badge at the lower right', () => {
    const r = builtIn().layout.markerRadius;
    for (const [x, y] of vertices(plannedPath(r))) expect(x > 0 && y < 0).to.equal(true);
    for (const status of ['strong', 'improve'] as const) {
      for (const [x, y] of vertices(badgePath(status, r))) expect(x > 0 && y > 0).to.equal(true);
    }
  });
});
