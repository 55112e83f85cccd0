// Ours through the CDN folder as shipped (see mulighetsrom-model-cdn.mjs), the table's module.
import '/cdn/follow-up-table.js';
import './follow-up-case.mjs';
