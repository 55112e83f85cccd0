// Ours through the CDN folder as shipped (see mulighetsrom-model-cdn.mjs), the wheel's module.
import '/cdn/annual-wheel.js';
import './wheel-case.mjs';
