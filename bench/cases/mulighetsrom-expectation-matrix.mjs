// Ours: <mulighetsrom-expectation-matrix> from its package entry, bundled like an app would.
import '@mulighetsrom/elements/expectation-matrix.js';
import './matrix-case.mjs';
