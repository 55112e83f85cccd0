// Reference, not a peer: a bare Lit element drawing the plain-SVG picture with `svg` templates
// in shadow DOM. Shows what Lit + shadow DOM cost by themselves, below our whole widget.
import { LitElement, html, svg } from 'lit';
import { ANCHORS, byRegion, CIRCLES, gridOffset, STATUS_FILL } from './shared.mjs';

class BenchLitSvg extends LitElement {
  static properties = { levels: { attribute: false }, areas: { attribute: false } };

  constructor() {
    super();
    this.levels = [];
    this.areas = [];
  }

  render() {
    const order = this.levels.map((level) => level.id);
    const markers = [];
    for (const [key, group] of byRegion(this.areas, order)) {
      const [ax, ay] = ANCHORS[key];
      group.forEach((area, i) => {
        const { dx, dy } = gridOffset(i, group.length);
        markers.push(
          svg`<g transform="translate(${ax + dx} ${ay + dy})"><circle r="10" fill=${STATUS_FILL[area.status]} stroke="#3e3832"></circle><text text-anchor="middle" dy="0.35em" font-size="11">${area.id}</text></g>`,
        );
      });
    }
    return html`<svg viewBox="0 0 400 400" width="400" height="400" role="img">
      ${this.levels.map((level) => {
        const [cx, cy] = CIRCLES[level.id];
        return svg`<circle cx=${cx} cy=${cy} r="110" fill="none" stroke="#3e3832"></circle><text x=${cx} y=${level.id === 'eier' ? 24 : cy + 138} text-anchor="middle">${level.name}</text>`;
      })}
      ${markers}
    </svg>`;
  }
}
customElements.define('bench-lit-svg', BenchLitSvg);

let element;

globalThis.benchCase = {
  async render(host, { levels, areas }) {
    element = document.createElement('bench-lit-svg');
    element.levels = levels;
    element.areas = areas;
    host.append(element);
    await element.updateComplete;
  },
  async update(_host, doc) {
    const statuses = new Map(doc.areas.map((a) => [a.id, a.status]));
    element.areas = element.areas.map((area) => ({ ...area, status: statuses.get(area.id) }));
    await element.updateComplete;
  },
};
