// venn.js (benfred) from its UMD main (the ESM entry imports `fmin` wrongly) with its own nested
// d3-selection v1; duration(0) so nothing is left to a transition.
import { VennDiagram } from 'venn.js/build/venn.js';
import { select } from 'venn.js/node_modules/d3-selection';
import { vennCase } from './venn-common.mjs';

globalThis.benchCase = vennCase(VennDiagram, select);
