// The peer that shows what ours shows with the usual tools: benfred venn.js (as in venn-js.mjs,
// from its UMD main with its nested d3-selection v1, duration(0)) draws the diagram and the 20
// numbers, then the same status key and the same legend of the 20 names grouped by region are
// built with d3 joins, styled by one <style>.
import { VennDiagram } from 'venn.js/build/venn.js';
import { select } from 'venn.js/node_modules/d3-selection';
import {
  badgeDisc,
  badgePath,
  CSS,
  DASH,
  KEY,
  legendGroups,
  plannedPath,
  statusLine,
} from './model-like.mjs';
import { drawNumbers, vennSets } from './venn-common.mjs';

globalThis.benchCase = {
  render(host, { levels, areas, texts }) {
    const root = select(host).append('div').attr('class', 'model');
    root.append('style').text(CSS);
    const figure = root.append('div').attr('class', 'figure').datum(vennSets(levels));
    const { textCentres } = VennDiagram().width(400).height(400).duration(0)(figure);
    drawNumbers(figure.select('svg'), textCentres, levels, areas);

    const legend = root
      .append('section')
      .attr('class', 'legend')
      .attr('aria-labelledby', 'vl-legend');
    legend.append('h3').attr('class', 'legend-title').text(texts.legendStatus);
    const entries = legend.append('ul').attr('class', 'key').selectAll('li').data(KEY).join('li');
    const symbol = entries
      .append('svg')
      .attr('class', 'key-symbol')
      .attr('viewBox', '-16 -16 32 32')
      .attr('aria-hidden', 'true')
      .append('g')
      .attr('class', (d) => `area ${d.status}${d.planned ? ' planned' : ''}`);
    symbol
      .append('circle')
      .attr('class', 'mark')
      .attr('r', 10)
      .attr('stroke-dasharray', (d) => DASH[d.status] || null);
    const badged = symbol.filter((d) => d.status !== 'unknown' && !d.planned);
    const disc = badgeDisc(10);
    badged
      .append('circle')
      .attr('class', 'badge-bg')
      .attr('cx', disc.cx)
      .attr('cy', disc.cy)
      .attr('r', disc.r);
    badged
      .append('path')
      .attr('class', 'badge')
      .attr('d', (d) => badgePath(d.status, 10));
    symbol
      .filter((d) => d.planned)
      .append('path')
      .attr('class', 'planned-mark')
      .attr('d', plannedPath(10));
    entries.append('span').text((d) => (d.planned ? texts.planned : texts.status[d.status]));

    legend
      .append('h3')
      .attr('class', 'legend-title')
      .attr('id', 'vl-legend')
      .text(texts.legendAreas);
    const groups = legend
      .selectAll('div.group')
      .data(legendGroups(areas, levels, texts))
      .join('div')
      .attr('class', 'group');
    groups
      .append('h4')
      .attr('class', 'group-title')
      .text((d) => d.title);
    const items = groups
      .append('ol')
      .attr('class', 'items')
      .selectAll('li')
      .data((d) => d.areas)
      .join('li')
      .attr('value', (d) => d.id)
      .attr('class', (d) => d.status);
    items
      .append('span')
      .attr('class', 'item-name')
      .text((d) => d.name);
    items
      .append('span')
      .attr('class', 'item-status')
      .text((d) => statusLine(d.status, d.planned, texts));
  },
};
