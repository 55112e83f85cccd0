// Ours as a CMS page gets it: the CDN folder exactly as shipped (not re-bundled, so each chunk
// keeps its compile hint), the model's module loaded by URL; run.mjs copies the folder next to
// the case bundles. (The loader would only add the import of this same module.)
import '/cdn/model.js';
import './model-case.mjs';
