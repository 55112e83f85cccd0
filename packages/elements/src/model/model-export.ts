// Standalone SVG and PNG export of one model. The SVG is built as a string with every piece of
// user text XML-escaped (no DOM parsing, no innerHTML), so it is CSP- and Trusted-Types-safe.
// Loaded on demand (dynamic import) by the component: the first render does not need it.
import { commonMessages, modelMessages, type Lang, type LevelId } from '@mulighetsrom/core';
import {
  DASH,
  badgeDisc,
  legendGroups,
  numberSize,
  badgePath,
  levelName,
  n,
  plannedPath,
  regionName,
  statusLabel,
  type AreaView,
  type ModelGeometry,
} from './model-view.js';

/** Colours and font resolved from the element's custom properties at export time. */
export interface ExportTheme {
  readonly font: string;
  readonly text: string;
  readonly surface: string;
  readonly level: Readonly<
    Record<'eier' | 'kontor' | 'tjeneste', { fill: string; stroke: string }>
  >;
  readonly status: Readonly<
    Record<'strong' | 'improve' | 'unknown' | 'planned', { fill: string; stroke: string }>
  >;
}

/**
 * The export colours and font, read from the element's resolved component variables (the
 * `--_…` of model.styles.ts), so the file shows exactly the colours on screen, overrides and
 * theme included.
 */
export function readTheme(style: CSSStyleDeclaration): ExportTheme {
  const read = (name: string, fallback: string): string =>
    style.getPropertyValue(name).trim() || fallback;
  const level = (l: LevelId, fill: string, stroke: string) => ({
    fill: read(`--_${l}-fill`, fill),
    stroke: read(`--_${l}-stroke`, stroke),
  });
  const status = (s: string, fill: string, stroke: string) => ({
    fill: read(`--_${s}-bg`, fill),
    stroke: read(`--_${s}-border`, stroke),
  });
  return {
    // The token is often `inherit`, which means nothing in a standalone file: use the
    // resolved family instead.
    font: /^(|inherit|initial|unset)$/.test(read('--mulighetsrom-font-family', ''))
      ? style.fontFamily || 'sans-serif'
      : read('--mulighetsrom-font-family', 'sans-serif'),
    text: read('--_text', '#1a2230'),
    surface: read('--_surface', '#ffffff'),
    level: {
      eier: level('eier', '#2c5ea824', '#2c5ea8'),
      kontor: level('kontor', '#0d737724', '#0d7377'),
      tjeneste: level('tjeneste', '#8a4a9e24', '#8a4a9e'),
    },
    status: {
      strong: status('strong', '#dff3e4', '#2e8540'),
      improve: status('improve', '#fff3c4', '#a37800'),
      unknown: status('unknown', '#ffffff', '#6b7480'),
      planned: status('planned', '#e4ebfb', '#3b5fc0'),
    },
  };
}

