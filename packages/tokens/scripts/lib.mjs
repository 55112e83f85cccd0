// Pure functions of the token build: DTCG JSON in, CSS / JS / JSON text out. No file system,
// so the tests and the Storybook page can use them as they are.

/** The CSS custom-property prefix of every token. */
export const PREFIX = 'mulighetsrom';

/** The cascade layer of the page stylesheet. */
export const LAYER = `${PREFIX}.tokens`;

/** Colour themes, the first is the default. */
export const THEMES = /** @type {const} */ (['light', 'dark', 'high-contrast']);

/** @typedef {(typeof THEMES)[number]} ThemeName */
/** @typedef {string | number | readonly (string | number)[] | { value: number, unit: string }} TokenValue */
/**
 * A token after flattening.
 * @typedef {{ path: string[], value: TokenValue, type: string | undefined, description: string | undefined }} FlatToken
 */
/** @typedef {{ [key: string]: unknown }} TokenTree */
/** @typedef {{ base: TokenTree, palette?: TokenTree, themes: Record<ThemeName, TokenTree> }} Sources */

/**
 * @param {unknown} node
 * @returns {node is { $value: TokenValue }}
 */
export function isToken(node) {
  return typeof node === 'object' && node !== null && '$value' in node;
}

/**
 * Flatten a DTCG tree into a list of tokens. `$type` of a group is inherited by its tokens.
 * @param {TokenTree} tree
 * @param {string[]} [path]
 * @param {string} [inheritedType]
 * @returns {FlatToken[]}
 */
export function flattenTokens(tree, path = [], inheritedType = undefined) {
  /** @type {FlatToken[]} */
  const out = [];
  const groupType = typeof tree.$type === 'string' ? tree.$type : inheritedType;
  for (const [key, node] of Object.entries(tree)) {
    if (key.startsWith('$')) continue;
    if (typeof node !== 'object' || node === null) {
      throw new Error(`${[...path, key].join('.')}: expected a token or a group`);
    }
    if (isToken(node)) {
      const own = /** @type {{ $type?: unknown, $description?: unknown }} */ (node);
      out.push({
        path: [...path, key],
        value: node.$value,
        type: typeof own.$type === 'string' ? own.$type : groupType,
        description: typeof own.$description === 'string' ? own.$description : undefined,
      });
    } else {
      out.push(...flattenTokens(/** @type {TokenTree} */ (node), [...path, key], groupType));
    }
  }
  return out;
}

const REFERENCE = /^\{([^{}]+)\}$/;

/**
 * Resolve whole-value DTCG references (`"{palette.blue.500}"`), following chains.
 * The referring token keeps its own path and description and takes the type of its target
 * when it has none.
 * @param {FlatToken[]} tokens the tokens to resolve
 * @param {FlatToken[]} [context] extra tokens that may be referred to (e.g. the palette)
 * @returns {FlatToken[]}
 */
export function resolveReferences(tokens, context = []) {
  /** @type {Map<string, FlatToken>} */
  const byPath = new Map();
  for (const token of [...context, ...tokens]) byPath.set(token.path.join('.'), token);

  /**
   * @param {FlatToken} token
   * @param {string[]} seen
   * @returns {FlatToken}
   */
  const resolve = (token, seen) => {
    const match = typeof token.value === 'string' ? REFERENCE.exec(token.value) : null;
    if (!match) return token;
    const name = token.path.join('.');
    const target = byPath.get(/** @type {string} */ (match[1]));
    if (!target) throw new Error(`${name}: unknown reference ${String(token.value)}`);
    if (seen.includes(target.path.join('.'))) {
      throw new Error(
        `${name}: circular reference ${[...seen, target.path.join('.')].join(' → ')}`,
      );
    }
    const resolved = resolve(target, [...seen, target.path.join('.')]);
    return { ...token, value: resolved.value, type: token.type ?? resolved.type };
  };
  return tokens.map((token) => resolve(token, [token.path.join('.')]));
}

