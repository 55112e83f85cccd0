// Ours: <mulighetsrom-situation-board> from its package entry, bundled like an app would.
import '@mulighetsrom/elements/situation-board.js';
import './board-case.mjs';
