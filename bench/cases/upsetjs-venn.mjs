// @upsetjs/venn.js + d3-selection: a 3-set diagram, then the 20 area numbers as text.
// Without d3-transition the library draws synchronously (it checks for selection.transition).
import { VennDiagram } from '@upsetjs/venn.js';
import { select } from 'd3-selection';
import { vennCase } from './venn-common.mjs';

globalThis.benchCase = vennCase(VennDiagram, select);
