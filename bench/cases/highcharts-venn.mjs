// Highcharts + its venn module: the same 3 sets, region labels, and the 20 numbers as text
// drawn with the chart's renderer at each region's label position. No animation, no credits;
// intersections get a blank name, as in the venn.js cases (else Highcharts writes «a∩b»).
import Highcharts from 'highcharts/esm/highcharts.js';
import 'highcharts/esm/modules/venn.js';
import { byRegion, gridOffset, STATUS_TEXT } from './shared.mjs';

function vennPoints(levels) {
  const [a, b, c] = levels.map((level) => level.id);
  return [
    ...levels.map((level) => ({ sets: [level.id], value: 12, name: level.name })),
    { sets: [a, b], value: 4, name: ' ' },
    { sets: [a, c], value: 4, name: ' ' },
    { sets: [b, c], value: 4, name: ' ' },
    { sets: [a, b, c], value: 2, name: ' ' },
  ];
}

globalThis.benchCase = {
  render(host, { levels, areas }) {
    const container = document.createElement('div');
    container.style.width = '400px';
    container.style.height = '400px';
    host.append(container);
    const chart = Highcharts.chart(container, {
      chart: { animation: false, width: 400, height: 400 },
      title: { text: undefined },
      credits: { enabled: false },
      accessibility: { enabled: false },
      tooltip: { enabled: false },
      plotOptions: { series: { animation: false, states: { hover: { enabled: false } } } },
      series: [{ type: 'venn', data: vennPoints(levels) }],
    });
    const order = levels.map((level) => level.id);
    const anchors = new Map(
      chart.series[0].points.map((point) => [point.sets.join(','), [point.plotX, point.plotY]]),
    );
    for (const [key, group] of byRegion(areas, order)) {
      const [x, y] = anchors.get(key) ?? [200, 200];
      group.forEach((area, i) => {
        const { dx, dy } = gridOffset(i, group.length);
        chart.renderer
          .text(String(area.id), x + dx, y + dy + 18)
          .attr({ align: 'center', zIndex: 10, fill: STATUS_TEXT[area.status] })
          .css({ fontSize: '11px', fontWeight: 'bold' })
          .add();
      });
    }
  },
};