export function escapeXml(text: string): string {
  return text.replace(
    /[&<>"']/g,
    (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`,
  );
}

/** Split text at the last space before `max` characters (no split when it fits). */
function splitLine(text: string, max: number): [string, string] {
  if (text.length <= max) return [text, ''];
  const cut = text.lastIndexOf(' ', max);
  return cut > 0 ? [text.slice(0, cut), text.slice(cut + 1)] : [text, ''];
}

function markerSvg(view: AreaView, x: number, y: number, r: number): string {
  const { status } = view;
  const dash = DASH[status] ? ` stroke-dasharray="${DASH[status]}"` : '';
  const size = numberSize(view.area.id, r);
  let out = `<g class="area ${status}" transform="translate(${n(x)} ${n(y)})">`;
  out += `<circle class="mark" r="${n(r)}"${dash}/>`;
  out += `<text class="num" font-size="${n(size)}" text-anchor="middle" dominant-baseline="central">${view.area.id}</text>`;
  if (status !== 'unknown') {
    const disc = badgeDisc(r);
    out += `<circle class="badge-bg" cx="${n(disc.cx)}" cy="${n(disc.cy)}" r="${n(disc.r)}"/>`;
    out += `<path class="badge" d="${badgePath(status, r)}"/>`;
  }
  if (view.planned) out += `<path class="planned" d="${plannedPath(r)}"/>`;
  return `${out}</g>`;
}

/**
 * A standalone SVG poster: the diagram on the left, the areas by region with their status on
 * the right, title and key on top. Styles are inline in a <style> element.
 */
export function buildSvg(
  geometry: ModelGeometry,
  views: ReadonlyMap<number, AreaView>,
  lang: Lang,
  theme: ExportTheme,
  title: string | undefined,
): string {
  const { layout } = geometry;
  const m = modelMessages[lang];
  const c = commonMessages[lang];
  const top = title ? 50 : 10;
  const legendX = layout.width + 20;
  const width = layout.width + 520;
  const lines: string[] = [];
  let y = top + 10;
  for (const { mask, markers } of legendGroups(layout)) {
    lines.push(
      `<text class="group" x="${legendX}" y="${y}">${escapeXml(regionName(mask, lang))}</text>`,
    );
    y += 22;
    for (const marker of markers) {
      const view = views.get(marker.id);
      if (!view) continue;
      const status = statusLabel(view.status, lang) + (view.planned ? ` · ${c.statusPlanned}` : '');
      // SVG text does not wrap: long names continue on an indented second line.
      const [first, rest] = splitLine(`${view.area.id}. ${view.area.name[lang]}`, 64);
      lines.push(
        `<text class="item" x="${legendX}" y="${y}">${escapeXml(first)}${rest ? '' : ` <tspan class="st">(${escapeXml(status)})</tspan>`}</text>`,
      );
      if (rest) {
        y += 17;
        lines.push(
          `<text class="item" x="${legendX + 18}" y="${y}">${escapeXml(rest)} <tspan class="st">(${escapeXml(status)})</tspan></text>`,
        );
      }
      y += 19;
    }
    y += 8;
  }
  const height = Math.max(layout.height + top, y + 10);
  const style = `
    svg{font-family:${theme.font};background:${theme.surface}}
    text{fill:${theme.text}}
    .title{font-size:24px;font-weight:700}
    .level{font-size:20px;font-weight:700}
    .centre{font-size:13px;font-weight:600}
    .group{font-size:15px;font-weight:700}
    .item{font-size:13px}.st{font-style:italic}
    .num{font-weight:700}
    ${(['eier', 'kontor', 'tjeneste'] as const).map((l) => `.c-${l}{fill:${theme.level[l].fill};stroke:${theme.level[l].stroke};stroke-width:2}`).join('')}
    ${(['strong', 'improve', 'unknown'] as const).map((s) => `.${s} .mark{fill:${theme.status[s].fill};stroke:${theme.status[s].stroke};stroke-width:2}.${s} .badge,.${s} .badge-bg{stroke:${theme.status[s].stroke}}`).join('')}
    .badge-bg{fill:${theme.surface};stroke-width:1.2}.badge{fill:none;stroke-width:2}
    .improve .badge{fill:${theme.status.improve.stroke}}
    .planned{fill:${theme.status.planned.fill};stroke:${theme.status.planned.stroke};stroke-width:1.5}`;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${n(height)}" width="${width}" height="${n(height)}" lang="${lang}">`,
    `<title>${escapeXml(title ? `${m.diagramLabel}: ${title}` : m.diagramLabel)}</title>`,
    `<style>${style.replace(/\s*\n\s*/g, '')}</style>`,
    `<rect width="100%" height="100%" fill="${theme.surface}"/>`,
  ];
  if (title) out.push(`<text class="title" x="10" y="32">${escapeXml(title)}</text>`);
  out.push(`<g transform="translate(0 ${top})">`);
  for (const circle of layout.circles) {
    out.push(
      `<circle class="c-${circle.level}" cx="${n(circle.cx)}" cy="${n(circle.cy)}" r="${n(circle.r)}"/>`,
    );
  }
  for (const circle of layout.circles) {
    out.push(
      `<text class="level" x="${n(circle.labelX)}" y="${n(circle.labelY)}" text-anchor="middle">${escapeXml(levelName(circle.level, lang))}</text>`,
    );
  }
  out.push(
    `<text class="centre" x="${n(layout.centre.x)}" y="${n(layout.centre.y)}" text-anchor="middle"><tspan x="${n(layout.centre.x)}" dy="-0.2em">${escapeXml(m.centreLine1)}</tspan><tspan x="${n(layout.centre.x)}" dy="1.2em">${escapeXml(m.centreLine2)}</tspan></text>`,
  );
  for (const marker of layout.markers) {
    const view = views.get(marker.id);
    if (view) out.push(markerSvg(view, marker.x, marker.y, marker.r));
  }
  out.push('</g>', ...lines, '</svg>');
  return out.join('');
}

/** Rasterise an SVG string: an Image from a Blob URL drawn on a canvas (no innerHTML). */
export async function svgToPng(svg: string, scale: number): Promise<Blob> {
  const size = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg);
  const width = Number(size?.[1] ?? 600);
  const height = Number(size?.[2] ?? 600);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    const loaded = new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('SVG could not be rasterised'));
    });
    image.src = url;
    await loaded;
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas context');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
