// What the hand-written widget baselines (follow-up table, board, wheel) share: an element with
// attributes and text, and a small inline SVG icon.
const SVG = 'http://www.w3.org/2000/svg';

export function el(name, attributes, text) {
  const node = document.createElement(name);
  if (attributes) for (const key in attributes) node.setAttribute(key, String(attributes[key]));
  if (text !== undefined) node.textContent = text;
  return node;
}

export function svgEl(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  if (attributes) for (const key in attributes) node.setAttribute(key, String(attributes[key]));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An icon the screen reader skips: one path in a 16 × 16 (or `viewBox`) SVG. */
export function svgIcon(d, viewBox = '0 0 16 16', cls) {
  const icon = svgEl('svg', { viewBox, 'aria-hidden': 'true', focusable: 'false' });
  if (cls) icon.setAttribute('class', cls);
  icon.append(svgEl('path', { d }));
  return icon;
}
