// dist/cdn/expectation-matrix.js: <mulighetsrom-expectation-matrix> for pages that name it (the
// loader imports it too). Shared code (Lit, the base, core) sits in chunks every widget reuses.
// The base and conventions by name, not `export * from '../index.js'`: the package root
// re-exports every widget, and a page with only this one should not download the others.
export { MulighetsromElement } from '../internal/mulighetsrom-element.js';
export { define } from '../internal/define.js';
export { VERSION } from '../internal/version.js';
export { MulighetsromExpectationMatrix } from '../expectation-matrix/expectation-matrix.component.js';
import '../expectation-matrix/mulighetsrom-expectation-matrix.js';
