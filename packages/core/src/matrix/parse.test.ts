import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { DataError } from '../types.js';
import { quickParseMatrix } from './matrix-schema.js';
import { parseMatrix } from './parse.js';

const errorsOf = (input: unknown): readonly DataError[] => {
  const result = parseMatrix(input);
  if (result.ok) throw new Error('expected errors, got ' + JSON.stringify(result.value));
  // The fast path agrees: it rejects what the full parse rejects.
  expect(quickParseMatrix(input)).toBeUndefined();
  return result.errors;
};

/** The only error of `input`: its path and its text in nb, nn and en. */
const onlyError = (input: unknown) => {
  const errors = errorsOf(input);
  expect(errors, JSON.stringify(errors)).toHaveLength(1);
  const [error] = errors as [DataError];
  return { path: error.path, ...error.message };
};

const base = {
  rows: [
    { id: 'fd', label: 'Fylkesdirektører/stab' },
    { id: 'nav', label: 'NAV-ledere' },
  ],
  columns: [
    { id: 'plan', label: 'NAV mer inn i planarbeid i kommunen', group: 'Plan' },
    { id: 'moter', label: 'Flere møtepunkter' },
  ],
  scale: [{ id: 'marked', label: 'Forventning' }],
};

describe('parseMatrix: valid data', () => {
  it('accepts the issue 10 example', () => {
    const doc = {
      title: 'Forventninger',
      preset: 'radmann',
      rows: [{ id: 'fd', label: 'Fylkesdirektører/stab' }],
      columns: [{ id: 'plan', label: 'NAV mer inn i planarbeid i kommunen', group: '…' }],
      scale: [{ id: 'marked', label: 'Forventning' }],
      cells: [{ row: 'fd', column: 'plan', value: 'marked', main: false, note: '…' }],
      noAnswer: [],
    };
    expect(parseMatrix(doc)).toEqual({ ok: true, value: doc });
    expect(quickParseMatrix(doc)).toEqual(doc);
  });

  it('round-trips unknown fields at every level, as a copy', () => {
    const doc = {
      ...base,
      version: 2,
      meta: { by: 'Kari', tags: ['a'] },
      rows: base.rows.map((r, i) => ({ ...r, order: i, colour: { x: null } })),
      columns: base.columns.map((c) => ({ ...c, width: 3 })),
      scale: [{ id: 'marked', label: 'Forventning', symbol: '✓', tone: 'marked', weight: 1 }],
      cells: [{ row: 'fd', column: 'plan', value: 'marked', source: 'ch. 3', extra: [1, 2] }],
      noAnswer: ['nav'],
    };
    const result = parseMatrix(doc);
    expect(result).toEqual({ ok: true, value: doc });
    if (!result.ok) return;
    expect(result.value).not.toBe(doc);
    expect(result.value.rows).not.toBe(doc.rows);
    expect(result.value.cells?.[0]).not.toBe(doc.cells[0]);
  });

  it('with a preset, rows, columns and scale may be left out, or given without labels', () => {
    expect(parseMatrix({ preset: 'network-status' }).ok).toBe(true);
    const doc = {
      preset: 'radmann',
      rows: [{ id: 'nav-ledere' }, { id: 'egen', label: 'Egen gruppe' }],
      cells: [{ row: 'nav-ledere', column: 'radmann-05', value: 'marked' }],
    };
    expect(parseMatrix(doc)).toEqual({ ok: true, value: doc });
  });

  it('labels need not be unique', () => {
    const doc = {
      ...base,
      columns: [
        { id: 'strategisk-1', label: 'Strategisk utvikling av tjenester' },
        { id: 'strategisk-2', label: 'Strategisk utvikling av tjenester' },
      ],
    };
    expect(parseMatrix(doc).ok).toBe(true);
  });

  it('a cell may hold only a note; main cells are free without network-priorities', () => {
    const doc = {
      ...base,
      cells: [
        { row: 'fd', column: 'plan', note: 'Tas opp igjen' },
        { row: 'nav', column: 'plan', value: 'marked', main: true },
        { row: 'nav', column: 'moter', value: 'marked', main: true },
      ],
    };
    expect(parseMatrix(doc).ok).toBe(true);
  });
});

