// The token reference page: every colour role per theme with its contrast, the spacing and type
// scales. Built from the DTCG sources with the same functions as dist/, so it needs no build.
// Colours are set through styleMap (CSSOM), never a style attribute string (CSP).
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { THEMES, buildThemes, tokenEntries, type ThemeName } from '../scripts/lib.mjs';
import { composite, contrastRatio, toHex } from '../src/contrast.js';
import base from '../tokens/base.json';
import dark from '../tokens/color.dark.json';
import highContrast from '../tokens/color.high-contrast.json';
import light from '../tokens/color.light.json';
import palette from '../tokens/palette.json';
import './tokens.stories.css';

const entries = tokenEntries(
  buildThemes({ base, palette, themes: { light, dark, 'high-contrast': highContrast } }),
);
const colorEntries = entries.filter((e) => e.type === 'color');
const valueOf = (path: string, theme: ThemeName): string =>
  String(entries.find((e) => e.path === path)?.values[theme]);

const THEME_TITLES: Record<ThemeName, string> = {
  light: 'Light (default)',
  dark: 'Dark',
  'high-contrast': 'High contrast',
};

/** The background a text role is used on, when it is not the surface. */
function pairedBackground(path: string): string | undefined {
  const status = /^color\.status\.([\w-]+)\.text$/.exec(path);
  if (status) return `color.status.${status[1]}.background`;
  if (path === 'color.accent.contrast') return 'color.accent.default';
  if (path === 'color.danger.text') return 'color.danger.background';
  return undefined;
}

const isText = (path: string): boolean =>
  /\.text(\.|$)/.test(path) || path === 'color.accent.default' || path === 'color.accent.contrast';

function colorRow(entry: (typeof colorEntries)[number], theme: ThemeName): TemplateResult {
  const value = String(entry.values[theme]);
  const surface = valueOf('color.surface.default', theme);
  const pairPath = isText(entry.path) ? pairedBackground(entry.path) : undefined;
  // Backgrounds are measured as they are painted: translucent ones on the surface.
  const background = pairPath ? toHex(composite(valueOf(pairPath, theme), surface)) : surface;
  const ratio = contrastRatio(value, background);
  return html`<tr>
    <th scope="row"><code>${entry.name}</code></th>
    <td class="nowrap">
      <span class="swatch" aria-hidden="true" style=${styleMap({ backgroundColor: value })}></span>
      ${
        isText(entry.path)
          ? html`<span
              class="sample"
              style=${styleMap({ color: value, backgroundColor: background })}
              >Aa</span
            >`
          : nothing
      }
    </td>
    <td><code>${value}</code></td>
    <td>${ratio.toFixed(2)}:1 on ${pairPath ? html`<code>${pairPath}</code>` : 'surface'}</td>
    <td>${entry.description ?? ''}</td>
  </tr>`;
}

function colorTable(theme: ThemeName): TemplateResult {
  return html`<section class="theme" data-color-scheme=${theme}>
    <h2 id="tokens-colours-${theme}">${THEME_TITLES[theme]}</h2>
    <div class="scroll" tabindex="0" role="region" aria-labelledby="tokens-colours-${theme}">
      <table>
        <caption>
          Colour roles in the ${THEME_TITLES[theme].toLowerCase()} theme, with the contrast of each
          colour as text on its background
        </caption>
        <thead>
          <tr>
            <th scope="col">Custom property</th>
            <th scope="col">Swatch</th>
            <th scope="col">Value</th>
            <th scope="col">Contrast</th>
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
        says. The test suite checks every pairing: text at least 4.5:1 (7:1 in high contrast),
        borders, level strokes and the focus ring at least 3:1 (4.5:1).
      </p>
      ${THEMES.map(colorTable)}
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
