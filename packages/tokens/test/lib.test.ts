import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  THEMES,
  assertSameNames,
  buildFlatJson,
  buildIndexDts,
  buildIndexJs,
  buildPageCss,
  buildShadowCss,
  buildThemes,
  cssVarName,
  flattenTokens,
  formatValue,
  minifyCss,
  nestTokens,
  resolveReferences,
  type FlatToken,
  type Sources,
} from '../scripts/lib.mjs';

const token = (path: string, value: FlatToken['value'], type?: string): FlatToken => ({
  path: path.split('.'),
  value,
  type,
  description: undefined,
});

/** A small but complete source set: one base token, a palette, one colour per theme. */
function fixture(): Sources {
  const color = (value: string) => ({ color: { $type: 'color', text: { $value: value } } });
  return {
    base: { space: { $type: 'dimension', 2: { $value: { value: 0.5, unit: 'rem' } } } },
    palette: { palette: { $type: 'color', ink: { $value: '#111111' } } },
    themes: {
      light: color('{palette.ink}'),
      dark: color('#eeeeee'),
      'high-contrast': color('#000000'),
    },
  };
}

describe('flattenTokens', () => {
  it('walks groups, skips $ keys and inherits $type', () => {
    const flat = flattenTokens({
      $description: 'root',
      color: {
        $type: 'color',
        text: { $value: '#000', $description: 'Body text' },
        size: { $value: '1px', $type: 'dimension' },
      },
    });
    expect(flat).toEqual([
      { path: ['color', 'text'], value: '#000', type: 'color', description: 'Body text' },
      { path: ['color', 'size'], value: '1px', type: 'dimension', description: undefined },
    ]);
  });

  it('refuses values that are neither tokens nor groups', () => {
    expect(() => flattenTokens({ color: { text: '#000' } })).toThrow(/color\.text/);
  });
});

describe('resolveReferences', () => {
  it('follows chains and takes the target type when it has none', () => {
    const [a, b] = resolveReferences(
      [token('color.a', '{color.b}'), token('color.b', '{palette.blue}')],
      [token('palette.blue', '#0000ff', 'color')],
    );
    expect(a).toMatchObject({ path: ['color', 'a'], value: '#0000ff', type: 'color' });
    expect(b).toMatchObject({ value: '#0000ff' });
  });

  it('reports unknown and circular references', () => {
    expect(() => resolveReferences([token('a', '{b}')])).toThrow(/a: unknown reference \{b\}/);
    expect(() => resolveReferences([token('a', '{b}'), token('b', '{a}')])).toThrow(/circular/);
  });

  it('leaves values that merely contain braces alone', () => {
    expect(resolveReferences([token('a', 'x {b} y')])[0]?.value).toBe('x {b} y');
  });
});

describe('cssVarName', () => {
  it('joins the path in kebab-case under the prefix', () => {
    expect(cssVarName(['color', 'level', 'eier', 'fill'])).toBe(
      '--mulighetsrom-color-level-eier-fill',
    );
    expect(cssVarName('color.status.no-answer.background')).toBe(
      '--mulighetsrom-color-status-no-answer-background',
    );
    expect(cssVarName(['font', 'lineHeight'])).toBe('--mulighetsrom-font-line-height');
  });

  it('refuses names that are not clean CSS identifiers', () => {
    expect(() => cssVarName(['color', 'a b'])).toThrow(/clean CSS name/);
    expect(() => cssVarName(['color', 'ø'])).toThrow(/clean CSS name/);
  });
});

