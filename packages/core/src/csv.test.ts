import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.js';

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
    ).toBe("'=SUM(A1:A2),'+47 22 00 00 00,'-1,'@cmd,'\tx,\"'\rx\",a=b\r\n");
  });

  it('neutralises and quotes at once', () => {
    expect(toCsv([['=HYPERLINK("http://x","klikk")']], { bom: false })).toBe(
      '"\'=HYPERLINK(""http://x"",""klikk"")"\r\n',
    );
  });

  it('allows ragged rows and empty rows', () => {
    expect(toCsv([['a', 'b'], [], ['c']], { bom: false })).toBe('a,b\r\n\r\nc\r\n');
  });
});
