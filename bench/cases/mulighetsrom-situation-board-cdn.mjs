// Ours through the CDN folder as shipped (see mulighetsrom-model-cdn.mjs), the board's module.
import '/cdn/situation-board.js';
import './board-case.mjs';
