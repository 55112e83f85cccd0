import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanCmsJson } from './cms-json.js';
import { jsonErrorOffset, parseJsonText } from './json.js';

const failure = (text: string) => {
  const result = parseJsonText(text);
  if (result.ok) throw new Error('expected a syntax error');
  expect(result.errors).toHaveLength(1);
  expect(result.errors[0]?.path).toBe('$');
  return result.errors[0]?.message;
};

describe('parseJsonText', () => {
  it('parses valid JSON', () => {
    expect(parseJsonText('{"a": [1, "ø", null, true]}')).toEqual({
      ok: true,
      value: { a: [1, 'ø', null, true] },
    });
    expect(parseJsonText(' 3 ')).toEqual({ ok: true, value: 3 });
  });

  it('ignores a leading byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('reports empty text', () => {
    expect(failure('  \n ')?.nb).toBe('Dataene er tomme: forventet JSON.');
    expect(failure('')?.en).toBe('The data is empty: expected JSON.');
  });

  it('gives line, column and an excerpt in every language', () => {
    const text = '{\n  "title": "Arendal",\n  "areas": [{ "id": 1, }]\n}';
    expect(failure(text)).toEqual({
      nb: 'Ugyldig JSON på linje 3, kolonne 24, ved «[{ "id": 1, }]».',
      nn: 'Ugyldig JSON på linje 3, kolonne 24, ved «[{ "id": 1, }]».',
      en: 'Invalid JSON at line 3, column 24, near “[{ "id": 1, }]”.',
    });
  });

  it('points at a missing comma', () => {
    expect(failure('{"a": 1\n "b": 2}')?.en).toMatch(/line 2, column 2,/);
  });

  it('points at single quotes and trailing text', () => {
    expect(failure("{'a': 1}")?.en).toMatch(/line 1, column 2,/);
    expect(failure('{"a": 1} x')?.en).toMatch(/line 1, column 10, near “\{"a": 1\} x”/);
    expect(failure('[tru]')?.en).toMatch(/line 1, column 5,/);
  });

  it('handles CRLF line ends', () => {
    expect(failure('{\r\n"a": 1,\r\n}')?.en).toMatch(/line 3, column 1,/);
  });

  it('says when the text ends too early', () => {
    expect(failure('{"areas": [{"id": 1}')).toEqual({
      nb: 'Ugyldig JSON: teksten slutter for tidlig (linje 1, kolonne 21).',
      nn: 'Ugyldig JSON: teksten sluttar for tidleg (linje 1, kolonne 21).',
      en: 'Invalid JSON: the text ends too early (line 1, column 21).',
    });
    expect(failure('{"a": "open')?.en).toMatch(/ends too early/);
  });

  it('keeps the excerpt short', () => {
    const long = '{"a": "' + 'x'.repeat(200) + '" "b": 1}';
    const message = failure(long);
    expect(message?.en.length).toBeLessThan(100);
  });
});

describe('jsonErrorOffset agrees with JSON.parse', () => {
  const valid = (text: string) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false;
    }
  };

  it.each([
    '{}',
    '[]',
    '-0.5e+10',
    '"\\u00e6\\n"',
    ' {"a":[1,{"b":null}],"c":false} ',
    '01',
    '1.',
    '-',
    '"\t"',
    '"\\x"',
    '"\\u12"',
    '[1,]',
    '{"a" 1}',
    'nul',
    '1e',
    '{,}',
  ])('%j', (text) => {
    expect(jsonErrorOffset(text) === -1).toBe(valid(text));
  });

  it('for generated JSON and mutations of it (property)', () => {
    const mutated = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('', ',', '}', ']', '"', ':', ' ', 'x', '0', '.', '-', '\\'),
      )
      .map(([json, at, insert]) => {
        const i = at % (json.length + 1);
        return json.slice(0, i) + insert + json.slice(i + (at % 2));
      });
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        const offset = jsonErrorOffset(text);
        expect(offset === -1).toBe(valid(text));
        if (offset !== -1) expect(offset).toBeLessThanOrEqual(text.length);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('cleanCmsJson', () => {
  it('removes paragraph tags wpautop wraps around the JSON', () => {
    const mangled = '<p>{"title": "NAV Arendal", "areas": [{"id": 1}]}</p>';
    expect(JSON.parse(cleanCmsJson(mangled))).toEqual({ title: 'NAV Arendal', areas: [{ id: 1 }] });
  });

  it('repairs a blank line split into </p>\\n<p> and line breaks turned into <br />', () => {
    const mangled = [
      '<p>{<br />',
      '  "title": "Partnerskapet i Grimstad",<br />',
      '  "areas": [<br />',
      '    { "id": 3, "status": "strong" },</p>',
      '<p>    { "id": 7, "status": "improve", "planned": true }<br>',
      '  ]<BR/>',
      '}</p>',
    ].join('\n');
    expect(JSON.parse(cleanCmsJson(mangled))).toEqual({
      title: 'Partnerskapet i Grimstad',
      areas: [
        { id: 3, status: 'strong' },
        { id: 7, status: 'improve', planned: true },
      ],
    });
  });

  it('keeps tag-like text inside string values', () => {
    const mangled = '<p>{"note": "Bruk <p> og <br /> som tekst", "b": "</p>"}</p>';
    expect(JSON.parse(cleanCmsJson(mangled))).toEqual({
      note: 'Bruk <p> og <br /> som tekst',
      b: '</p>',
    });
  });

  it('tracks escaped quotes inside strings', () => {
    const mangled = '{"a": "sa \\"hei\\" <br>", <br />"b": "\\\\"}<br>';
    expect(JSON.parse(cleanCmsJson(mangled))).toEqual({ a: 'sa "hei" <br>', b: '\\' });
  });

  it('removes empty paragraphs with &nbsp; and no-break spaces between tokens', () => {
    const mangled = '<p>{"a": 1,</p>\n<p>&nbsp;</p>\n<p>\u00a0"b": 2}</p>';
    expect(JSON.parse(cleanCmsJson(mangled))).toEqual({ a: 1, b: 2 });
  });

  it('accepts paragraph tags with attributes', () => {
    expect(cleanCmsJson('<p class="x">[1]</p>')).toBe('[1]');
  });

  it('leaves clean JSON and other text unchanged', () => {
    const clean = '{\n  "a": [1, 2],\n  "b": "<em>x</em>"\n}';
    expect(cleanCmsJson(clean)).toBe(clean);
    expect(cleanCmsJson('{"a": <em>1}')).toBe('{"a": <em>1}');
  });

  it('never changes valid JSON (property)', () => {
    fc.assert(
      fc.property(fc.json(), (json) => {
        expect(cleanCmsJson(json)).toBe(json);
      }),
      { numRuns: 500 },
    );
  });
});
