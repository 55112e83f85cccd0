// Ours: the whole <mulighetsrom-model> widget from its package entry, bundled like an app would.
import '@mulighetsrom/elements/model.js';
import './model-case.mjs';
