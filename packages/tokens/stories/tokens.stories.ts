// The token reference page: every colour role per theme, the contrast pairs the tests check
// (contrastPairs, with their ratios), the spacing and type scales. Built from the DTCG sources
// with the same functions as dist/, so it needs no build.
// Colours are set through styleMap (CSSOM), never a style attribute string (CSP).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { THEMES, buildThemes, nestTokens, tokenEntries, type ThemeName } from '../scripts/lib.mjs';
import {
  CONTRAST_MINIMUM,
  contrastPairs,
  contrastRatio,
  type ContrastKind,
  type ContrastPair,
  type ThemeColors,
} from '../src/contrast.js';
import base from '../tokens/base.json';
import dark from '../tokens/color.dark.json';
import highContrast from '../tokens/color.high-contrast.json';
import light from '../tokens/color.light.json';
import palette from '../tokens/palette.json';
import './tokens.stories.css';

const themes = buildThemes({
  base,
  palette,
  themes: { light, dark, 'high-contrast': highContrast },
});
const entries = tokenEntries(themes);
const colorEntries = entries.filter((e) => e.type === 'color');
const colorsOf = (theme: ThemeName): ThemeColors => nestTokens(themes[theme]).color as ThemeColors;

const THEME_TITLES: Record<ThemeName, string> = {
  light: 'Light (default)',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

function colorRow(entry: (typeof colorEntries)[number], theme: ThemeName): TemplateResult {
  const value = String(entry.values[theme]);
  return html`<tr>
    <th scope="row"><code>${entry.name}</code></th>
    <td>
      <span class="swatch" aria-hidden="true" style=${styleMap({ backgroundColor: value })}></span>
    </td>
    <td><code>${value}</code></td>
    <td>${entry.description ?? ''}</td>
  </tr>`;
}

function colorTable(theme: ThemeName): TemplateResult {
  return html`<section class="theme" data-color-scheme=${theme}>
    <h2 id="tokens-colours-${theme}">${THEME_TITLES[theme]}</h2>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="tokens-colours-${theme}">
      <table>
        <caption>
          Colour roles in the ${THEME_TITLES[theme].toLowerCase()} theme
        </caption>
        <thead>
          <tr>
            <th scope="col">Custom property</th>
            <th scope="col">Swatch</th>
            <th scope="col">Value</th>
            <th scope="col">Use</th>
          </tr>
        </thead>
        <tbody>
          ${colorEntries.map((entry) => colorRow(entry, theme))}
        </tbody>
      </table>
    </div>
  </section>`;
}

const KIND_TITLES: Record<ContrastKind, string> = { text: 'Text', graphic: 'Graphic' };

interface Measured extends ContrastPair {
  ratio: number;
  minimum: number;
  passes: boolean;
}

function measure(pair: ContrastPair, theme: ThemeName): Measured {
  const ratio = contrastRatio(pair.fg, pair.bg);
  const minimum = CONTRAST_MINIMUM[theme][pair.kind];
  return { ...pair, ratio, minimum, passes: ratio >= minimum };
}

/** Decorative (the numbers say it): text for a text pair, a bar for a graphic pair. */
function pairSample({ fg, bg, kind }: ContrastPair): TemplateResult {
  return kind === 'text'
    ? html`<span
        class="sample"
        aria-hidden="true"
        style=${styleMap({ color: fg, backgroundColor: bg })}
        >Aa</span
      >`
    : html`<span
        class="sample graphic"
        aria-hidden="true"
        style=${styleMap({ backgroundColor: bg })}
        ><span class="mark" style=${styleMap({ backgroundColor: fg })}></span
      ></span>`;
}

function pairRow(pair: Measured): TemplateResult {
  return html`<tr>
    <th scope="row">${pair.label}</th>
    <td>${KIND_TITLES[pair.kind]}</td>
    <td>${pairSample(pair)}</td>
    <td><code>${pair.fg}</code></td>
    <td><code>${pair.bg}</code></td>
    <td class="number">${pair.ratio.toFixed(2)}:1</td>
    <td class="number">${pair.minimum}:1</td>
    <td>${pair.passes ? 'Passes' : 'Fails'}</td>
  </tr>`;
}

function contrastTable(theme: ThemeName): TemplateResult {
  const pairs = contrastPairs(colorsOf(theme)).map((pair) => measure(pair, theme));
  const failing = pairs.filter((pair) => !pair.passes).length;
  const { text, graphic } = CONTRAST_MINIMUM[theme];
  return html`<section class="theme" data-color-scheme=${theme}>
    <h2 id="tokens-contrast-${theme}">${THEME_TITLES[theme]}</h2>
    <p>
      ${pairs.length} pairs: text at least ${text}:1, graphics at least ${graphic}:1.
      ${failing === 0 ? 'All pass.' : `${failing} fail.`}
    </p>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="tokens-contrast-${theme}">
      <table>
        <caption>
          Contrast pairs in the ${THEME_TITLES[theme].toLowerCase()} theme, as the test suite checks
          them
        </caption>
        <thead>
          <tr>
            <th scope="col">Foreground on background</th>
            <th scope="col">Kind</th>
            <th scope="col">Sample</th>
            <th scope="col">Foreground</th>
            <th scope="col">Background</th>
            <th scope="col">Ratio</th>
            <th scope="col">Minimum</th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          ${pairs.map(pairRow)}
        </tbody>
      </table>
    </div>
  </section>`;
}

function scaleTable(
  caption: string,
  prefix: string,
  demo: (value: string) => TemplateResult,
): TemplateResult {
  const rows = entries.filter((e) => e.path.startsWith(prefix));
  return html`<table>
    <caption>
      ${caption}
    </caption>
    <thead>
      <tr>
        <th scope="col">Custom property</th>
        <th scope="col">Value</th>
        <th scope="col">Example</th>
        <th scope="col">Use</th>
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (e) =>
          html`<tr>
            <th scope="row"><code>${e.name}</code></th>
            <td><code>${e.values.light}</code></td>
            <td>${demo(String(e.values.light))}</td>
            <td>${e.description ?? ''}</td>
          </tr>`,
      )}
    </tbody>
  </table>`;
}

const meta = {
  title: 'Design system/Tokens',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;
export default meta;

type Story = StoryObj;

export const Colours: Story = {
  render: () =>
    html`<div class="tokens-page" lang="en">
      <h1>Colour roles</h1>
      <p>
        Each theme below is shown with its own <code>data-color-scheme</code>, whatever the toolbar
        says. The contrast of each pairing is on the <em>Contrast</em> page.
      </p>
      ${THEMES.map(colorTable)}
    </div>`,
};

export const Contrast: Story = {
  render: () =>
    html`<div class="tokens-page" lang="en">
      <h1>Contrast</h1>
      <p>
        Every foreground and background pairing the widgets use, in every theme, measured as the
        test suite measures it: translucent level fills are composited on the surface and on each
        other where the circles overlap. Text needs 4.5:1 (WCAG 2.1 1.4.3), borders, level strokes
        and the focus ring 3:1 (1.4.11); the high-contrast theme 7:1 and 4.5:1. Each theme is shown
        with its own <code>data-color-scheme</code>, whatever the toolbar says.
      </p>
      ${THEMES.map(contrastTable)}
    </div>`,
};

export const Spacing: Story = {
  render: () =>
    html`<div class="tokens-page" lang="en">
      <h1>Spacing and shape</h1>
      ${scaleTable(
        'Spacing scale',
        'space.',
        (v) =>
          html`<span class="bar" aria-hidden="true" style=${styleMap({ inlineSize: v })}></span>`,
      )}
      ${scaleTable(
        'Corner radius',
        'radius.',
        (v) =>
          html`<span
            class="corner"
            aria-hidden="true"
            style=${styleMap({ borderRadius: v })}
          ></span>`,
      )}
      ${scaleTable(
        'Focus ring',
        'focus.',
        () => html`<button type="button" class="focus-demo">Focus ring</button>`,
      )}
      ${scaleTable('Motion', 'motion.', () => html``)}
    </div>`,
};

export const Typography: Story = {
  render: () =>
    html`<div class="tokens-page" lang="en">
      <h1>Type scale</h1>
      <p>
        The widgets inherit the font family of the host page (<code
          >--mulighetsrom-font-family: inherit</code
        >).
      </p>
      ${scaleTable(
        'Font sizes',
        'font.size.',
        (v) => html`<span lang="nb" style=${styleMap({ fontSize: v })}>Mulighetsrommet</span>`,
      )}
      ${scaleTable(
        'Font weights',
        'font.weight.',
        (v) => html`<span lang="nb" style=${styleMap({ fontWeight: v })}>Mulighetsrommet</span>`,
      )}
      ${scaleTable(
        'Line heights',
        'font.line-height.',
        (v) =>
          html`<span class="leading" lang="nb" style=${styleMap({ lineHeight: v })}
            >Felles forståelse av oppdrag og tillit til NAV-leder</span
          >`,
      )}
    </div>`,
};
