// The baseline of the wheel's first-render budget (issue 13): what the read-only
// <mulighetsrom-annual-wheel> shows, written by hand with createElement(NS), no framework, in a
// shadow root with the widget's CSS (its style modules), from core's `layoutWheel` output
// computed in the page as the widget computes it: the title and year switch; an SVG of the ring
// bands, month sectors, spokes and names, the activities' arcs and markers, ring names, the
// placed labels with their leaders, the today line and the year; the numbered legend; the list
// by month (a button per activity, one Tab stop). A move (new data, one activity a week later)
// lays the wheel out again, patches the shapes whose geometry changed and redraws the labels,
// the legend and the list.
import {
  activitiesByMonth,
  activitiesInYear,
  format,
  formatActivityDates,
  formatWheelDate,
  layoutWheel,
  monthName,
  wheelMessages,
} from '@mulighetsrom/core';
import { baseStyles } from '../../packages/elements/src/internal/base.styles.ts';
import { wheelStyles } from '../../packages/elements/src/annual-wheel/annual-wheel.styles.ts';
import { el, svgEl } from './widget-shared.mjs';

const lang = 'nb';
const TONES = ['planned', 'strong', 'improve', 'unknown'];
let view;

function layoutOf(doc, now) {
  const year = doc.year;
  const ordered = activitiesInYear(doc, year);
  return {
    year,
    ordered,
    months: activitiesByMonth(ordered, year),
    layout: layoutWheel({ year, rings: doc.rings, activities: ordered, now }),
  };
}

function activityText(doc, a, year) {
  const ring = doc.rings.find((r) => r.id === a.ring)?.label ?? a.ring;
  return format(wheelMessages[lang].activityText, {
    title: a.title,
    ring,
    dates: formatActivityDates(a, lang, year),
  });
}

const toneOf = (doc, ring) =>
  TONES[
    Math.max(
      0,
      doc.rings.findIndex((r) => r.id === ring),
    ) % TONES.length
  ];

function shapeNode(doc, shape) {
  const cls = `activity ${shape.kind} tone-${toneOf(doc, shape.ring)}`;
  return shape.kind === 'marker'
    ? svgEl('circle', {
        class: cls,
        'data-activity': shape.id,
        cx: shape.cx,
        cy: shape.cy,
        r: shape.r,
      })
    : svgEl('path', { class: cls, 'data-activity': shape.id, d: shape.path ?? '' });
}

function drawLabels(group, layout) {
  group.textContent = '';
  for (const label of layout.labels) {
    const { x1, y1, x2, y2 } = label.leader;
    group.append(
      svgEl('line', { class: 'leader', x1, y1, x2, y2 }),
      svgEl(
        'text',
        {
          class: `label ${label.numbered ? 'numbered' : ''}`,
          'data-activity': label.id,
          x: label.x,
          y: label.y,
          'text-anchor': label.anchor,
        },
        label.text,
      ),
    );
  }
}

function drawLegend(figure, legend, doc, w) {
  const m = wheelMessages[lang];
  legend?.remove();
  if (w.layout.legend.length === 0) return undefined;
  const byId = new Map(w.ordered.map((a) => [a.activity.id, a.activity]));
  const div = el('div', { class: 'legend' });
  const ul = el('ul', { 'aria-labelledby': 'legend' });
  for (const l of w.layout.legend)
    ul.append(el('li', null, `${l.number}. ${activityText(doc, byId.get(l.id), w.year)}`));
  div.append(el('p', { class: 'legend-title', id: 'legend' }, m.legendHeading), ul);
  figure.append(div);
  return div;
}

function drawMonths(ol, doc, w, now) {
  const m = wheelMessages[lang];
  const numbers = new Map(w.layout.legend.map((l) => [l.id, l.number]));
  const currentMonth = now.getUTCFullYear() === w.year ? now.getUTCMonth() : -1;
  const yearStart = Date.UTC(w.year, 0, 1) / 86_400_000;
  ol.textContent = '';
  let first = true;
  for (const month of w.months) {
    const current = month.month === currentMonth;
    const li = el('li', { class: `month-group ${current ? 'current' : ''}` });
    const title = el(
      'p',
      { class: 'month-title', id: `month-${month.month}` },
      monthName(month.month, lang),
    );
    if (current) title.append(' ', el('span', { class: 'tag' }, `(${m.currentMonth})`));
    li.append(title);
    if (month.activities.length === 0) li.append(el('p', { class: 'empty' }, m.monthEmpty));
    else {
      const ul = el('ul', { 'aria-labelledby': `month-${month.month}` });
      for (const a of month.activities) {
        const { activity } = a;
        const item = el('li', { class: `item tone-${toneOf(doc, activity.ring)}` });
        const button = el('button', {
          type: 'button',
          'data-id': activity.id,
          tabindex: first ? 0 : -1,
          'aria-expanded': 'false',
          'aria-describedby': 'help',
        });
        first = false;
        const number = numbers.get(activity.id);
        const continued = a.first < yearStart ? ` (${m.continuesFromLastYear})` : '';
        button.append(
          el('span', {
            class: `swatch ${a.first === a.last ? 'dot' : 'bar'}`,
            'aria-hidden': 'true',
          }),
          el(
            'span',
            { class: 'item-text' },
            `${number !== undefined ? `${number}. ` : ''}${activityText(doc, activity, w.year)}${continued}`,
          ),
        );
        if (activity.checklist === 'model')
          button.append(el('span', { class: 'tag' }, m.checklistModel));
        item.append(button);
        ul.append(item);
      }
      li.append(ul);
    }
    ol.append(li);
  }
}

