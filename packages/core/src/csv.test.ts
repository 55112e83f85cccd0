import { describe, expect, it } from 'vitest';
import { toCsv, toTsv } from './csv.js';

const BOM = '\uFEFF';

describe('toCsv', () => {
  it('writes a UTF-8 BOM, commas and CRLF line ends', () => {
    expect(
      toCsv([
        ['Område', 'Status'],
        ['Økonomisk handlingsrom', 'Kan styrkes'],
      ]),
    ).toBe(BOM + 'Område,Status\r\nØkonomisk handlingsrom,Kan styrkes\r\n');
  });

  it('can leave the BOM out', () => {
    expect(toCsv([['æ', 'ø', 'å']], { bom: false })).toBe('æ,ø,å\r\n');
    expect(toCsv([['a']], { bom: true })).toBe(BOM + 'a\r\n');
  });

  it('writes nothing but the BOM for no rows', () => {
    expect(toCsv([])).toBe(BOM);
    expect(toCsv([], { bom: false })).toBe('');
  });

  it('quotes cells with quotes, commas, CR or LF and doubles inner quotes', () => {
    expect(
      toCsv([['Si «hei», "Kari"', 'linje 1\nlinje 2', 'a\rb', 'vanlig']], { bom: false }),
    ).toBe('"Si «hei», ""Kari""","linje 1\nlinje 2","a\rb",vanlig\r\n');
  });

  it('writes numbers and booleans as they are; null and undefined as empty', () => {
    expect(toCsv([[1, -2.5, 0, true, false, null, undefined, NaN, Infinity]], { bom: false })).toBe(
      '1,-2.5,0,true,false,,,,\r\n',
    );
  });

  it('neutralises formula injection in string cells', () => {
    expect(
      toCsv([['=SUM(A1:A2)', '+47 22 00 00 00', '-1', '@cmd', '\tx', '\rx', 'a=b']], {
        bom: false,
      }),
    ).toBe("'=SUM(A1:A2),'+47 22 00 00 00,'-1,'@cmd,\"'\tx\",\"'\rx\",a=b\r\n");
  });

  it('neutralises and quotes at once', () => {
    expect(toCsv([['=HYPERLINK("http://x","klikk")']], { bom: false })).toBe(
      '"\'=HYPERLINK(""http://x"",""klikk"")"\r\n',
    );
  });

  it('also quotes tabs, semicolons and a leading BOM, so a reader never takes them for its own', () => {
    expect(toCsv([['a\tb', '1;2', '\uFEFFx', 'y\uFEFF']], { bom: false })).toBe(
      '"a\tb","1;2","\uFEFFx",y\uFEFF\r\n',
    );
  });

  it('allows ragged rows and empty rows', () => {
    expect(toCsv([['a', 'b'], [], ['c']], { bom: false })).toBe('a,b\r\n\r\nc\r\n');
  });
});

describe('toTsv', () => {
  it('writes tabs and CRLF line ends, the last line too, and no BOM', () => {
    expect(
      toTsv([
        ['Område', 'Status'],
        ['Økonomisk handlingsrom', 'Kan styrkes'],
      ]),
    ).toBe('Område\tStatus\r\nØkonomisk handlingsrom\tKan styrkes\r\n');
    expect(toTsv([])).toBe('');
  });

  it('quotes cells with tabs, line ends, quotes, commas or semicolons', () => {
    expect(toTsv([['a\tb', 'linje 1\nlinje 2', 'Si "hei"', 'x, y', '1;2', 'vanlig']])).toBe(
      '"a\tb"\t"linje 1\nlinje 2"\t"Si ""hei"""\t"x, y"\t"1;2"\tvanlig\r\n',
    );
  });

  it('neutralises formula injection, since a paste runs formulas too', () => {
    expect(toTsv([['=1+1', '-2', 2, -2, '@x', 'a=b']])).toBe("'=1+1\t'-2\t2\t-2\t'@x\ta=b\r\n");
  });
});
