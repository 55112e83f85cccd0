import { describe, expect, it } from 'vitest';
import { DEFAULT_LANG, format, LANGS, localize, normalizeLang } from './index.js';
import { errorMessages } from './errors.js';

describe('normalizeLang', () => {
  it.each([
    ['nb', 'nb'],
    ['nb-NO', 'nb'],
    ['no', 'nb'],
    ['no-NO', 'nb'],
    ['nob', 'nb'],
    ['NB_no', 'nb'],
    ['nn', 'nn'],
    ['nn-NO', 'nn'],
    ['nno', 'nn'],
    ['en', 'en'],
    ['en-GB', 'en'],
    ['en-US', 'en'],
    [' EN ', 'en'],
  ])('%s → %s', (tag, lang) => {
    expect(normalizeLang(tag)).toBe(lang);
  });

  it.each([['sv'], ['se'], ['de-DE'], [''], ['x'], ['nbx'], ['english']])(
    '%s → undefined',
    (tag) => {
      expect(normalizeLang(tag)).toBeUndefined();
    },
  );

  it('accepts null and undefined', () => {
    expect(normalizeLang(null)).toBeUndefined();
    expect(normalizeLang(undefined)).toBeUndefined();
    expect(normalizeLang()).toBeUndefined();
  });

  it('defaults to Bokmål', () => {
    expect(DEFAULT_LANG).toBe('nb');
    expect(LANGS).toEqual(['nb', 'nn', 'en']);
  });
});

describe('format', () => {
  it('replaces named placeholders, repeatedly', () => {
    expect(format('{a} og {b}, {a}', { a: 1, b: 'to' })).toBe('1 og to, 1');
  });

  it('leaves unknown placeholders visible', () => {
    expect(format('Område {id}', {})).toBe('Område {id}');
    expect(format('Område {id}')).toBe('Område {id}');
  });

  it('inserts values as text, without re-expanding', () => {
    expect(format('{a}', { a: '{b}', b: 'x' })).toBe('{b}');
    expect(format('{a}', { a: '$& $1' })).toBe('$& $1');
  });

  it('ignores inherited properties', () => {
    expect(format('{toString}', {})).toBe('{toString}');
  });
});

describe('localize', () => {
  it('builds one text per language', () => {
    expect(localize(errorMessages, 'unknownArea', { id: 42 })).toEqual({
      nb: 'Område 42 finnes ikke i katalogen.',
      nn: 'Område 42 finst ikkje i katalogen.',
      en: 'Area 42 is not in the catalog.',
    });
  });
});
