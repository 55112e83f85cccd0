import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import type { DataError, LevelId, ModelDocument } from '../types.js';
import { formatPath, toDataErrors } from './errors.js';
import {
  modelDocuments,
  parseModelData,
  parseModelDocument,
  quickParseModelData,
} from './model.js';

const errorsOf = (input: unknown): readonly DataError[] => {
  const result = parseModelData(input);
  if (result.ok) throw new Error('expected errors, got ' + JSON.stringify(result.value));
  return result.errors;
};
const paths = (input: unknown) => errorsOf(input).map((e) => e.path);

describe('parseModelData: valid documents', () => {
  it('accepts an empty document and a minimal one', () => {
    expect(parseModelData({})).toEqual({ ok: true, value: {} });
    expect(parseModelData({ areas: [{ id: 1 }] })).toEqual({
      ok: true,
      value: { areas: [{ id: 1 }] },
    });
  });

  it('round-trips a full document with unknown fields at every level', () => {
    const doc = {
      title: 'NAV Arendal',
      version: 3,
      meta: { author: 'Kari', tags: ['a', 'b'], nested: { deep: [1, { x: null }] } },
      areas: [
        {
          id: 1,
          status: 'strong',
          planned: true,
          note: 'Godt i gang',
          owner: 'rådmann',
          extra: { a: 1 },
        },
        { id: 21, status: 'improve' },
        { id: 4, status: 'unknown', planned: false },
      ],
      catalog: {
        label: 'Lokal katalog',
        areas: [
          { id: 1, name: 'Vårt samfunnsoppdrag', colour: 'blue' },
          {
            id: 21,
            name: 'Ungdom',
            levels: ['kontor', 'eier'],
            description: 'd',
            tool: 't',
            x: [],
          },
        ],
      },
    };
    const snapshot = structuredClone(doc);
    const result = parseModelData(doc);
    expect(result).toStrictEqual({ ok: true, value: doc });
    // A copy, and the input is untouched.
    expect(result.ok && result.value).not.toBe(doc);
    expect(result.ok && (result.value as typeof doc).areas).not.toBe(doc.areas);
    expect(doc).toStrictEqual(snapshot);
  });

  it('keeps awkward keys such as __proto__ and constructor', () => {
    const doc = JSON.parse(
      '{"__proto__": {"x": 1}, "constructor": 2, "areas": [{"id": 2, "__proto__": 3}]}',
    );
    const result = parseModelData(doc);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.keys(result.value)).toEqual(['__proto__', 'constructor', 'areas']);
    expect(JSON.stringify(result.value)).toBe(JSON.stringify(doc));
    expect(Object.getPrototypeOf(result.value)).toBe(Object.prototype);
  });

  it('accepts a non-empty array of documents (compare mode)', () => {
    const docs = [
      { title: 'A', areas: [{ id: 3 }] },
      { title: 'B', other: true },
    ];
    expect(parseModelData(docs)).toStrictEqual({ ok: true, value: docs });
    expect(modelDocuments(docs)).toBe(docs);
    expect(modelDocuments(docs[0] as ModelDocument)).toEqual([docs[0]]);
  });

  it('parseModelDocument rejects an array', () => {
    expect(parseModelDocument([{}]).ok).toBe(false);
    expect(parseModelDocument({ title: 'x' })).toEqual({ ok: true, value: { title: 'x' } });
  });

  it('round-trips any valid generated document (property)', () => {
    const level = fc.constantFrom<LevelId>('eier', 'kontor', 'tjeneste');
    const extra = fc.dictionary(
      fc
        .string()
        .filter(
          (k) =>
            ![
              'id',
              'status',
              'planned',
              'note',
              'name',
              'levels',
              'description',
              'tool',
              'title',
              'areas',
              'catalog',
            ].includes(k),
        ),
      fc.jsonValue(),
      { maxKeys: 3 },
    );
    const doc = fc
      .record({
        title: fc.option(fc.string(), { nil: undefined }),
        areas: fc.uniqueArray(fc.integer({ min: 1, max: 20 }), { maxLength: 20 }),
        statuses: fc.array(fc.constantFrom('strong', 'improve', 'unknown'), {
          minLength: 20,
          maxLength: 20,
        }),
        levels: fc.uniqueArray(level, { minLength: 1, maxLength: 3 }),
        extra,
      })
      .map(({ title, areas, statuses, levels, extra }) => ({
        ...extra,
        ...(title === undefined ? {} : { title }),
        areas: [...areas.map((id, i) => ({ ...extra, id, status: statuses[i] })), { id: 25 }],
        catalog: { areas: [{ ...extra, id: 25, name: 'Nytt', levels }] },
      }));
    fc.assert(
      fc.property(doc, (input) => {
        const result = parseModelData(input);
        expect(result).toStrictEqual({ ok: true, value: input });
      }),
      { numRuns: 200 },
    );
  });
});

