// dist/cdn/model.js: <mulighetsrom-model> for pages that name it (the loader imports it too).
// Shared code (Lit, the base, core) sits in chunks of its own that every widget reuses.
// The base and conventions by name, not `export * from '../index.js'`: the package root
// re-exports every widget, and a page with only the model should not download the others.
export { MulighetsromElement } from '../internal/mulighetsrom-element.js';
export { define } from '../internal/define.js';
export { VERSION } from '../internal/version.js';
export { MulighetsromModel } from '../model/model.component.js';
import '../model/mulighetsrom-model.js';
