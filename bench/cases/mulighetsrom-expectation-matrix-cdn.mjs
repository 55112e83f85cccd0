// Ours through the CDN folder as shipped (see mulighetsrom-model-cdn.mjs), the matrix's module.
import '/cdn/expectation-matrix.js';
import './matrix-case.mjs';
