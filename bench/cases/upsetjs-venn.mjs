// @upsetjs/venn.js + d3-selection: a 3-set diagram, then the 20 area numbers as text.
// Without d3-transition the library draws synchronously (it checks for selection.transition).
import { VennDiagram } from '@upsetjs/venn.js';
import { select } from 'd3-selection';
import { vennSets, drawNumbers } from './venn-common.mjs';

globalThis.benchCase = {
  render(host, { levels, areas }) {
    const chart = VennDiagram().width(400).height(400).duration(0);
    const root = select(host).datum(vennSets(levels));
    const { textCentres } = chart(root);
    drawNumbers(root.select('svg'), textCentres, levels, areas);
  },
};
