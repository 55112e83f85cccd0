// The bench cases, shared by run.mjs (the benchmark) and profile.mjs (where a case's time goes).

/**
 * The cases, by suite (the widget they measure and the data they draw); `ours` marks the case
 * each suite's ratios are taken against.
 */
export const CASES = [
  { name: 'mulighetsrom-model', file: 'mulighetsrom-model.mjs', ours: true },
  // A reference (no budget): ours through the CDN bundle as shipped, served as its own file.
  {
    name: 'mulighetsrom-model (CDN)',
    file: 'mulighetsrom-model-cdn.mjs',
    shipped: { url: '/cdn/model.js', dir: 'packages/elements/dist/cdn' },
  },
  // The baseline of the first-render budget: the widget's content by hand, no framework.
  { name: 'plain-dom', file: 'plain-dom.mjs' },
  // A reference (no budget): the diagram alone, hand-written SVG.
  { name: 'plain-svg', file: 'plain-svg.mjs' },
  // A reference below ours (no budget): a bare Lit `svg` template in shadow DOM.
  { name: 'lit-svg', file: 'lit-svg.mjs' },
  // The peer of the ≤ 1× budget: venn.js's diagram plus the same status key and legend.
  { name: 'venn.js + legend', file: 'venn-js-legend.mjs' },
  // References (no budget): the venn libraries' diagram and numbers alone.
  { name: '@upsetjs/venn.js', file: 'upsetjs-venn.mjs' },
  { name: 'venn.js', file: 'venn-js.mjs' },
  { name: 'highcharts-venn', file: 'highcharts-venn.mjs' },
  // The expectation matrix, 50 × 40 read-only (issue 10), and its hand-written baseline.
  {
    name: 'mulighetsrom-expectation-matrix',
    file: 'mulighetsrom-expectation-matrix.mjs',
    suite: 'matrix',
    ours: true,
  },
  {
    name: 'mulighetsrom-expectation-matrix (CDN)',
    file: 'mulighetsrom-expectation-matrix-cdn.mjs',
    suite: 'matrix',
    shipped: { url: '/cdn/expectation-matrix.js', dir: 'packages/elements/dist/cdn' },
  },
  { name: 'plain-table', file: 'plain-table.mjs', suite: 'matrix' },
  // The follow-up table, 1,000 rows, editable (issue 11): ours, the same markup and CSS by
  // hand, and the two grids a team would otherwise pick (both keep only some rows in the DOM).
  // `expect`: how many items (here body rows) the case must draw, checked after every run.
  {
    name: 'mulighetsrom-follow-up-table',
    file: 'mulighetsrom-follow-up-table.mjs',
    suite: 'follow-up',
    ours: true,
    expect: 'rows',
  },
  {
    name: 'mulighetsrom-follow-up-table (CDN)',
    file: 'mulighetsrom-follow-up-table-cdn.mjs',
    suite: 'follow-up',
    shipped: { url: '/cdn/follow-up-table.js', dir: 'packages/elements/dist/cdn' },
    expect: 'rows',
  },
  { name: 'plain-follow-up', file: 'plain-follow-up.mjs', suite: 'follow-up', expect: 'rows' },
  { name: 'tabulator', file: 'tabulator-follow-up.mjs', suite: 'follow-up' },
  { name: 'ag-grid', file: 'ag-grid-follow-up.mjs', suite: 'follow-up' },
  // The same three at 10,000 rows (the same bundles, other data). `updates`: edits per sample
  // here (the median of 5, not of --updates), as one edit of ours takes about a second.
  {
    name: 'mulighetsrom-follow-up-table 10k',
    file: 'mulighetsrom-follow-up-table.mjs',
    suite: 'follow-up-10k',
    ours: true,
    expect: 'rows',
    updates: 5,
  },
  { name: 'tabulator 10k', file: 'tabulator-follow-up.mjs', suite: 'follow-up-10k', updates: 5 },
  { name: 'ag-grid 10k', file: 'ag-grid-follow-up.mjs', suite: 'follow-up-10k', updates: 5 },
  // The situation board, 200 notes, editable (issue 12), and its hand-written lists.
  {
    name: 'mulighetsrom-situation-board',
    file: 'mulighetsrom-situation-board.mjs',
    suite: 'board',
    ours: true,
    expect: 'notes',
  },
  {
    name: 'mulighetsrom-situation-board (CDN)',
    file: 'mulighetsrom-situation-board-cdn.mjs',
    suite: 'board',
    shipped: { url: '/cdn/situation-board.js', dir: 'packages/elements/dist/cdn' },
    expect: 'notes',
  },
  { name: 'plain-list', file: 'plain-board.mjs', suite: 'board', expect: 'notes' },
  // The annual wheel, 40 activities on 4 rings (issue 13), and its hand-written SVG and list.
  {
    name: 'mulighetsrom-annual-wheel',
    file: 'mulighetsrom-annual-wheel.mjs',
    suite: 'wheel',
    ours: true,
    expect: 'activities',
  },
  {
    name: 'mulighetsrom-annual-wheel (CDN)',
    file: 'mulighetsrom-annual-wheel-cdn.mjs',
    suite: 'wheel',
    shipped: { url: '/cdn/annual-wheel.js', dir: 'packages/elements/dist/cdn' },
    expect: 'activities',
  },
  { name: 'plain-wheel', file: 'plain-wheel.mjs', suite: 'wheel', expect: 'activities' },
].map((c) => ({ suite: 'model', ...c }));
/** The case each suite's ratios are taken against. */
export const OURS = Object.fromEntries(CASES.filter((c) => c.ours).map((c) => [c.suite, c.name]));
