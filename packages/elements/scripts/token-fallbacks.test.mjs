// node --test: every `var(--mulighetsrom-<token>, <literal>)` in the shipped sources of
// src/ falls back to that token's own value, so a widget without the page's tokens.css (or
// outside the shadow token sheet, which carries colours only) looks as it does with them.
// Colours are compared with the light theme (the default); space, radius, font, focus and
// motion tokens are the same in every theme. A fallback that is itself a `var()` is not a
// literal (its inner `var()` is checked on its own), and names that are no token (a
// component's own variable such as `--mulighetsrom-model-max-width`) are skipped.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, it } from 'node:test';
import { buildThemes, cssVarName, formatValue } from '@mulighetsrom/tokens/build';
import { readSources } from '@mulighetsrom/tokens/build/sources';
import { packageDir, sourceFiles } from './shadow-tokens.mjs';

/**
 * Drift found in files this check's change could not edit, reported to their owner. Each entry
 * is tolerated (and printed) while it is there and fails the check once fixed, so remove it then.
 */
const KNOWN_DRIFT = [];

/**
 * Every `var(--mulighetsrom-…, fallback)` in `text` whose fallback is a literal: no `var()`
 * and no `${…}` inside. The name may not be built in a template literal either.
 * @param {string} text
 * @returns {{ name: string, fallback: string, index: number }[]}
 */
export function literalFallbacks(text) {
  const found = [];
  for (const match of text.matchAll(/var\(\s*(--mulighetsrom-[\w-]+)\s*,/g)) {
    let depth = 1;
    let end = match.index + match[0].length;
    for (; end < text.length && depth > 0; end++) {
      if (text[end] === '(') depth++;
      else if (text[end] === ')') depth--;
    }
    if (depth > 0) continue; // unbalanced: not CSS we can read
    const fallback = text.slice(match.index + match[0].length, end - 1).trim();
    if (fallback === '' || /var\(|\$\{/.test(fallback)) continue;
    found.push({ name: /** @type {string} */ (match[1]), fallback, index: match.index });
  }
  return found;
}

/**
 * One spelling for equal CSS values: lower case, no optional spaces, #rgb(a) written out in
 * full, numbers without leading or trailing zeros (`.5rem` = `0.50rem`), seconds as
 * milliseconds, and a unit-less 0 for any zero length.
 * @param {string} value
 */
export function normalizeCss(value) {
  return value
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*([,()/])\s*/g, '$1')
    .replace(/["']/g, '"')
    .replace(/#([0-9a-f]{3,4})\b/g, (_, hex) => `#${[...hex].map((d) => d + d).join('')}`)
    .replace(/(?<![\w#.-])(-?(?:\d+\.?\d*|\.\d+))(s|ms|[a-z%]*)(?![\w.])/g, (_, number, unit) => {
      let n = Number(number);
      let u = unit;
      if (u === 's') [n, u] = [n * 1000, 'ms'];
      if (n === 0 && u !== 'ms' && u !== '%') u = '';
      return `${Number(n.toPrecision(12))}${u}`;
    });
}

/** The value of every token by CSS name: light-theme colours, and the rest (same in all themes). */
export function tokenValues() {
  const { light } = buildThemes(readSources());
  return new Map(light.map((token) => [cssVarName(token.path), formatValue(token)]));
}

describe('literal var() fallbacks equal their tokens', () => {
  const tokens = tokenValues();
  const checked = sourceFiles().flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return literalFallbacks(text)
      .filter(({ name }) => tokens.has(name))
      .map((use) => ({
        ...use,
        file: relative(packageDir, file),
        line: text.slice(0, use.index).split('\n').length,
      }));
  });

  it('finds the fallbacks to check', () => {
    // The base and the model alone write dozens; none found means the reader broke.
    assert.ok(checked.length > 30, `found ${checked.length} token fallbacks`);
  });

  const drifted = checked.filter(
    ({ name, fallback }) => normalizeCss(fallback) !== normalizeCss(tokens.get(name)),
  );
  const isKnown = (use) =>
    KNOWN_DRIFT.some(
      (k) => k.file === use.file && k.name === use.name && k.fallback === use.fallback,
    );
  const say = ({ file, line, name, fallback }) =>
    `${file}:${line}: var(${name}, ${fallback}) should fall back to ${tokens.get(name)}`;

  it('every literal fallback is its token’s value', (t) => {
    for (const use of drifted.filter(isKnown)) t.diagnostic(`known drift, reported: ${say(use)}`);
    const drift = drifted.filter((use) => !isKnown(use)).map(say);
    assert.deepEqual(drift, [], `fallbacks that drifted from the tokens:\n${drift.join('\n')}`);
  });

  it('every known drift is still there (remove fixed ones from KNOWN_DRIFT)', () => {
    assert.deepEqual(
      KNOWN_DRIFT.filter(
        (k) => !drifted.some((use) => isKnown(use) && use.file === k.file && use.name === k.name),
      ),
      [],
    );
  });
});

describe('reading and comparing fallbacks', () => {
  it('reads literal fallbacks, nested ones too, and skips var() and ${} fallbacks', () => {
    const text =
      'a: var(--mulighetsrom-space-3, 0.75rem) var(--mulighetsrom-space-4,1rem);\n' +
      'b: var(--_x, var(--mulighetsrom-color-focus-ring, #1b4fbd));\n' +
      'c: var(--mulighetsrom-radius-small, var(--other, 2px));\n' +
      'd: var(--mulighetsrom-font-size-large, ${size});\n' +
      'e: var(--mulighetsrom-color-text-default);\n' +
      'f: var(--mulighetsrom-motion-easing-standard, cubic-bezier(0.2, 0, 0, 1));';
    assert.deepEqual(
      literalFallbacks(text).map(({ name, fallback }) => [name, fallback]),
      [
        ['--mulighetsrom-space-3', '0.75rem'],
        ['--mulighetsrom-space-4', '1rem'],
        ['--mulighetsrom-color-focus-ring', '#1b4fbd'],
        ['--mulighetsrom-motion-easing-standard', 'cubic-bezier(0.2, 0, 0, 1)'],
      ],
    );
  });

  it('treats equal values written differently as equal', () => {
    const same = [
      ['#fff', '#ffffff'],
      ['#FFF', '#ffffff'],
      ['#2c5ea824', '#2C5EA824'],
      ['#abcd', '#aabbccdd'],
      ['.5rem', '0.5rem'],
      ['0.50rem', '0.5rem'],
      ['0.12s', '120ms'],
      ['0', '0rem'],
      ['1.50', '1.5'],
      ['cubic-bezier(.2,0,0,1)', 'cubic-bezier(0.2, 0, 0, 1)'],
      ["'Source Sans', system-ui", '"Source Sans",system-ui'],
    ];
    for (const [a, b] of same) assert.equal(normalizeCss(a), normalizeCss(b), `${a} = ${b}`);
  });

  it('tells different values apart', () => {
    const different = [
      ['#c30000', '#c30001'],
      ['0.375rem', '0.5rem'],
      ['1.125rem', '1.25rem'],
      ['2px', '2rem'],
      ['1.5', '15'],
      ['CanvasText', '#1a2230'],
    ];
    for (const [a, b] of different)
      assert.notEqual(normalizeCss(a), normalizeCss(b), `${a} ≠ ${b}`);
  });
});