function render(host, doc, now) {
  const m = wheelMessages[lang];
  const w = layoutOf(doc, now);
  const { sizes } = w.layout;
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [...baseStyles, wheelStyles].map((s) => s.styleSheet);
  const widget = el('div', { class: 'annual-wheel readonly' });
  const head = el('div', { class: 'head' });
  const title = doc.title?.trim() || m.untitled;
  const years = el('div', { class: 'year-switch', role: 'group', 'aria-label': m.yearLabel });
  const previous = el('button', { type: 'button' });
  previous.append(el('span', { 'aria-hidden': 'true' }, '‹'), ` ${m.previousYear}`);
  const next = el('button', { type: 'button' }, `${m.nextYear} `);
  next.append(el('span', { 'aria-hidden': 'true' }, '›'));
  years.append(previous, el('span', { class: 'year' }, String(w.year)), next);
  head.append(el('p', { class: 'title', id: 'title' }, title), years);
  const layoutDiv = el('div', { class: 'layout' });
  const figure = el('div', { class: 'figure' });
  const hw = sizes.halfWidth;
  const hh = sizes.halfHeight;
  const svg = svgEl('svg', {
    class: 'wheel',
    viewBox: `${-hw} ${-hh} ${2 * hw} ${2 * hh}`,
    role: 'img',
    'aria-label': format(m.wheelLabel, { title, year: w.year }),
  });
  w.layout.rings.forEach((ring, i) =>
    svg.append(svgEl('path', { class: `ring tone-${TONES[i % TONES.length]}`, d: ring.path })),
  );
  for (const month of w.layout.months) {
    const { x1, y1, x2, y2 } = month.spoke;
    svg.append(
      svgEl('path', { class: `month ${month.current ? 'current' : ''}`, d: month.path }),
      svgEl('line', { class: 'spoke', x1, y1, x2, y2 }),
      svgEl(
        'text',
        {
          class: `month-label ${month.current ? 'current' : ''}`,
          x: month.labelX,
          y: month.labelY,
          dy: '0.35em',
        },
        monthName(month.month, lang).slice(0, 3),
      ),
    );
  }
  const shapes = new Map();
  for (const shape of w.layout.shapes) {
    const node = shapeNode(doc, shape);
    shapes.set(shape.id, { node, shape });
    svg.append(node);
  }
  for (const ring of w.layout.rings)
    svg.append(
      svgEl('text', { class: 'ring-label', x: 4, y: ring.labelY, dy: '0.35em' }, ring.label),
    );
  const labels = svgEl('g');
  drawLabels(labels, w.layout);
  svg.append(labels);
  const today = w.layout.today;
  if (today)
    svg.append(
      svgEl('line', { class: 'today', x1: today.x1, y1: today.y1, x2: today.x2, y2: today.y2 }),
    );
  svg.append(svgEl('text', { class: 'centre-year', x: 0, y: 6 }, String(w.year)));
  figure.append(svg);
  const legend = drawLegend(figure, undefined, doc, w);
  const list = el('div', { class: 'list' });
  list.append(el('p', { class: 'list-title', id: 'list' }, m.listHeading));
  if (now.getUTCFullYear() === w.year)
    list.append(
      el(
        'p',
        { class: 'today-text' },
        format(m.today, { date: formatWheelDate(now.toISOString().slice(0, 10), lang, w.year) }),
      ),
    );
  list.append(el('p', { class: 'help', id: 'help' }, m.keyboardHelp));
  const ol = el('ol', { class: 'months', 'aria-labelledby': 'list' });
  drawMonths(ol, doc, w, now);
  list.append(ol);
  layoutDiv.append(figure, list);
  widget.append(head, layoutDiv);
  root.append(widget);
  view = { root, svg, shapes, labels, figure, legend, ol, now };
}

function update(doc) {
  const w = layoutOf(doc, view.now);
  for (const shape of w.layout.shapes) {
    const known = view.shapes.get(shape.id);
    if (known && known.shape.kind === shape.kind) {
      if (shape.kind === 'arc') {
        if (known.shape.path !== shape.path) known.node.setAttribute('d', shape.path ?? '');
      } else if (known.shape.cx !== shape.cx || known.shape.cy !== shape.cy) {
        known.node.setAttribute('cx', shape.cx);
        known.node.setAttribute('cy', shape.cy);
      }
      known.shape = shape;
    } else {
      const node = shapeNode(doc, shape);
      if (known) known.node.replaceWith(node);
      else view.labels.before(node);
      view.shapes.set(shape.id, { node, shape });
    }
  }
  drawLabels(view.labels, w.layout);
  view.legend = drawLegend(view.figure, view.legend, doc, w);
  drawMonths(view.ol, doc, w, view.now);
}

globalThis.benchCase = {
  render(host, { wheel }) {
    const div = document.createElement('div');
    host.append(div);
    render(div, wheel.doc, new Date(wheel.now));
  },
  update(_host, _variant, i, { wheel }) {
    update(wheel.variants[i % wheel.variants.length]);
  },
  count() {
    return view.root.querySelectorAll('svg .activity').length;
  },
};