/**
 * `['color', 'level', 'eier', 'fill']` → `--mulighetsrom-color-level-eier-fill`.
 * camelCase becomes kebab-case; anything outside [a-z0-9-] is refused.
 * @param {readonly string[] | string} path a path array or a dotted name
 * @returns {string}
 */
export function cssVarName(path) {
  const parts = typeof path === 'string' ? path.split('.') : path;
  const name = parts
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase())
    .join('-');
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(name)) {
    throw new Error(`Token path ${parts.join('.')} does not make a clean CSS name`);
  }
  return `--${PREFIX}-${name}`;
}

/**
 * The CSS text of a token value.
 * @param {FlatToken} token
 * @returns {string}
 */
export function formatValue(token) {
  const { value, type } = token;
  const name = token.path.join('.');
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') {
    if (REFERENCE.test(value)) throw new Error(`${name}: unresolved reference ${value}`);
    if (/[;{}]/.test(value)) throw new Error(`${name}: value may not contain ; { or }`);
    return value;
  }
  if (Array.isArray(value)) {
    if (type === 'cubicBezier' && value.length === 4) return `cubic-bezier(${value.join(', ')})`;
    if (type === 'fontFamily') {
      return value.map((f) => (/^[\w-]+$/.test(String(f)) ? f : `"${f}"`)).join(', ');
    }
    throw new Error(`${name}: cannot format an array of type ${type}`);
  }
  if (typeof value === 'object' && value !== null && 'unit' in value) {
    return `${value.value}${value.unit}`;
  }
  throw new Error(`${name}: cannot format value ${JSON.stringify(value)}`);
}

/**
 * Build every theme: base + palette + that theme's colours, references resolved. Palette
 * tokens can be referred to but are not emitted. Every theme must define the same names.
 * @param {Sources} sources
 * @returns {Record<ThemeName, FlatToken[]>}
 */
export function buildThemes({ base, palette = {}, themes }) {
  const paletteTokens = flattenTokens(palette);
  const baseTokens = flattenTokens(base);
  const result = /** @type {Record<ThemeName, FlatToken[]>} */ ({});
  for (const theme of THEMES) {
    const tree = themes[theme];
    if (!tree) throw new Error(`Missing theme ${theme}`);
    const own = flattenTokens(tree);
    const all = [...baseTokens, ...own];
    const seen = new Set();
    for (const token of all) {
      const name = cssVarName(token.path);
      if (seen.has(name)) throw new Error(`${theme}: ${name} is defined twice`);
      seen.add(name);
    }
    result[theme] = resolveReferences(all, paletteTokens);
  }
  assertSameNames(result);
  return result;
}

/**
 * Throw when a theme lacks a token that another theme has.
 * @param {Record<string, FlatToken[]>} themes
 */
export function assertSameNames(themes) {
  const names = Object.entries(themes).map(([theme, tokens]) => ({
    theme,
    set: new Set(tokens.map((t) => t.path.join('.'))),
  }));
  const all = new Set(names.flatMap(({ set }) => [...set]));
  const problems = names.flatMap(({ theme, set }) =>
    [...all].filter((name) => !set.has(name)).map((name) => `${theme} lacks ${name}`),
  );
  if (problems.length > 0) throw new Error(`Themes differ:\n${problems.join('\n')}`);
}

/**
 * `  --name: value;` lines.
 * @param {FlatToken[]} tokens
 * @param {string} [indent]
 * @returns {string}
 */
export function declarations(tokens, indent = '  ') {
  return tokens.map((t) => `${indent}${cssVarName(t.path)}: ${formatValue(t)};`).join('\n');
}

/** @type {Record<ThemeName, string>} */
const COLOR_SCHEME = { light: 'light', dark: 'dark', 'high-contrast': 'light' };

/**
 * @param {string} selector
 * @param {ThemeName} theme
 * @param {FlatToken[]} tokens
 * @param {string} [indent]
 */
function rule(selector, theme, tokens, indent = '') {
  const body = declarations(tokens, `${indent}  `);
  return `${indent}${selector} {\n${indent}  color-scheme: ${COLOR_SCHEME[theme]};\n${body}\n${indent}}`;
}

