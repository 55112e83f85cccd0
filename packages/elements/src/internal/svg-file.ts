// A standalone SVG file from a widget's own Lit template: rendered into a detached element,
// stripped of Lit's markers and of what only the live widget needs, given one <style> with the
// widget's rules that apply and every variable resolved, and serialized by XMLSerializer, so
// user text stays text. No innerHTML, no style attributes: CSP- and Trusted-Types-safe. And the
// PNG of such a file. Load it on first use (the export, not the first render, needs it).
import { render, type CSSResult, type TemplateResult } from 'lit';

/** `var(--x, fallback)` replaced by the value on the element, innermost first. */
export function resolveVars(text: string, style: CSSStyleDeclaration): string {
  let before;
  do {
    before = text;
    text = text.replace(
      /var\(\s*(--[\w-]+)\s*(?:,([^()]*))?\)/g,
      (_, name: string, fallback = '') => style.getPropertyValue(name).trim() || fallback.trim(),
    );
  } while (text !== before);
  return text;
}

/** Declarations that only mean something in the live widget (pointer, focus, motion). */
const LIVE_ONLY = /\s(?:cursor|outline|pointer-events|transition)[\w-]*:[^;]*;/g;

/** The widget's rules that style something under `root`, without what only the live widget needs. */
export function rulesFor(root: Element, styles: CSSResult): string[] {
  const applies = (selector: string): boolean => {
    try {
      return root.querySelector(selector) !== null;
    } catch {
      return false;
    }
  };
  let sheet = styles.styleSheet;
  if (!sheet) (sheet = new CSSStyleSheet()).replaceSync(styles.cssText);
  return [...sheet.cssRules]
    .filter((rule) => rule instanceof CSSStyleRule && applies(rule.selectorText))
    .map((rule) => rule.cssText.replace(LIVE_ONLY, ''))
    .filter((rule) => !/\{\s*\}$/.test(rule));
}

export interface SvgFileInput {
  /** The whole file as a template: one root `<svg>` with a viewBox. */
  readonly template: TemplateResult;
  /** The widget's styles: their rules that match something in the file style it. */
  readonly styles: CSSResult;
  /** The element's computed style, to resolve the variables. */
  readonly style: CSSStyleDeclaration;
  /** Rules of the file's own (a title, a legend), before the widget's. */
  readonly extraCss?: string;
}

/** The file as text. */
export function svgFile({ template, styles, style, extraCss = '' }: SvgFileInput): string {
  const host = document.createElement('div');
  render(template, host);
  const root = host.querySelector('svg');
  if (!root) return '';
  // Lit's markers and the templates' indentation go; text inside <text> stays.
  const gone: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const layout =
      node.nodeType === Node.TEXT_NODE && !node.parentElement?.closest('text, title, desc');
    if (node.nodeType === Node.COMMENT_NODE || (layout && !node.nodeValue?.trim())) gone.push(node);
  }
  for (const node of gone) node.parentNode?.removeChild(node);
  for (const element of root.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      if (/^(?:part|tabindex|data-)/.test(name)) element.removeAttribute(name);
    }
  }
  root.removeAttribute('part');
  const rules = rulesFor(root, styles);
  const element = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  element.textContent = resolveVars([extraCss, ...rules].join(''), style);
  root.insertBefore(element, root.querySelector('desc')?.nextSibling ?? root.firstChild);
  return new XMLSerializer().serializeToString(root);
}

/** Rasterise an SVG file: an Image from a Blob URL drawn on a canvas (no innerHTML). */
export async function svgToPng(file: string, scale: number): Promise<Blob> {
  const size = /viewBox="([-\d.]+) ([-\d.]+) ([\d.]+) ([\d.]+)"/.exec(file);
  const width = Number(size?.[3] ?? 600);
  const height = Number(size?.[4] ?? 600);
  const url = URL.createObjectURL(new Blob([file], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
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
