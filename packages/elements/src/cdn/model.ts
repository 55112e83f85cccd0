// dist/cdn/model.js: <mulighetsrom-model> for pages that name it (the loader imports it too).
// Shared code (Lit, the base, core) sits in chunks of its own that every widget reuses.
export * from '../index.js';
import '../model/mulighetsrom-model.js';