/**
 * @param {string} query
 * @param {string} selector
 * @param {ThemeName} theme
 * @param {FlatToken[]} tokens
 */
function mediaRule(query, selector, theme, tokens) {
  return `@media ${query} {\n${rule(selector, theme, tokens, '  ')}\n}`;
}

/**
 * Whether a token is a colour (only colours differ between themes).
 * @param {FlatToken} token
 */
export const isColor = (token) => token.type === 'color';

/** @param {string} theme */
const schemeAttr = (theme) => `[data-color-scheme="${theme}"]`;

const DARK = '(prefers-color-scheme: dark)';
const MORE = '(prefers-contrast: more)';

/**
 * CSS for pages. `:root, :host` hold the theme-less tokens and light; an explicit
 * `[data-color-scheme]` switches an element and its subtree; where no scheme is chosen (or
 * `data-color-scheme="auto"`), the user's dark / more-contrast setting applies.
 * @param {Record<ThemeName, FlatToken[]>} themes
 * @returns {string}
 */
export function buildPageCss(themes) {
  const colors = (/** @type {ThemeName} */ t) => themes[t].filter(isColor);
  const explicit = (/** @type {string} */ t) => `${schemeAttr(t)}, :host(${schemeAttr(t)})`;
  const implicit = `:root:not([data-color-scheme]), :host(:not([data-color-scheme])), ${schemeAttr('auto')}`;
  const rules = [
    rule(':root, :host', 'light', themes.light),
    // "auto" gets light here so that the media rules below, later in order, can override it.
    rule(`${explicit('light')}, ${schemeAttr('auto')}`, 'light', colors('light')),
    rule(explicit('dark'), 'dark', colors('dark')),
    rule(explicit('high-contrast'), 'high-contrast', colors('high-contrast')),
    mediaRule(DARK, implicit, 'dark', colors('dark')),
    mediaRule(MORE, implicit, 'high-contrast', colors('high-contrast')),
  ];
  // In a cascade layer, so any unlayered page CSS (`mulighetsrom-model { --mulighetsrom-…: … }`,
  // `:root { … }`) overrides the tokens whatever its specificity.
  const body = rules.join('\n\n').replace(/^(?=.)/gm, '  ');
  return `${header('Page stylesheet')}\n\n@layer ${LAYER} {\n${body}\n}\n`;
}

/**
 * The themes cut down to the tokens whose CSS names are in `names`.
 * @param {Record<ThemeName, FlatToken[]>} themes
 * @param {Iterable<string>} names CSS names, e.g. `--mulighetsrom-color-text-default`
 * @returns {Record<ThemeName, FlatToken[]>}
 */
export function pickTokens(themes, names) {
  const wanted = new Set(names);
  const known = new Set(themes.light.map((t) => cssVarName(t.path)));
  const unknown = [...wanted].filter((name) => !known.has(name));
  if (unknown.length > 0) throw new Error(`Unknown tokens: ${unknown.join(', ')}`);
  const pick = (/** @type {FlatToken[]} */ tokens) =>
    tokens.filter((t) => wanted.has(cssVarName(t.path)));
  return /** @type {Record<ThemeName, FlatToken[]>} */ (
    Object.fromEntries(THEMES.map((t) => [t, pick(themes[t])]))
  );
}

/**
 * The selector of an ancestor's colour-scheme choice.
 * @param {'host-context' | 'state'} ancestor
 * @param {ThemeName} theme
 */
function ancestorSelector(ancestor, theme) {
  return ancestor === 'state'
    ? `:host(:state(scheme-${theme}))`
    : `:host-context(${schemeAttr(theme)})`;
}