describe('formatValue', () => {
  it('formats DTCG value forms as CSS', () => {
    expect(formatValue(token('a', { value: 0.5, unit: 'rem' }, 'dimension'))).toBe('0.5rem');
    expect(formatValue(token('a', { value: 120, unit: 'ms' }, 'duration'))).toBe('120ms');
    expect(formatValue(token('a', 700, 'fontWeight'))).toBe('700');
    expect(formatValue(token('a', [0.2, 0, 0, 1], 'cubicBezier'))).toBe(
      'cubic-bezier(0.2, 0, 0, 1)',
    );
    expect(formatValue(token('a', ['Source Sans 3', 'sans-serif'], 'fontFamily'))).toBe(
      '"Source Sans 3", sans-serif',
    );
    expect(formatValue(token('a', 'inherit', 'fontFamily'))).toBe('inherit');
  });

  it('refuses unresolved references and values that could break out of a rule', () => {
    expect(() => formatValue(token('a', '{b}'))).toThrow(/unresolved/);
    expect(() => formatValue(token('a', 'red; } body { x: y'))).toThrow(/may not contain/);
  });
});

describe('buildThemes', () => {
  it('merges base and theme, resolves the palette and does not emit it', () => {
    const themes = buildThemes(fixture());
    expect(themes.light.map((t) => t.path.join('.'))).toEqual(['space.2', 'color.text']);
    expect(themes.light[1]?.value).toBe('#111111');
    expect(themes.dark[1]?.value).toBe('#eeeeee');
  });

  it('fails when a theme lacks a token another theme has', () => {
    const sources = fixture();
    sources.themes.dark = { color: { $type: 'color', other: { $value: '#fff' } } };
    expect(() => buildThemes(sources)).toThrow(/dark lacks color\.text/);
    expect(() => buildThemes(sources)).toThrow(/light lacks color\.other/);
  });

  it('fails when two paths give the same variable name', () => {
    const sources = fixture();
    sources.themes.light = {
      color: { $type: 'color', text: { $value: '#000' }, Text: { $value: '#111' } },
    };
    expect(() => buildThemes(sources)).toThrow(/defined twice/);
  });

  it('assertSameNames accepts equal sets', () => {
    expect(() => assertSameNames({ a: [token('x', 1)], b: [token('x', 2)] })).not.toThrow();
  });
});

describe('page CSS', () => {
  const css = buildPageCss(buildThemes(fixture()));
  const blocks = (text: string) =>
    [...text.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({
      selector: m[1]!.trim(),
      body: m[2]!,
    }));

  it('puts light and the theme-less tokens on :root, :host', () => {
    const first = blocks(css)[0]!;
    expect(first.selector).toMatch(/:root, :host$/);
    expect(first.body).toContain('--mulighetsrom-space-2: 0.5rem;');
    expect(first.body).toContain('--mulighetsrom-color-text: #111111;');
  });

  it('has explicit selectors for every scheme, after the defaults and before the media rules', () => {
    for (const theme of THEMES) {
      expect(css).toContain(
        `[data-color-scheme="${theme}"], :host([data-color-scheme="${theme}"])`,
      );
    }
    const darkExplicit = css.indexOf('[data-color-scheme="dark"], :host');
    expect(darkExplicit).toBeGreaterThan(css.indexOf(':root, :host'));
    expect(darkExplicit).toBeLessThan(css.indexOf('@media'));
  });

  it('applies dark and more contrast only where no scheme is chosen (or "auto")', () => {
    const min = minifyCss(css);
    const implicit =
      ':root:not([data-color-scheme]),:host(:not([data-color-scheme])),[data-color-scheme="auto"]';
    expect(min).toContain(
      `@media (prefers-color-scheme: dark){${implicit}{color-scheme:dark;--mulighetsrom-color-text:#eeeeee}}`,
    );
    expect(min).toContain(`@media (prefers-contrast: more){${implicit}{color-scheme:light;`);
    // High contrast comes after dark so that it wins when both settings are on.
    expect(css.indexOf('prefers-contrast')).toBeGreaterThan(css.indexOf('prefers-color-scheme'));
    // Theme-less tokens are not repeated per theme.
    expect(css.match(/--mulighetsrom-space-2:/g)).toHaveLength(1);
  });

  it('wraps everything in one cascade layer, so unlayered page CSS overrides it', () => {
    const min = minifyCss(css);
    expect(min.startsWith('@layer mulighetsrom.tokens{')).toBe(true);
    expect(min.endsWith('}}}')).toBe(true);
    expect(min.match(/@layer/g)).toHaveLength(1);
  });
});

