// Every widget tag the CDN loader knows, and the module that defines it. A new widget adds one
// line here and one entry in vite.config.ts (see docs/architecture.md, "Adding a widget").
export const WIDGETS: Readonly<Record<string, () => Promise<unknown>>> = {
  'mulighetsrom-model': () => import('./model.js'),
  'mulighetsrom-expectation-matrix': () => import('./expectation-matrix.js'),
  'mulighetsrom-swot': () => import('./swot.js'),
  'mulighetsrom-assessment-cross': () => import('./assessment-cross.js'),
  'mulighetsrom-situation-board': () => import('./situation-board.js'),
  'mulighetsrom-annual-wheel': () => import('./annual-wheel.js'),
  'mulighetsrom-follow-up-table': () => import('./follow-up-table.js'),
};
