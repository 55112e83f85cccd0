import { dataError } from './schema/errors.js';
import type { ParseResult } from './types.js';

const WS = ' \t\n\r';

/**
 * Offset of the first JSON syntax error in `text`, or -1 if it is valid. A small scanner of our
 * own: engines word (and place) JSON.parse errors differently, and we need a position.
 */
export function jsonErrorOffset(text: string): number {
  let i = 0;
  const skip = () => {
    while (i < text.length && WS.includes(text[i] as string)) i++;
  };
  const literal = (word: string) => {
    if (text.startsWith(word, i)) {
      i += word.length;
      return true;
    }
    // Point at the first character that differs.
    let k = 0;
    while (text[i + k] === word[k]) k++;
    i += k;
    return false;
  };
  const string = (): boolean => {
    i++; // opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return true;
      }
      if (c < 32) return false;
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return false;
          }
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else {
          i++;
          return false;
        }
      } else i++;
    }
    return false;
  };
  const number = (): boolean => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match || match[0] === '-' || match[0].length === 0) return false;
    i += match[0].length;
    // A dangling '.', 'e' or digit after a leading zero is an error right here.
    return !/^[.eE\d]/.test(text.slice(i, i + 1));
  };
  const value = (depth: number): boolean => {
    skip();
    if (depth > 5000) return false;
    const c = text[i];
    if (c === '{') {
      i++;
      skip();
      if (text[i] === '}') {
        i++;
        return true;
      }
      for (;;) {
        skip();
        if (text[i] !== '"' || !string()) return false;
        skip();
        if (text[i] !== ':') return false;
        i++;
        if (!value(depth + 1)) return false;
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return true;
        } else return false;
      }
    }
    if (c === '[') {
      i++;
      skip();
      if (text[i] === ']') {
        i++;
        return true;
      }
      for (;;) {
        if (!value(depth + 1)) return false;
        skip();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return true;
        } else return false;
      }
    }
    if (c === '"') return string();
    if (c === 't') return literal('true');
    if (c === 'f') return literal('false');
    if (c === 'n') return literal('null');
    if (c === '-' || (c !== undefined && c >= '0' && c <= '9')) return number();
    return false;
  };
  if (!value(0)) return Math.min(i, text.length);
  skip();
  return i < text.length ? i : -1;
}

/** 1-based line and column of an offset (column counts UTF-16 units). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/** Up to ~24 characters of the offending line around `offset`, whitespace squeezed. */
function excerpt(text: string, offset: number): string {
  let start = offset;
  while (start > 0 && offset - start < 12 && !'\r\n'.includes(text[start - 1] as string)) start--;
  let end = offset;
  while (end < text.length && end - offset < 12 && !'\r\n'.includes(text[end] as string)) end++;
  return text.slice(start, end).replace(/\s+/g, ' ').trim();
}

/**
 * Parse JSON text. Never throws: a syntax error becomes one DataError at path `$` saying where
 * (line, column, excerpt) in every language. A leading byte order mark is ignored.
 */
export function parseJsonText(text: string): ParseResult<unknown> {
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (source.trim() === '') return { ok: false, errors: [dataError('$', 'jsonEmpty')] };
  try {
    return { ok: true, value: JSON.parse(source) };
  } catch {
    const found = jsonErrorOffset(source);
    const offset = found < 0 ? 0 : found;
    const where = lineColumn(source, offset);
    if (offset >= source.length) {
      return { ok: false, errors: [dataError('$', 'jsonSyntaxEnd', where)] };
    }
    const params = { ...where, excerpt: excerpt(source, offset) };
    return { ok: false, errors: [dataError('$', 'jsonSyntax', params)] };
  }
}