describe('shadow CSS', () => {
  const css = buildShadowCss(buildThemes(fixture()));
  const at = (needle: string) => {
    const i = css.indexOf(needle);
    expect(i, needle).toBeGreaterThanOrEqual(0);
    return i;
  };

  it('orders :host < :host-context() < :host([…]) < media for the implicit case', () => {
    const host = at(':host {');
    const context = at(':host-context([data-color-scheme="dark"]) {');
    const own = at(':host([data-color-scheme="dark"]) {');
    const media = at(
      '@media (prefers-color-scheme: dark) {\n  :host, :host([data-color-scheme="auto"]) {',
    );
    const more = at(
      '@media (prefers-contrast: more) {\n  :host, :host([data-color-scheme="auto"]) {',
    );
    expect(host).toBeLessThan(context);
    expect(context).toBeLessThan(own);
    expect(own).toBeLessThan(media);
    expect(media).toBeLessThan(more);
  });

  it('keeps every :host-context() in a rule of its own', () => {
    const selectors = [...css.matchAll(/^\s*([^{}\n]*:host-context[^{}\n]*)\{/gm)].map((m) => m[1]);
    expect(selectors).toHaveLength(THEMES.length);
    for (const selector of selectors) expect(selector).not.toContain(',');
  });

  it('does not target :root', () => {
    expect(css).not.toContain(':root');
  });
});

describe('shadow CSS with only', () => {
  // The fixture plus a second colour, so that leaving one out can be seen.
  const sources = fixture();
  for (const [theme, value] of [
    ['light', '#0000aa'],
    ['dark', '#aaaaff'],
    ['high-contrast', '#000055'],
  ] as const) {
    (sources.themes[theme] as { color: Record<string, unknown> }).color.accent = { $value: value };
  }
  const themes = buildThemes(sources);
  const text = '--mulighetsrom-color-text';
  const slim = buildShadowCss(themes, { only: [text] });
  /** Each rule's selector (with its @media) and the names it declares. */
  const rules = (css: string) =>
    [...minifyCss(css).matchAll(/((?:@media[^{]*\{)?[^{}]+)\{([^{}]*)\}/g)].map((m) => ({
      selector: m[1],
      names: [...(m[2] ?? '').matchAll(/(--[\w-]+):/g)].map((d) => d[1]),
    }));

  it('keeps every rule of the full sheet, in the same order', () => {
    // :host, three :host-context(), three :host([…]), two media rules.
    expect(rules(slim)).toHaveLength(9);
    expect(rules(slim).map((r) => r.selector)).toEqual(
      rules(buildShadowCss(themes)).map((r) => r.selector),
    );
  });

  it("declares just the named token, in every rule, with each theme's value", () => {
    for (const rule of rules(slim)) expect(rule.names, rule.selector).toEqual([text]);
    const min = minifyCss(slim);
    expect(min).toContain(`:host{color-scheme:light;${text}:#111111}`);
    expect(min).toContain(`:host([data-color-scheme="dark"]){color-scheme:dark;${text}:#eeeeee}`);
    expect(min).toContain(
      `:host-context([data-color-scheme="high-contrast"]){color-scheme:light;${text}:#000000}`,
    );
    expect(min).not.toContain('accent');
    expect(min).not.toContain('space');
  });

  it('can keep a non-colour token, on :host only', () => {
    const css = buildShadowCss(themes, { only: ['--mulighetsrom-space-2'] });
    expect(rules(css).filter((r) => r.names.length > 0)).toEqual([
      { selector: ':host', names: ['--mulighetsrom-space-2'] },
    ]);
  });

  it('gives the full sheet when every name is kept', () => {
    const all = themes.light.map((t) => cssVarName(t.path));
    expect(buildShadowCss(themes, { only: all })).toBe(buildShadowCss(themes));
  });

  it('refuses names that are not tokens', () => {
    expect(() => buildShadowCss(themes, { only: [text, '--mulighetsrom-color-nope'] })).toThrow(
      /Unknown tokens: --mulighetsrom-color-nope/,
    );
  });
});

describe('minifyCss', () => {
  it('keeps the rules and drops comments and spacing', () => {
    const css =
      '/* x */\n@media (a: b) {\n  :host, :host([x]) {\n    --m-a: 1px;\n    --m-b: cubic-bezier(0, 0, 1, 1);\n  }\n}\n';
    expect(minifyCss(css)).toBe(
      '@media (a: b){:host,:host([x]){--m-a:1px;--m-b:cubic-bezier(0,0,1,1)}}',
    );
  });
});

describe('generated module', () => {
  const themes = buildThemes(fixture());

  it('exports tokens, tokenList, tokensCss and working cssVar helpers', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tokens-'));
    const file = join(dir, 'index.js');
    writeFileSync(file, buildIndexJs(themes));
    const mod = await import(pathToFileURL(file).href);
    expect(mod.themes).toEqual(['light', 'dark', 'high-contrast']);
    expect(mod.tokens.dark.color.text).toBe('#eeeeee');
    expect(mod.tokens.light.space['2']).toBe('0.5rem');
    expect(mod.tokenList[1]).toMatchObject({
      name: '--mulighetsrom-color-text',
      path: 'color.text',
      type: 'color',
      values: { light: '#111111', dark: '#eeeeee', 'high-contrast': '#000000' },
    });
    expect(mod.tokensCss).toBe(minifyCss(buildShadowCss(themes)));
    expect(mod.cssVarName('color.text')).toBe('--mulighetsrom-color-text');
    expect(mod.cssVar('space.2')).toBe('var(--mulighetsrom-space-2)');
    expect(mod.cssVar('space.2', '8px')).toBe('var(--mulighetsrom-space-2, 8px)');
    expect(() => mod.cssVar('space.9')).toThrow(/Unknown token/);
  });

  it('declares every path and the nested shape', () => {
    const dts = buildIndexDts(themes);
    expect(dts).toContain('export type TokenPath =\n  | "space.2"\n  | "color.text";');
    expect(dts).toContain('readonly "2": string;');
    expect(dts).toContain('export declare const tokensCss: string;');
  });

  it('writes a flat name → value-per-theme map', () => {
    expect(buildFlatJson(themes)['--mulighetsrom-color-text']).toEqual({
      light: '#111111',
      dark: '#eeeeee',
      'high-contrast': '#000000',
    });
  });

  it('nests values by path and keeps numbers as numbers', () => {
    expect(nestTokens([token('a.b', 1), token('a.c', { value: 2, unit: 'px' })])).toEqual({
      a: { b: 1, c: '2px' },
    });
  });
});

describe('shadow CSS with ancestor: state', () => {
  const themes = buildThemes(fixture());
  const hostContext = buildShadowCss(themes);
  const state = buildShadowCss(themes, { ancestor: 'state' });

  it('reads an ancestor choice from custom states instead of :host-context()', () => {
    expect(state).not.toContain(':host-context(');
    for (const theme of ['light', 'dark', 'high-contrast']) {
      expect(state).toContain(`:host(:state(scheme-${theme})) {`);
      expect(hostContext).toContain(`:host-context([data-color-scheme="${theme}"]) {`);
    }
  });

  it('changes nothing else: same rules, same order, same declarations', () => {
    const normalized = state.replace(
      /:host\(:state\(scheme-([a-z-]+)\)\)/g,
      ':host-context([data-color-scheme="$1"])',
    );
    expect(normalized).toBe(hostContext);
  });
});
