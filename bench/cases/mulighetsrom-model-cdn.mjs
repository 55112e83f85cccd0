// Ours as a CMS page gets it: the CDN bundle exactly as shipped (not re-bundled, so its compile
// hint stays), loaded by URL; run.mjs copies it next to the case bundles.
import '/cdn/mulighetsrom.js';
import './model-case.mjs';