/**
 * CSS for a web component's shadow root. Order and specificity decide:
 * `:host` (light) < `:host-context([data-color-scheme])` (an ancestor's choice; Chromium only,
 * elsewhere set the attribute on the element) < `:host([data-color-scheme])` (the element's
 * own choice) < the media queries for a host with no own choice or "auto" (`:host` alone stays
 * below any explicit choice by specificity).
 * With `only` (CSS names), just those tokens are emitted, with the same rules: a slim sheet
 * for components that use a few colours and take everything else from the page.
 * With `ancestor: 'state'`, an ancestor's choice is read from the custom state
 * `:host(:state(scheme-<theme>))` instead of `:host-context()`: for components that mirror the
 * closest ancestor's `data-color-scheme` into their ElementInternals states, which every current
 * engine matches (`:host-context()` is Chromium only) and which crosses shadow roots.
 * @param {Record<ThemeName, FlatToken[]>} allThemes
 * @param {{ only?: Iterable<string>, ancestor?: 'host-context' | 'state' }} [options]
 * @returns {string}
 */
export function buildShadowCss(allThemes, { only, ancestor = 'host-context' } = {}) {
  const themes = only === undefined ? allThemes : pickTokens(allThemes, only);
  const colors = (/** @type {ThemeName} */ t) => themes[t].filter(isColor);
  const auto = `:host(${schemeAttr('auto')})`;
  return (
    [
      header('Shadow-root stylesheet'),
      rule(':host', 'light', themes.light),
      // One rule each: a browser without :host-context() (or :state()) drops every rule it
      // appears in.
      ...THEMES.map((t) => rule(ancestorSelector(ancestor, t), t, colors(t))),
      rule(`:host(${schemeAttr('light')}), ${auto}`, 'light', colors('light')),
      rule(`:host(${schemeAttr('dark')})`, 'dark', colors('dark')),
      rule(`:host(${schemeAttr('high-contrast')})`, 'high-contrast', colors('high-contrast')),
      mediaRule(DARK, `:host, ${auto}`, 'dark', colors('dark')),
      mediaRule(MORE, `:host, ${auto}`, 'high-contrast', colors('high-contrast')),
    ].join('\n\n') + '\n'
  );
}

/**
 * Drop comments and the whitespace the generator adds. Only for CSS made by this file: it
 * does not know about strings or comments inside values.
 * @param {string} css
 * @returns {string}
 */
