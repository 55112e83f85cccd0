// The floor: the same 3 circles and 20 numbered markers, hand-written with createElementNS.
import { ANCHORS, byRegion, CIRCLES, gridOffset, STATUS_FILL } from './shared.mjs';

const NS = 'http://www.w3.org/2000/svg';

function el(name, attributes) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  return node;
}

let markers = new Map();

globalThis.benchCase = {
  render(host, { levels, areas }) {
    const order = levels.map((level) => level.id);
    const svg = el('svg', { viewBox: '0 0 400 400', width: 400, height: 400, role: 'img' });
    for (const level of levels) {
      const [cx, cy] = CIRCLES[level.id];
      svg.append(el('circle', { cx, cy, r: 110, fill: 'none', stroke: '#3e3832' }));
      const label = el('text', {
        x: cx,
        y: level.id === 'eier' ? 24 : cy + 138,
        'text-anchor': 'middle',
      });
      label.textContent = level.name;
      svg.append(label);
    }
    markers = new Map();
    for (const [key, group] of byRegion(areas, order)) {
      const [ax, ay] = ANCHORS[key];
      group.forEach((area, i) => {
        const { dx, dy } = gridOffset(i, group.length);
        const g = el('g', { transform: `translate(${ax + dx} ${ay + dy})` });
        const dot = el('circle', { r: 10, fill: STATUS_FILL[area.status], stroke: '#3e3832' });
        const number = el('text', { 'text-anchor': 'middle', dy: '0.35em', 'font-size': 11 });
        number.textContent = String(area.id);
        g.append(dot, number);
        svg.append(g);
        markers.set(area.id, dot);
      });
    }
    host.append(svg);
  },
  update(_host, doc) {
    for (const { id, status } of doc.areas)
      markers.get(id)?.setAttribute('fill', STATUS_FILL[status]);
  },
};
