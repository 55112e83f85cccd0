// node --test: the committed shadow-token sheet is current and themes every colour src uses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildThemes, cssVarName, formatValue, isColor } from '@mulighetsrom/tokens/build';
import { readSources } from '@mulighetsrom/tokens/build/sources';
import {
  generate,
  mergeSameRules,
  outFile,
  referencedNames,
  sourceFiles,
} from './shadow-tokens.mjs';

const themes = buildThemes(readSources());
const colors = themes.light.filter(isColor).map((t) => cssVarName(t.path));
const committed = readFileSync(outFile, 'utf8');
const css = /^ {2}'(.*)';$/m.exec(committed)?.[1] ?? '';

/** Value of every token in a theme, by CSS name. */
const valuesOf = (/** @type {keyof typeof themes} */ theme) =>
  new Map(themes[theme].map((t) => [cssVarName(t.path), formatValue(t)]));

/**
 * The declarations of the rule whose selector list holds every selector of `selector` (inside
 * `media`, if given): rules with the same declarations side by side are written as one.
 * @param {string} selector
 * @param {string} [media]
 */
function declarationsOf(selector, media) {
  const scope = media ? (css.split(`@media ${media}{`)[1] ?? '') : css.replace(/@media[^]*$/, '');
  const wanted = selector.split(',');
  const rule = [...scope.matchAll(/(?<=^|\})([^{}]+)\{([^{}]*)\}/g)].find(([, list]) =>
    wanted.every((s) => list.split(',').includes(s)),
  );
  assert.ok(rule, `no rule ${media ?? ''} ${selector}`);
  return new Map(
    rule[2].split(';').map((d) => /** @type {[string, string]} */ (d.split(/:(.*)/s, 2))),
  );
}

const attr = (/** @type {string} */ t) => `[data-color-scheme="${t}"]`;
/** Where each theme applies in the shadow root: buildShadowCss with an ancestor choice as a custom state. */
const RULES = {
  light: [
    [':host'],
    [':host(:state(scheme-light))'],
    [`:host(${attr('light')}),:host(${attr('auto')})`],
  ],
  dark: [
    [':host(:state(scheme-dark))'],
    [`:host(${attr('dark')})`],
    [`:host,:host(${attr('auto')})`, '(prefers-color-scheme: dark)'],
  ],
  'high-contrast': [
    [':host(:state(scheme-high-contrast))'],
    [`:host(${attr('high-contrast')})`],
    [`:host,:host(${attr('auto')})`, '(prefers-contrast: more)'],
  ],
};

describe('shadow-tokens.generated.ts', () => {
  it('is up to date (else run: node scripts/shadow-tokens.mjs)', () => {
    assert.equal(committed, generate().text);
  });

  const used = referencedNames(
    sourceFiles()
      .map((file) => readFileSync(file, 'utf8'))
      .join('\n'),
    colors,
  );

  it('finds the colours the widgets use', () => {
    // Spot checks, literal and in a template literal (model-export.ts).
    for (const name of [
      '--mulighetsrom-color-text-default',
      '--mulighetsrom-color-focus-ring',
      '--mulighetsrom-color-level-kontor-stroke',
      '--mulighetsrom-color-status-planned-border',
    ]) {
      assert.ok(used.has(name), name);
    }
  });

  for (const [theme, rules] of Object.entries(RULES)) {
    it(`sets every colour src uses to its ${theme} value wherever ${theme} applies`, () => {
      const values = valuesOf(/** @type {keyof typeof themes} */ (theme));
      for (const [selector, media] of rules) {
        const declared = declarationsOf(selector, media);
        assert.equal(declared.get('color-scheme'), theme === 'dark' ? 'dark' : 'light', selector);
        for (const name of used)
          assert.equal(declared.get(name), values.get(name), `${selector} ${name}`);
      }
    });
  }

  it('holds no token that src does not use and no theme-invariant token', () => {
    const declared = new Set(css.match(/--mulighetsrom-[a-z0-9-]+/g));
    assert.deepEqual([...declared].sort(), [...used].sort());
  });
});

describe('mergeSameRules', () => {
  it('writes rules with the same declarations side by side once, in their place', () => {
    assert.equal(
      mergeSameRules('a{x:1}b{x:1}c{x:1}d{y:2}@media q{e{y:2}f{y:2}}g{y:2}'),
      'a,b,c{x:1}d{y:2}@media q{e,f{y:2}}g{y:2}',
    );
    assert.equal(mergeSameRules('a{x:1}b{y:2}a{x:1}'), 'a{x:1}b{y:2}a{x:1}', 'not side by side');
  });
});

describe('referencedNames', () => {
  const known = [
    '--mulighetsrom-color-level-eier-fill',
    '--mulighetsrom-color-level-eier-stroke',
    '--mulighetsrom-color-level-kontor-fill',
    '--mulighetsrom-color-text-default',
  ];

  it('finds literal names and ignores names that are no token', () => {
    const text = 'x: var(--mulighetsrom-color-text-default, #000); --mulighetsrom-model-max-width';
    assert.deepEqual([...referencedNames(text, known)], ['--mulighetsrom-color-text-default']);
  });

  it('keeps every token a template literal could name', () => {
    const text = 'read(`--mulighetsrom-color-level-${level}-fill`, fill)';
    assert.deepEqual(
      [...referencedNames(text, known)],
      ['--mulighetsrom-color-level-eier-fill', '--mulighetsrom-color-level-kontor-fill'],
    );
  });

  it('does not take a prefix for a name', () => {
    assert.equal(referencedNames('--mulighetsrom-color-level-eier', known).size, 0);
  });
});
