// dist/cdn/annual-wheel.js: <mulighetsrom-annual-wheel> for pages that name it (the loader
// imports it too). Shared code (Lit, the base, core) sits in chunks every widget reuses.
export { MulighetsromElement } from '../internal/mulighetsrom-element.js';
export { define } from '../internal/define.js';
export { VERSION } from '../internal/version.js';
export { MulighetsromAnnualWheel } from '../annual-wheel/annual-wheel.component.js';
import '../annual-wheel/mulighetsrom-annual-wheel.js';