export function minifyCss(css) {
  return css
    .replace(/\/\*[^]*?\*\//g, '')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/;}/g, '}')
    .replace(/([{;])(--[\w-]+|color-scheme):\s+/g, '$1$2:')
    .trim();
}

/** @param {string} what */
function header(what) {
  return `/* @mulighetsrom/tokens: ${what}. Generated from tokens/*.json; do not edit. */`;
}

/**
 * The value a token has in JS: numbers stay numbers, everything else is its CSS text.
 * @param {FlatToken} token
 * @returns {string | number}
 */
export function jsValue(token) {
  return typeof token.value === 'number' ? token.value : formatValue(token);
}

/**
 * Nested object of values, e.g. `{ color: { level: { eier: { fill: '#…' } } } }`.
 * @param {FlatToken[]} tokens
 * @returns {TokenTree}
 */
export function nestTokens(tokens) {
  /** @type {TokenTree} */
  const root = {};
  for (const token of tokens) {
    /** @type {TokenTree} */
    let node = root;
    for (const key of token.path.slice(0, -1)) {
      node[key] ??= {};
      node = /** @type {TokenTree} */ (node[key]);
    }
    node[/** @type {string} */ (token.path.at(-1))] = jsValue(token);
  }
  return root;
}

/**
 * One entry per token, with its value in every theme.
 * @typedef {{ name: string, path: string, type: string | undefined, description: string | undefined, values: Record<ThemeName, string | number> }} TokenEntry
 * @param {Record<ThemeName, FlatToken[]>} themes
 * @returns {TokenEntry[]}
 */
export function tokenEntries(themes) {
  return themes.light.map((token) => {
    const path = token.path.join('.');
    const values = /** @type {Record<ThemeName, string | number>} */ ({});
    for (const theme of THEMES) {
      const same = themes[theme].find((t) => t.path.join('.') === path);
      if (!same) throw new Error(`${theme} lacks ${path}`);
      values[theme] = jsValue(same);
    }
    return {
      name: cssVarName(token.path),
      path,
      type: token.type,
      description: token.description,
      values,
    };
  });
}

/**
 * The flat map for tools: CSS variable name → value per theme.
 * @param {Record<ThemeName, FlatToken[]>} themes
 * @returns {Record<string, Record<ThemeName, string | number>>}
 */
export function buildFlatJson(themes) {
  return Object.fromEntries(tokenEntries(themes).map((entry) => [entry.name, entry.values]));
}

/**
 * The ES module `dist/index.js`.
 * @param {Record<ThemeName, FlatToken[]>} themes
 * @returns {string}
 */
export function buildIndexJs(themes) {
  const tokens = Object.fromEntries(THEMES.map((t) => [t, nestTokens(themes[t])]));
  const json = (/** @type {unknown} */ v) => JSON.stringify(v, null, 2);
  return `${header('ES module')}

/** Theme names; the first is the default. */
export const themes = Object.freeze(${JSON.stringify(THEMES)});

/** Token values per theme, nested by path: tokens.dark.color.level.eier.fill. */
export const tokens = ${json(tokens)};

/** Every token: CSS name, dotted path, DTCG type, description and value per theme. */
export const tokenList = ${json(tokenEntries(themes))};

/** CSS to adopt in a shadow root: variables on :host, switched by data-color-scheme and the user's settings. */
export const tokensCss = ${JSON.stringify(minifyCss(buildShadowCss(themes)))};

/** @type {Map<string, string> | undefined} built on first use, so bundlers can drop tokenList when unused */
let names;

/** The custom-property name of a token path: cssVarName('color.text.default') → '--${PREFIX}-color-text-default'. */
export function cssVarName(path) {
  names ??= new Map(tokenList.map((t) => [t.path, t.name]));
  const name = names.get(path);
  if (name === undefined) throw new Error('Unknown token: ' + path);
  return name;
}

/** A var() reference, optionally with a fallback: cssVar('space.2') → 'var(--${PREFIX}-space-2)'. */
export function cssVar(path, fallback) {
  const name = cssVarName(path);
  return fallback === undefined ? 'var(' + name + ')' : 'var(' + name + ', ' + fallback + ')';
}
`;
}

/**
 * TypeScript type text of a nested token object.
 * @param {TokenTree} tree
 * @param {string} indent
 * @returns {string}
 */
function treeType(tree, indent) {
  const lines = Object.entries(tree).map(([key, value]) => {
    const prop = /^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key);
    const type =
      typeof value === 'object' && value !== null
        ? treeType(/** @type {TokenTree} */ (value), `${indent}  `)
        : typeof value === 'number'
          ? 'number'
          : 'string';
    return `${indent}  readonly ${prop}: ${type};`;
  });
  return `{\n${lines.join('\n')}\n${indent}}`;
}

/**
 * The declarations `dist/index.d.ts`.
 * @param {Record<ThemeName, FlatToken[]>} themes
 * @returns {string}
 */
export function buildIndexDts(themes) {
  const paths = themes.light.map((t) => JSON.stringify(t.path.join('.')));
  return `${header('type declarations')}

/** A colour theme. */
export type ThemeName = ${THEMES.map((t) => JSON.stringify(t)).join(' | ')};

/** Dotted path of a token, e.g. 'color.level.eier.fill'. */
export type TokenPath =
  | ${paths.join('\n  | ')};

/** The token values of one theme. */
export interface ThemeTokens ${treeType(nestTokens(themes.light), '')}

export interface TokenEntry {
  /** The CSS custom property, e.g. '--${PREFIX}-color-level-eier-fill'. */
  readonly name: string;
  readonly path: TokenPath;
  /** The DTCG $type. */
  readonly type: string | undefined;
  readonly description: string | undefined;
  readonly values: Readonly<Record<ThemeName, string | number>>;
}

export declare const themes: readonly ThemeName[];
export declare const tokens: Readonly<Record<ThemeName, ThemeTokens>>;
export declare const tokenList: readonly TokenEntry[];
/** CSS to adopt in a shadow root (e.g. Lit: static styles = unsafeCSS(tokensCss)). */
export declare const tokensCss: string;
export declare function cssVarName(path: TokenPath): \`--${PREFIX}-\${string}\`;
export declare function cssVar(path: TokenPath, fallback?: string): string;
`;
}
