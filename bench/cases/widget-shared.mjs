// What the widget cases share: for the hand-written baselines (follow-up table, board, wheel)
// an element with attributes and text and a small inline SVG icon; for ours, mounting the
// widget; for both, the keyboard actions a change is made of.
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

/**
 * Ours: creates `<tag>`, sets `props` (data last, as an app does), appends it to `host` and
 * waits for its first render; returns the element and where the time went.
 */
export async function mountWidget(host, tag, props) {
  const t0 = performance.now();
  const element = document.createElement(tag);
  Object.assign(element, props);
  const t1 = performance.now();
  host.append(element);
  await element.updateComplete;
  const t2 = performance.now();
  return { element, phases: { create: t1 - t0, update: t2 - t1 } };
}

/** A key pressed on `target` (keydown, bubbling out of shadow roots). */
export function press(target, key, modifiers = {}) {
  target.dispatchEvent(
    new KeyboardEvent('keydown', { key, ...modifiers, bubbles: true, composed: true }),
  );
}

/** The board's move by keyboard: Alt+ArrowRight on the first note of «desired» or «barriers». */
export function moveFirstNoteRight(root, i) {
  const column = i % 2 === 0 ? 'desired' : 'barriers';
  const body = root.querySelector(`.column[data-column="${column}"] .note-body`);
  body.focus();
  press(body, 'ArrowRight', { altKey: true });
}

/** The follow-up table's edit by keyboard: Enter on a «what» cell of the first rows (on screen). */
export function startCellEdit(root, i) {
  const cell = root.querySelector(`tr[data-id="r${i % 8}"] td[data-column="what"]`);
  cell.focus();
  press(cell, 'Enter');
}

/** …then new text in the one `.editor`, and Enter. */
export function commitCellEdit(root, i) {
  const editor = root.querySelector('.editor');
  editor.value = `Endret oppgave ${i}`;
  press(editor, 'Enter');
}
