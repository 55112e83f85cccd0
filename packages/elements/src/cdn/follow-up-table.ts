// dist/cdn/follow-up-table.js: <mulighetsrom-follow-up-table> for pages that name it (the loader
// imports it too). Shared code (Lit, the base, core) sits in chunks every widget reuses.
export { MulighetsromElement } from '../internal/mulighetsrom-element.js';
export { define } from '../internal/define.js';
export { VERSION } from '../internal/version.js';
export { MulighetsromFollowUpTable } from '../follow-up-table/follow-up-table.component.js';
import '../follow-up-table/mulighetsrom-follow-up-table.js';