describe('parseMatrix: errors name the duplicate or the missing reference', () => {
  it('a duplicate row id', () => {
    expect(onlyError({ ...base, rows: [...base.rows, { id: 'fd', label: 'Igjen' }] })).toEqual({
      path: '$.rows[2].id',
      nb: 'Raden «fd» står mer enn én gang.',
      nn: 'Rada «fd» står meir enn éin gong.',
      en: 'The row “fd” appears more than once.',
    });
  });

  it('a duplicate column id and a duplicate scale id', () => {
    expect(
      onlyError({ ...base, columns: [...base.columns, { id: 'plan', label: 'x' }] }),
    ).toMatchObject({ path: '$.columns[2].id', nb: 'Kolonnen «plan» står mer enn én gang.' });
    expect(
      onlyError({ ...base, scale: [...base.scale, { id: 'marked', label: 'x' }] }),
    ).toMatchObject({
      path: '$.scale[1].id',
      en: 'The value “marked” appears more than once in the scale.',
    });
  });

  it('a cell on a row, column or value that does not exist', () => {
    expect(onlyError({ ...base, cells: [{ row: 'x', column: 'plan' }] })).toEqual({
      path: '$.cells[0].row',
      nb: 'Raden «x» finnes ikke.',
      nn: 'Rada «x» finst ikkje.',
      en: 'The row “x” does not exist.',
    });
    expect(onlyError({ ...base, cells: [{ row: 'fd', column: 'y' }] })).toMatchObject({
      path: '$.cells[0].column',
      nb: 'Kolonnen «y» finnes ikke.',
    });
    expect(
      onlyError({ ...base, cells: [{ row: 'fd', column: 'plan', value: 'strong' }] }),
    ).toMatchObject({ path: '$.cells[0].value', nb: 'Verdien «strong» finnes ikke i skalaen.' });
  });

  it('references are checked against the preset when the lists are left out', () => {
    expect(
      onlyError({ preset: 'radmann', cells: [{ row: 'rådmenn', column: 'radmann-01' }] }),
    ).toMatchObject({ path: '$.cells[0].row', nb: 'Raden «rådmenn» finnes ikke.' });
    expect(
      onlyError({
        preset: 'network-status',
        cells: [{ row: 'arendal', column: 'tillit', value: 'marked' }],
      }),
    ).toMatchObject({ path: '$.cells[0].value', nb: 'Verdien «marked» finnes ikke i skalaen.' });
  });

  it('the same cell twice', () => {
    const cell = { row: 'fd', column: 'plan', value: 'marked' };
    expect(onlyError({ ...base, cells: [cell, { ...cell }] })).toMatchObject({
      path: '$.cells[1]',
      nb: 'Cellen for raden «fd» og kolonnen «plan» står mer enn én gang.',
    });
  });

  it('network-priorities: at most one main cell per row', () => {
    const doc = {
      preset: 'network-priorities',
      cells: [
        { row: 'arendal', column: 'okonomi', value: 'prioritised', main: true },
        { row: 'arendal', column: 'politisk', value: 'prioritised', main: true },
        { row: 'grimstad', column: 'politisk', value: 'prioritised', main: true },
      ],
    };
    expect(onlyError(doc)).toEqual({
      path: '$.cells[1].main',
      nb: 'Raden «arendal» har mer enn ett hovedområde («main»).',
      nn: 'Rada «arendal» har meir enn eitt hovudområde («main»).',
      en: 'The row “arendal” has more than one main area (“main”).',
    });
  });

  it('«no answer»: an existing row, once, without values', () => {
    expect(onlyError({ ...base, noAnswer: ['gjerstad'] })).toMatchObject({
      path: '$.noAnswer[0]',
      nb: 'Raden «gjerstad» finnes ikke.',
    });
    expect(onlyError({ ...base, noAnswer: ['fd', 'fd'] })).toMatchObject({
      path: '$.noAnswer[1]',
      nb: 'Raden «fd» står mer enn én gang i «noAnswer».',
    });
    expect(
      onlyError({
        ...base,
        noAnswer: ['fd'],
        cells: [{ row: 'fd', column: 'moter', value: 'marked' }],
      }),
    ).toMatchObject({
      path: '$.cells[0]',
      nb: 'Raden «fd» er merket uten svar, men har en verdi i kolonnen «moter».',
    });
    // A note on a silent row is fine.
    const noted = { ...base, noAnswer: ['fd'], cells: [{ row: 'fd', column: 'plan', note: 'n' }] };
    expect(parseMatrix(noted).ok).toBe(true);
  });

  it('without a preset, rows, columns and scale are needed, and labels', () => {
    const errors = errorsOf({ cells: [] });
    expect(errors.map((e) => [e.path, e.message.nb])).toEqual([
      ['$.rows', 'Uten forhåndsvalg («preset») må dataene ha «rows».'],
      ['$.columns', 'Uten forhåndsvalg («preset») må dataene ha «columns».'],
      ['$.scale', 'Uten forhåndsvalg («preset») må dataene ha «scale».'],
    ]);
    expect(onlyError({ ...base, rows: [{ id: 'new' }] })).toMatchObject({
      path: '$.rows[0]',
      nb: 'Raden «new» må ha en tekst («label»).',
    });
    expect(onlyError({ preset: 'radmann', columns: [{ id: 'egen', label: ' ' }] })).toMatchObject({
      path: '$.columns[0].label',
      en: 'The column “egen” needs a text (“label”).',
    });
  });

  it('shape errors in the shared texts, never valibot’s', () => {
    expect(onlyError({ ...base, preset: 'kommune' })).toMatchObject({
      path: '$.preset',
      nb: 'Forventet en av disse verdiene: "radmann", "fylkesdirektor", "network-status", "network-priorities".',
    });
    expect(onlyError({ ...base, scale: [] })).toMatchObject({
      path: '$.scale',
      nb: 'Listen kan ikke være tom.',
    });
    expect(onlyError({ ...base, rows: [{ id: '', label: 'x' }] })).toEqual({
      path: '$.rows[0].id',
      nb: 'Id-en kan ikke være tom.',
      nn: 'Id-en kan ikkje vere tom.',
      en: 'The id must not be empty.',
    });
    expect(
      onlyError({ ...base, cells: [{ row: 'fd', column: 'plan', main: 'yes' }] }),
    ).toMatchObject({ path: '$.cells[0].main', nb: 'Forventet true eller false.' });
    expect(onlyError({ ...base, scale: [{ id: 'a', label: 'A', tone: 'red' }] })).toMatchObject({
      path: '$.scale[0].tone',
    });
    expect(onlyError([base])).toMatchObject({ path: '$', nb: 'Forventet et objekt ({ … }).' });
    expect(onlyError({ ...base, rows: [['fd']] })).toMatchObject({ path: '$.rows[0]' });
  });

  it('never throws on exotic input', () => {
    const cyclic: Record<string, unknown> = { ...base };
    cyclic.self = cyclic;
    expect(parseMatrix(cyclic).ok).toBe(false);
    expect(quickParseMatrix(cyclic)).toBeUndefined();
    const throwing = Object.defineProperty({ ...base }, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(parseMatrix(throwing)).toMatchObject({ ok: false });
    expect(quickParseMatrix(throwing)).toBeUndefined();
    for (const input of [undefined, null, 3, 'x']) expect(parseMatrix(input).ok).toBe(false);
  });

  it('reports every problem at once', () => {
    const errors = errorsOf({
      ...base,
      rows: [...base.rows, { id: 'fd', label: 'x' }],
      cells: [
        { row: 'zz', column: 'plan' },
        { row: 'fd', column: 'zz', value: 'qq' },
      ],
    });
    expect(errors.map((e) => e.path)).toEqual([
      '$.rows[2].id',
      '$.cells[0].row',
      '$.cells[1].column',
      '$.cells[1].value',
    ]);
  });
});

// The error texts load with parse.ts only: no other matrix module imports them (a type import
// is erased), so a widget's first render does not download them.
it('keeps the error texts out of the good-data path', () => {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  const modules = readdirSync(dir).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'));
  const importers = modules.filter((file) =>
    /^import (?!type )[^;]*'\.\/error-messages\.js'/m.test(readFileSync(join(dir, file), 'utf8')),
  );
  expect(importers).toEqual(['parse.ts']);
  expect(modules.length).toBeGreaterThan(8);
});
