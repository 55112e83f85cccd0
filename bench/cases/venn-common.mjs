// What both venn.js flavours share: the set sizes and the 20 numbers drawn with d3 joins.
// Works with the selection of either d3-selection v1 or v3 (same API for what is used here).
import { byRegion, gridOffset, STATUS_TEXT } from './shared.mjs';

/** Equal sets with equal overlaps, so the layout is the symmetric 3-circle diagram. */
export function vennSets(levels) {
  const ids = levels.map((level) => level.id);
  const [a, b, c] = ids;
  return [
    ...levels.map((level) => ({ sets: [level.id], size: 12, label: level.name })),
    { sets: [a, b], size: 4 },
    { sets: [a, c], size: 4 },
    { sets: [b, c], size: 4 },
    { sets: [a, b, c], size: 2 },
  ];
}

export function drawNumbers(svg, textCentres, levels, areas) {
  const order = levels.map((level) => level.id);
  const placed = [];
  for (const [key, group] of byRegion(areas, order)) {
    // venn.js keys its text centres by the set array's string form, e.g. "eier,kontor".
    const centre = textCentres[key] ?? { x: 200, y: 200 };
    group.forEach((area, i) => {
      const { dx, dy } = gridOffset(i, group.length);
      placed.push({ area, x: centre.x + dx, y: centre.y + dy + 18 });
    });
  }
  svg
    .append('g')
    .attr('class', 'areas')
    .selectAll('text')
    .data(placed)
    .enter()
    .append('text')
    .attr('x', (d) => d.x)
    .attr('y', (d) => d.y)
    .attr('text-anchor', 'middle')
    .attr('font-size', 11)
    .attr('font-weight', 'bold')
    .attr('fill', (d) => STATUS_TEXT[d.area.status])
    .text((d) => String(d.area.id));
}

/**
 * The bench case for a venn.js-style library: its VennDiagram and the d3 `select` it works with.
 * @param {() => any} VennDiagram
 * @param {(node: Element) => any} select
 */
export function vennCase(VennDiagram, select) {
  return {
    render(host, { levels, areas }) {
      const chart = VennDiagram().width(400).height(400).duration(0);
      const root = select(host).datum(vennSets(levels));
      const { textCentres } = chart(root);
      drawNumbers(root.select('svg'), textCentres, levels, areas);
    },
  };
}
