import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, toTsv } from './csv.js';
import { parseDelimited, type Delimiter } from './delimited.js';

describe('parseDelimited', () => {
  it('reads what Excel copies: tabs, CRLF, a line end after the last row', () => {
    expect(parseDelimited('Område\tStatus\r\nØkonomi\tSterk\r\n')).toEqual([
      ['Område', 'Status'],
      ['Økonomi', 'Sterk'],
    ]);
  });

  it('reads LF and lone CR line ends, and a last row without one', () => {
    expect(parseDelimited('a\tb\nc\td\re\tf')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('keeps empty cells, empty rows in between and spaces', () => {
    expect(parseDelimited('a\t\t c \r\n\r\n\tb\t\r\n')).toEqual([
      ['a', '', ' c '],
      [''],
      ['', 'b', ''],
    ]);
  });

  it('gives no rows for empty text; keeps a lone line end and a trailing separator as cells', () => {
    expect(parseDelimited('')).toEqual([]);
    expect(parseDelimited('\uFEFF')).toEqual([]);
    expect(parseDelimited('\r\n')).toEqual([['']]);
    expect(parseDelimited('a\tb\t')).toEqual([['a', 'b', '']]);
  });

  it('reads quoted cells holding tabs, line ends and doubled quotes', () => {
    expect(parseDelimited('"a\tb"\t"linje 1\r\nlinje 2"\t"Si ""hei"""\t""\r\nx\ty\r\n')).toEqual([
      ['a\tb', 'linje 1\r\nlinje 2', 'Si "hei"', ''],
      ['x', 'y'],
    ]);
  });

  it('is lenient like the spreadsheets: quotes inside a cell, text after a closing quote, no closing quote', () => {
    expect(parseDelimited('5" skjerm\t"a"b\t"åpen\nslutt', { delimiter: '\t' })).toEqual([
      ['5" skjerm', 'ab', 'åpen\nslutt'],
    ]);
  });

  it('drops a leading BOM only', () => {
    expect(parseDelimited('\uFEFFa,b\r\n')).toEqual([['a', 'b']]);
    expect(parseDelimited('a\t\uFEFFb')).toEqual([['a', '\uFEFFb']]);
  });

  it('reads comma and semicolon CSV, separator given', () => {
    expect(parseDelimited('a,"b,c";d\r\n', { delimiter: ',' })).toEqual([['a', 'b,c;d']]);
    expect(parseDelimited('a,"b,c";d\r\n', { delimiter: ';' })).toEqual([['a,"b,c"', 'd']]);
    expect(parseDelimited('a\tb', { delimiter: ';' })).toEqual([['a\tb']]);
  });

  describe('detects the separator', () => {
    it('takes tab when a line has one outside quotes', () => {
      expect(parseDelimited('Navn\tMerknad\r\nKari\tHei, du; ja\r\n')).toEqual([
        ['Navn', 'Merknad'],
        ['Kari', 'Hei, du; ja'],
      ]);
      expect(parseDelimited('a,"x\ty",b\r\nc,d,e\r\n')).toEqual([
        ['a', 'x\ty', 'b'],
        ['c', 'd', 'e'],
      ]);
    });

    it('takes comma when every line has as many', () => {
      expect(parseDelimited('Område,Status\r\n"Økonomi, budsjett",Sterk\r\n')).toEqual([
        ['Område', 'Status'],
        ['Økonomi, budsjett', 'Sterk'],
      ]);
    });

    it('takes semicolon when every line has as many (Norwegian Excel: the comma is decimal)', () => {
      expect(parseDelimited('Kontor;Andel\r\nArendal;0,5\r\nGrimstad;1,25\r\n')).toEqual([
        ['Kontor', 'Andel'],
        ['Arendal', '0,5'],
        ['Grimstad', '1,25'],
      ]);
      expect(parseDelimited('a;b,c\r\nd;e,f')).toEqual([
        ['a', 'b,c'],
        ['d', 'e,f'],
      ]);
    });

    it('reads one column when no separator splits the lines evenly', () => {
      // One column of notes copied from a spreadsheet: the commas are text.
      expect(parseDelimited('Hei, du\r\nNoe annet\r\nTre, fire, fem\r\n')).toEqual([
        ['Hei, du'],
        ['Noe annet'],
        ['Tre, fire, fem'],
      ]);
    });
  });
});

// Cells full of what the writers must quote or neutralise, and the rest of Unicode.
const special = fc.constantFrom(
  '\t',
  '\r',
  '\n',
  '\r\n',
  '"',
  '""',
  ',',
  ';',
  "'",
  '=',
  '+',
  '-',
  '@',
  ' ',
  '\uFEFF',
  'æøå',
  'ÆØÅ',
  '€',
  '😀',
  '👩‍👩‍👧',
  'a',
  '1',
);
const cell = fc
  .array(fc.oneof(special, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 4 })
  .map((parts) => parts.join(''));
const rows = fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { maxLength: 6 });
/** Every row as wide as the others, as a spreadsheet copies a range. */
const table = fc
  .integer({ min: 1, max: 5 })
  .chain((width) =>
    fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 25 }),
  );
/** What the writers make of a cell: a leading apostrophe where a spreadsheet sees a formula. */
const written = (rows: string[][]) =>
  rows.map((row) => row.map((text) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text)));
const formulaFree = (rows: string[][]) =>
  rows.every((row) => row.every((text) => !/^[=+\-@\t\r]/.test(text)));

describe('round trips (property)', () => {
  const writers: [string, (rows: string[][]) => string, Delimiter][] = [
    ['toTsv', toTsv, '\t'],
    ['toCsv', (rows) => toCsv(rows), ','],
    ['toCsv without BOM', (rows) => toCsv(rows, { bom: false }), ','],
  ];

  for (const [name, write, delimiter] of writers) {
    it(`parseDelimited(${name}(rows)) gives the rows back, separator given`, () => {
      fc.assert(
        fc.property(rows, (input) => {
          expect(parseDelimited(write(input), { delimiter })).toEqual(written(input));
        }),
        { numRuns: 1000 },
      );
    });

    it(`parseDelimited(${name}(rows)) gives a table back, separator detected`, () => {
      fc.assert(
        fc.property(table, (input) => {
          expect(parseDelimited(write(input))).toEqual(written(input));
        }),
        { numRuns: 1000 },
      );
    });

    it(`parseDelimited(${name}(rows)) deep-equals rows without formula starts`, () => {
      fc.assert(
        fc.property(table.filter(formulaFree), (input) => {
          expect(parseDelimited(write(input))).toEqual(input);
        }),
        { numRuns: 300 },
      );
    });
  }

  it('never throws and always gives rows of cells (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(special, fc.string({ unit: 'binary', maxLength: 4 })), {
          maxLength: 30,
        }),
        fc.constantFrom<Delimiter | undefined>(undefined, '\t', ',', ';'),
        (parts, delimiter) => {
          const result = parseDelimited(parts.join(''), { delimiter });
          for (const row of result) {
            expect(row.length).toBeGreaterThan(0);
            for (const text of row) expect(typeof text).toBe('string');
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