describe('parseModelData: errors', () => {
  it('rejects a non-document at $', () => {
    for (const input of [null, undefined, 3, 'x', true, []]) {
      expect(paths(input)).toEqual(['$']);
      expect(errorsOf(input)[0]?.message.nb).toMatch(/dokument/);
    }
  });

  it('reports wrong types with JSON paths and localized messages', () => {
    const errors = errorsOf({
      title: 5,
      areas: [
        { id: 1, status: 'green', planned: 'yes', note: 7 },
        { id: 2.5 },
        { id: 0 },
        'x',
        { status: 'strong' },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual([
      '$.title',
      '$.areas[0].status',
      '$.areas[0].planned',
      '$.areas[0].note',
      '$.areas[1].id',
      '$.areas[2].id',
      '$.areas[3]',
      '$.areas[4].id',
    ]);
    const [title, status, planned, , fraction, zero, notObject, missing] = errors;
    expect(title?.message.nb).toBe('Forventet en tekst.');
    expect(status?.message).toEqual({
      nb: 'Forventet en av disse verdiene: "strong", "improve", "unknown".',
      nn: 'Venta ein av desse verdiane: "strong", "improve", "unknown".',
      en: 'Expected one of these values: "strong", "improve", "unknown".',
    });
    expect(planned?.message.en).toBe('Expected true or false.');
    expect(fraction?.message.nb).toBe('Forventet et positivt heltall (1, 2, 3 …).');
    expect(zero?.message.nb).toBe('Forventet et positivt heltall (1, 2, 3 …).');
    expect(notObject?.message.nb).toBe('Forventet et objekt ({ … }).');
    expect(missing?.message).toEqual({
      nb: 'Feltet «id» mangler.',
      nn: 'Feltet «id» manglar.',
      en: 'The field “id” is missing.',
    });
  });

  it('rejects arrays where objects are expected', () => {
    expect(paths({ catalog: [] })).toEqual(['$.catalog']);
    expect(paths({ areas: {} })).toEqual(['$.areas']);
  });

  it('checks the custom catalog', () => {
    const errors = errorsOf({
      catalog: {
        areas: [
          { id: 21 },
          { id: 22, name: 'N', levels: [] },
          { id: 23, name: 'N', levels: ['eier', 'hus'] },
          { id: 24, name: '', levels: ['eier', 'kontor', 'eier'] },
          { id: 2, name: 'Ok' },
          { id: 2, description: 'igjen' },
          { id: 25, name: ' \n', levels: ['eier'] },
        ],
      },
    });
    expect(errors.map((e) => [e.path, e.message.en])).toEqual([
      ['$.catalog.areas[1].levels', 'The list must not be empty.'],
      [
        '$.catalog.areas[2].levels[1]',
        'Expected one of these values: "eier", "kontor", "tjeneste".',
      ],
      ['$.catalog.areas[0]', 'New area 21 needs a name (“name”).'],
      ['$.catalog.areas[0]', 'New area 21 needs levels (“levels”).'],
      ['$.catalog.areas[3].levels[2]', 'The level “eier” appears more than once.'],
      ['$.catalog.areas[3].name', 'The text must not be empty.'],
      ['$.catalog.areas[5].id', 'Area 2 appears more than once.'],
      ['$.catalog.areas[6].name', 'The text must not be empty.'],
    ]);
  });

  it('lets a blank name keep a built-in area its name, and not name a new one', () => {
    const renamed = parseModelData({ catalog: { areas: [{ id: 4, name: '  ', tool: '' }] } });
    expect(renamed.ok).toBe(true);
    const added = { areas: [{ id: 21, name: '\t', levels: ['eier'] }] };
    expect(errorsOf({ catalog: added }).map((e) => [e.path, e.message.nb])).toEqual([
      ['$.catalog.areas[0].name', 'Teksten kan ikke være tom.'],
    ]);
  });

  it('requires catalog.areas', () => {
    expect(errorsOf({ catalog: {} })[0]).toMatchObject({
      path: '$.catalog.areas',
      message: { nb: 'Feltet «areas» mangler.' },
    });
  });

  it('checks that area ids exist and are unique', () => {
    expect(
      errorsOf({
        areas: [{ id: 1 }, { id: 21 }, { id: 1 }, { id: 22 }],
        catalog: { areas: [{ id: 22, name: 'x', levels: ['eier'] }] },
      }).map((e) => [e.path, e.message.nb]),
    ).toEqual([
      ['$.areas[1].id', 'Område 21 finnes ikke i katalogen.'],
      ['$.areas[2].id', 'Område 1 står mer enn én gang.'],
    ]);
  });

  it('prefixes paths with the document index in compare mode', () => {
    expect(paths([{ areas: [{ id: 1 }] }, 5, { title: [], areas: [{ id: 99 }] }])).toEqual([
      '$[1]',
      '$[2].title',
      '$[2].areas[0].id',
    ]);
  });

  it('never leaks valibot English text', () => {
    const errors = errorsOf({
      title: 1,
      areas: [{ id: 'x', status: 1 }],
      catalog: { areas: [{}] },
    });
    for (const e of errors) {
      for (const text of Object.values(e.message)) {
        expect(text).not.toMatch(/Invalid (type|key|value)|but received|Received/);
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
  });

  it('never throws on junk (property)', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withTypedArray: true,
          withSparseArray: true,
        }),
        (input) => {
          const result = parseModelData(input);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) {
            expect(result.errors.length).toBeGreaterThan(0);
            for (const e of result.errors) {
              expect(e.path.startsWith('$')).toBe(true);
              expect(e.message.nb && e.message.nn && e.message.en).toBeTruthy();
            }
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws on junk shaped like a document (property)', () => {
    const junk = fc.jsonValue({ maxDepth: 2 });
    const shaped = fc.record(
      {
        title: junk,
        areas: fc.oneof(
          junk,
          fc.array(
            fc.record({ id: junk, status: junk, planned: junk, note: junk }, { requiredKeys: [] }),
          ),
        ),
        catalog: fc.oneof(
          junk,
          fc.record({
            areas: fc.oneof(
              junk,
              fc.array(
                fc.dictionary(fc.constantFrom('id', 'name', 'levels', 'description', 'tool'), junk),
              ),
            ),
          }),
        ),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(shaped, fc.array(shaped, { maxLength: 4 })), (input) => {
        const result = parseModelData(input);
        if (result.ok) expect(result.value).toStrictEqual(input);
        else expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('reports (does not throw on) throwing getters and cycles', () => {
    const trap = {
      get title(): string {
        throw new Error('boom');
      },
    };
    expect(paths(trap)).toEqual(['$']);
    const cyclic: Record<string, unknown> = { title: 'x' };
    cyclic.self = cyclic;
    expect(paths(cyclic)).toEqual(['$']);
  });
});

describe('toDataErrors (generic)', () => {
  it('localizes issues from any valibot schema, including extra message keys', () => {
    const schema = v.object({
      rows: v.pipe(v.array(v.string()), v.maxLength(1)),
      date: v.pipe(v.string(), v.isoDate()),
      n: v.pipe(v.number(), v.maxValue(3)),
      code: v.pipe(
        v.string(),
        v.check((s) => s === 'ok', 'badCode'),
      ),
    });
    const result = v.safeParse(schema, { rows: ['a', 'b'], date: '2019-13-45', n: 9, code: 'x' });
    expect(result.success).toBe(false);
    if (result.success) return;
    const extra = {
      nb: { badCode: 'Feil kode.' },
      nn: { badCode: 'Feil kode.' },
      en: { badCode: 'Wrong code.' },
    };
    expect(toDataErrors(result.issues, extra).map((e) => [e.path, e.message.en])).toEqual([
      ['$.rows', 'Too long: at most 1.'],
      ['$.date', 'Expected a date (YYYY-MM-DD).'],
      ['$.n', 'Too large: at most 3.'],
      ['$.code', 'Wrong code.'],
    ]);
  });

  it('formats paths with non-identifier keys', () => {
    expect(formatPath([])).toBe('$');
    expect(formatPath(['areas', 3, 'status'])).toBe('$.areas[3].status');
    expect(formatPath(['a b', 'ø', '_x'])).toBe('$["a b"]["ø"]._x');
  });
});

describe('quickParseModelData (the fast path without error text)', () => {
  const agrees = (input: unknown) => {
    const full = parseModelData(input);
    const quick = quickParseModelData(input);
    if (full.ok) expect(quick).toStrictEqual(full.value);
    else expect(quick).toBeUndefined();
  };

  it('agrees with parseModelData on good and bad examples', () => {
    const cyclic: Record<string, unknown> = { areas: [] };
    cyclic.self = cyclic;
    for (const input of [
      {},
      { title: 'NAV Grimstad', areas: [{ id: 16, status: 'strong', planned: true, x: [1] }] },
      [{ areas: [{ id: 1 }] }, {}],
      [],
      null,
      'text',
      [{}, 3],
      { areas: [{ id: 1 }, { id: 1 }] },
      { areas: [{ id: 21 }] },
      { areas: [{ id: 21 }], catalog: { areas: [{ id: 21, name: 'Ny', levels: ['eier'] }] } },
      { catalog: { areas: [{ id: 22 }] } },
      { catalog: { areas: [{ id: 22, name: '  ', levels: ['eier'] }] } },
      { catalog: { areas: [{ id: 2, levels: ['eier', 'eier'] }] } },
      { areas: [{ id: 3, status: 'sterk' }] },
      cyclic,
    ]) {
      agrees(input);
    }
  });

  it('returns a deep copy', () => {
    const input = { areas: [{ id: 1, note: 'a' }] };
    const value = quickParseModelData(input) as typeof input;
    expect(value).toStrictEqual(input);
    expect(value.areas).not.toBe(input.areas);
  });

  it('agrees with parseModelData on valid documents and on each with one value spoiled (property)', () => {
    const level = fc.constantFrom('eier', 'kontor', 'tjeneste');
    const entry = fc.record(
      {
        id: fc.integer({ min: 1, max: 22 }),
        status: fc.constantFrom('strong', 'improve', 'unknown'),
        planned: fc.boolean(),
        note: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: ['id'] },
    );
    const catalogArea = fc.record(
      {
        id: fc.integer({ min: 1, max: 22 }),
        name: fc.string({ minLength: 1, maxLength: 5 }),
        levels: fc.uniqueArray(level, { minLength: 1, maxLength: 3 }),
        description: fc.string({ maxLength: 5 }),
        tool: fc.string({ maxLength: 5 }),
      },
      { requiredKeys: ['id'] },
    );
    const doc = fc.record(
      {
        title: fc.string({ maxLength: 5 }),
        areas: fc.uniqueArray(entry, { selector: (e) => e.id, maxLength: 8 }),
        catalog: fc.record({
          areas: fc.uniqueArray(catalogArea, { selector: (a) => a.id, maxLength: 3 }),
        }),
      },
      { requiredKeys: [] },
    );
    const junk = fc.oneof(
      { arbitrary: fc.constantFrom<unknown>('', []), weight: 2 },
      fc.constantFrom<unknown>('', ' ', 'x', 'strong', 'unknown', 'eier', 0, -1, 1.5, 21, 2, true),
      fc.constantFrom<unknown>(null, undefined, [], {}, ['eier', 'eier'], ['x'], [{}]),
      fc.jsonValue({ maxDepth: 1 }),
    );
    /** Every [container, key] in a document, to spoil one of them. */
    const slots = (
      value: unknown,
      out: [Record<string | number, unknown>, string | number][] = [],
    ) => {
      if (typeof value === 'object' && value !== null) {
        for (const key of Object.keys(value)) {
          const container = value as Record<string, unknown>;
          out.push([container, Array.isArray(value) ? Number(key) : key]);
          slots(container[key], out);
        }
      }
      return out;
    };
    const spoiled = fc.tuple(doc, fc.nat(), junk).map(([d, pick, bad]) => {
      const all = slots(d);
      if (all.length > 0) {
        const [container, key] = all[pick % all.length]!;
        container[key] = bad;
      }
      return d;
    });
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.oneof(doc, spoiled, fc.array(fc.oneof(doc, spoiled), { maxLength: 3 })),
        (input) => {
          agrees(input);
          if (parseModelData(input).ok) accepted++;
        },
      ),
      { numRuns: 2000 },
    );
    // Both verdicts must be exercised, or agreement proves nothing.
    expect(accepted).toBeGreaterThan(200);
    expect(accepted).toBeLessThan(1800);
  });
});
