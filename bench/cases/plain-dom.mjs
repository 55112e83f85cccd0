// The content <mulighetsrom-model> shows, written by hand with createElement/createElementNS and
// one <style>, no framework: the diagram (3 circles, level labels, centre text, 20 numbered
// markers with status badge, plan mark and accessible name), 4 level buttons, the status key and
// the legend of the 20 names grouped by region. Same circle geometry as plain-svg. The baseline
// the budget compares our first render with; a status change updates just the changed marker
// and its legend item.
import {
  accessibleName,
  badgeDisc,
  badgePath,
  CSS,
  DASH,
  KEY,
  legendGroups,
  plannedPath,
  statusLine,
} from './model-like.mjs';
import { ANCHORS, byRegion, CIRCLES, gridOffset } from './shared.mjs';

const NS = 'http://www.w3.org/2000/svg';
const R = 10;

function el(name, attributes = {}, text) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

function svgEl(name, attributes = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The glyph of a marker (or a key entry) inside `g`: disc, number, badge, plan mark. */
function glyph(g, status, planned, number) {
  const mark = svgEl('circle', { class: 'mark', r: R });
  if (DASH[status]) mark.setAttribute('stroke-dasharray', DASH[status]);
  g.append(mark);
  if (number !== undefined) {
    g.append(
      svgEl(
        'text',
        {
          class: 'num',
          'font-size': R * 1.05,
          'text-anchor': 'middle',
          'dominant-baseline': 'central',
        },
        String(number),
      ),
    );
  }
  if (status !== 'unknown' && !(planned && number === undefined)) {
    g.append(svgEl('circle', { class: 'badge-bg', ...badgeDisc(R) }));
    g.append(svgEl('path', { class: 'badge', d: badgePath(status, R) }));
  }
  if (planned) g.append(svgEl('path', { class: 'planned-mark', d: plannedPath(R) }));
}

/** What the last render drew, so a status change touches only what changed. */
let drawn = null;

function drawMarker(g, area, status, planned, texts) {
  g.setAttribute('class', `area ${status}${planned ? ' planned' : ''}`);
  g.setAttribute('aria-label', accessibleName(area, status, planned, texts));
  g.replaceChildren();
  glyph(g, status, planned, area.id);
}

function drawItem(li, status, planned, texts) {
  li.className = status;
  li.lastChild.textContent = statusLine(status, planned, texts);
}

/** Level focus: the pressed button, the circle drawn bold, the other level's parts dimmed. */
function chooseLevel(level) {
  const { buttons, circles, markers, groups } = drawn;
  for (const [id, button] of buttons) button.setAttribute('aria-pressed', String(id === level));
  for (const [id, circle] of circles) {
    circle.classList.toggle('active', id === level);
    circle.classList.toggle('dim', level !== '' && id !== level);
  }
  for (const { g, area } of markers.values()) {
    g.classList.toggle('dim', level !== '' && !area.levels.includes(level));
  }
  for (const { node, levels } of groups) node.classList.toggle('hit', levels.includes(level));
}

globalThis.benchCase = {
  render(host, { levels, areas, texts }) {
    const order = levels.map((level) => level.id);
    const root = el('div', { class: 'model' });
    root.append(el('style', {}, CSS));
    const columns = el('div', { class: 'columns' });

    // The diagram.
    const figure = el('figure', { class: 'figure' });
    const svg = svgEl('svg', {
      class: 'diagram',
      viewBox: '0 0 400 400',
      role: 'group',
      'aria-label': texts.diagramLabel,
    });
    const circles = new Map();
    for (const level of levels) {
      const [cx, cy] = CIRCLES[level.id];
      const circle = svgEl('circle', { class: `circle c-${level.id}`, cx, cy, r: 110 });
      circles.set(level.id, circle);
      svg.append(circle);
    }
    for (const level of levels) {
      const [cx, cy] = CIRCLES[level.id];
      const y = level.id === 'eier' ? 24 : cy + 138;
      svg.append(
        svgEl(
          'text',
          {
            class: `level-label t-${level.id}`,
            x: cx,
            y,
            'text-anchor': 'middle',
            'aria-hidden': 'true',
          },
          texts.levels[level.id],
        ),
      );
    }
    const centre = svgEl('text', {
      class: 'centre-label',
      x: 200,
      y: 232,
      'text-anchor': 'middle',
      'aria-hidden': 'true',
    });
    centre.append(
      svgEl('tspan', { x: 200, dy: '-0.2em' }, texts.centre[0]),
      svgEl('tspan', { x: 200, dy: '1.2em' }, texts.centre[1]),
    );
    svg.append(centre);
    const markers = new Map();
    let first = true;
    for (const [key, group] of byRegion(areas, order)) {
      const [ax, ay] = ANCHORS[key];
      group.forEach((area, i) => {
        const { dx, dy } = gridOffset(i, group.length);
        const g = svgEl('g', {
          'data-id': area.id,
          transform: `translate(${ax + dx} ${ay + dy})`,
          role: 'button',
          tabindex: first ? 0 : -1,
        });
        first = false;
        drawMarker(g, area, area.status, area.planned, texts);
        svg.append(g);
        markers.set(area.id, { g, area, status: area.status, planned: area.planned });
      });
    }
    figure.append(svg);

    // The level buttons, the status key and the legend.
    const side = el('div', { class: 'side' });
    const chooser = el('div', { class: 'levels', role: 'group', 'aria-label': texts.levelFocus });
    const buttons = new Map();
    for (const [id, label] of [['', texts.allLevels], ...order.map((l) => [l, texts.levels[l]])]) {
      const button = el(
        'button',
        {
          type: 'button',
          class: id ? `chip chip-${id}` : 'chip',
          'aria-pressed': String(id === ''),
        },
        label,
      );
      button.dataset.level = id;
      buttons.set(id, button);
      chooser.append(button);
    }
    chooser.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button') : null;
      if (button) chooseLevel(button.dataset.level);
    });
    const legend = el('section', { class: 'legend', 'aria-labelledby': 'pd-legend' });
    legend.append(el('h3', { class: 'legend-title' }, texts.legendStatus));
    const key = el('ul', { class: 'key' });
    for (const { status, planned } of KEY) {
      const symbol = svgEl('svg', {
        class: 'key-symbol',
        viewBox: '-16 -16 32 32',
        'aria-hidden': 'true',
      });
      const g = svgEl('g', { class: `area ${status}${planned ? ' planned' : ''}` });
      glyph(g, status, planned);
      symbol.append(g);
      const li = el('li');
      li.append(symbol, planned ? texts.planned : texts.status[status]);
      key.append(li);
    }
    legend.append(key, el('h3', { class: 'legend-title', id: 'pd-legend' }, texts.legendAreas));
    const items = new Map();
    const groups = [];
    for (const group of legendGroups(areas, levels, texts)) {
      const node = el('div', { class: 'group' });
      node.append(el('h4', { class: 'group-title' }, group.title));
      const ol = el('ol', { class: 'items' });
      for (const area of group.areas) {
        const li = el('li', { value: area.id });
        li.append(
          el('span', { class: 'item-name' }, area.name),
          el('span', { class: 'item-status' }),
        );
        drawItem(li, area.status, area.planned, texts);
        items.set(area.id, li);
        ol.append(li);
      }
      node.append(ol);
      groups.push({ node, levels: group.key.split(',') });
      legend.append(node);
    }
    side.append(chooser, legend);
    columns.append(figure, side);
    root.append(columns);
    host.append(root);
    drawn = { texts, buttons, circles, markers, items, groups };
  },

  /** New data: redraw the markers (and legend items) whose status or plan flag changed. */
  update(_host, doc) {
    const { markers, items, texts } = drawn;
    for (const { id, status, planned = false } of doc.areas) {
      const marker = markers.get(id);
      if (!marker || (marker.status === status && marker.planned === planned)) continue;
      marker.status = status;
      marker.planned = planned;
      drawMarker(marker.g, marker.area, status, planned, texts);
      drawItem(items.get(id), status, planned, texts);
    }
  },
};
