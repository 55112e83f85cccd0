// Standalone SVG and PNG export of one model. The diagram in the file is the widget's own Lit
// template (the component hands over what it renders, non-interactive), rendered into a detached
// element beside a title and the areas by region, given one <style> with the colours resolved,
// stripped of what only the live widget needs and serialized by XMLSerializer, so user text stays
// text. No innerHTML, no style attributes: CSP- and Trusted-Types-safe.
// Loaded on demand (dynamic import) by the component: the first render does not need it.
import { html, nothing, render, svg, type CSSResult, type TemplateResult } from 'lit';
import type { Lang } from '@mulighetsrom/core';
import { resolveVars, rulesFor, svgToPng } from '../internal/svg-file.js';
import { commonMessages } from '@mulighetsrom/core/i18n/common.js';
import {
  accessibleName,
  legendGroups,
  n,
  regionName,
  statusLabel,
  type AreaView,
  type ModelGeometry,
} from './model-view.js';

export interface SvgExportInput {
  /** The diagram as the widget draws it, non-interactive: an `<svg>` of the layout's size. */
  readonly diagram: TemplateResult;
  readonly geometry: ModelGeometry;
  readonly views: ReadonlyMap<number, AreaView>;
  readonly lang: Lang;
  /** The document's title, drawn above the diagram. */
  readonly title: string | undefined;
  /** The diagram's accessible name: the file's <title>. */
  readonly label: string;
  /** The widget's styles (model.styles.ts): their rules for the diagram style the file. */
  readonly styles: CSSResult;
  /** The element's computed style: its component variables give the file its colours. */
  readonly style: CSSStyleDeclaration;
}

/** Split text at the last space before `max` characters (no split when it fits). */
function splitLine(text: string, max: number): [string, string] {
  if (text.length <= max) return [text, ''];
  const cut = text.lastIndexOf(' ', max);
  return cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : [text, ''];
}

/**
 * The stylesheet of the file: the widget's own rules that apply to something in the drawing,
 * with every variable resolved, after a few rules for the poster around it.
 */
function stylesheet(root: Element, styles: CSSResult, style: CSSStyleDeclaration): string {
  const widget = rulesFor(root, styles);
  // The font token is often `inherit`, which means nothing in a standalone file.
  const font = style.getPropertyValue('--mulighetsrom-font-family').trim();
  const poster = `svg{font-family:${/^(|inherit|initial|unset)$/.test(font) ? style.fontFamily || 'sans-serif' : font}}
    text{fill:var(--_text)}
    .surface{fill:var(--_surface)}
    .poster-title{font-size:24px;font-weight:700}
    .region{font-size:15px;font-weight:700}
    .entry{font-size:13px}
    .entry-status{font-style:italic;fill:var(--_subtle)}`;
  return resolveVars([poster.replace(/\s*\n\s*/g, ''), ...widget].join(''), style);
}

/**
 * Removes Lit's markers, the templates' indentation and what only the live widget needs; the
 * root keeps its name.
 */
function strip(root: SVGSVGElement): void {
  const gone: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const layout = node.nodeType === Node.TEXT_NODE && !node.parentElement!.closest('text');
    if (node.nodeType === Node.COMMENT_NODE || (layout && !node.nodeValue!.trim())) gone.push(node);
  }
  for (const node of gone) node.parentNode!.removeChild(node);
  // Focus and selection rings.
  for (const ring of root.querySelectorAll('.ring')) ring.remove();
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      if (/^(?:part|tabindex|role|aria-|data-)/.test(name)) element.removeAttribute(name);
    }
  }
}

/**
 * A standalone SVG poster: the diagram on the left, the areas by region with their status on
 * the right, the title on top. Styles are in one <style> element.
 */
export function buildSvg(input: SvgExportInput): string {
  const { geometry, views, lang, label } = input;
  const { layout } = geometry;
  const c = commonMessages[lang];
  const title = input.title?.trim() ? input.title : undefined;
  const top = title ? 50 : 10;
  const legendX = layout.width + 20;
  const width = layout.width + 520;
  const lines: TemplateResult[] = [];
  const described: string[] = [];
  let y = top + 10;
  for (const { mask, markers } of legendGroups(layout)) {
    const region = regionName(mask, lang);
    lines.push(svg`<text class="region" x=${legendX} y=${y}>${region}</text>`);
    const names: string[] = [];
    y += 22;
    for (const marker of markers) {
      const view = views.get(marker.id);
      if (!view) continue;
      names.push(accessibleName(view, lang));
      const status = statusLabel(view.status, lang) + (view.planned ? ` · ${c.statusPlanned}` : '');
      // SVG text does not wrap: long names continue on an indented second line.
      const [first, rest] = splitLine(`${view.area.id}. ${view.area.name[lang]}`, 64);
      const tail = svg`<tspan class="entry-status">(${status})</tspan>`;
      if (rest) {
        lines.push(svg`<text class="entry" x=${legendX} y=${y}>${first}</text>`);
        y += 17;
      }
      lines.push(
        svg`<text class="entry" x=${rest ? legendX + 18 : legendX} y=${y}>${rest || first} ${tail}</text>`,
      );
      y += 19;
    }
    described.push(`${region}: ${names.join('; ')}.`);
    y += 8;
  }
  const height = n(Math.max(layout.height + top, y + 10));

  const host = document.createElement('div');
  render(
    html`<svg
      viewBox="0 0 ${width} ${height}"
      width=${width}
      height=${height}
      lang=${lang}
      role="img"
      aria-labelledby="mulighetsrom-title mulighetsrom-desc"
    >
      <title id="mulighetsrom-title">${label}</title>
      <desc id="mulighetsrom-desc">${described.join(' ')}</desc>
      <rect class="surface" width="100%" height="100%"></rect>
      ${title ? svg`<text class="poster-title" x="10" y="32">${title}</text>` : nothing}
      <g transform="translate(0 ${top})">${input.diagram}</g>
      ${lines}
    </svg>`,
    host,
  );
  const root = host.querySelector('svg')!;
  // The diagram's own <svg> (viewBox = its size) becomes the children of the placed group.
  const diagram = root.querySelector('svg')!;
  diagram.replaceWith(...diagram.childNodes);
  strip(root);
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = stylesheet(root, input.styles, input.style);
  root.querySelector('desc')!.after(style);
  return new XMLSerializer().serializeToString(root);
}

// Rasterising is the kit's, as for every widget's SVG file.
export { svgToPng };
