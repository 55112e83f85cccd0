// The wheel as a standalone SVG poster (the wheel's own template on screen, a title above and
// the numbered legend below) and as PNG, through the kit's svg-file.ts. Loaded on first export.
import { html, svg, type CSSResult, type TemplateResult } from 'lit';
import type { Lang } from '@mulighetsrom/core';
import { svgFile, svgToPng } from '../internal/svg-file.js';

export { svgToPng };

export interface WheelSvgInput {
  /** The wheel as drawn on screen, without selection or focus marks. */
  readonly wheel: TemplateResult;
  readonly width: number;
  readonly height: number;
  readonly title: string;
  /** The wheel's accessible name: the file's <title>. */
  readonly label: string;
  /** «3. Title, ring, dates» for each numbered activity. */
  readonly legend: readonly string[];
  readonly lang: Lang;
  readonly styles: CSSResult;
  readonly style: CSSStyleDeclaration;
}

const TOP = 50;
const LINE = 18;

export function buildWheelSvg(input: WheelSvgInput): string {
  const { width, height, legend } = input;
  const total = TOP + height + (legend.length > 0 ? legend.length * LINE + 20 : 0);
  const font = input.style.getPropertyValue('--mulighetsrom-font-family').trim();
  const family = /^(|inherit|initial|unset)$/.test(font)
    ? input.style.fontFamily || 'sans-serif'
    : font;
  return svgFile({
    template: html`<svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 ${width} ${total}"
      width=${width}
      height=${total}
      lang=${input.lang}
      role="img"
      aria-labelledby="mulighetsrom-title"
    >
      <title id="mulighetsrom-title">${input.label}</title>
      <rect class="poster-surface" width="100%" height="100%"></rect>
      <text class="poster-title" x="16" y="34">${input.title}</text>
      <svg x="0" y=${TOP} width=${width} height=${height}>${input.wheel}</svg>
      ${legend.map(
        (line, i) =>
          svg`<text class="poster-legend" x="16" y=${TOP + height + 14 + i * LINE}>${line}</text>`,
      )}
    </svg>`,
    styles: input.styles,
    style: input.style,
    extraCss: `svg{font-family:${family}}.poster-surface{fill:var(--_surface)}text{fill:var(--_text)}.poster-title{font-size:24px;font-weight:700}.poster-legend{font-size:13px}`,
  });
}
