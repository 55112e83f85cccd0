// Ours: <mulighetsrom-annual-wheel> from its package entry, bundled like an app would.
import '@mulighetsrom/elements/annual-wheel.js';
import './wheel-case.mjs';
