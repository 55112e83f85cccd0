// Ours: <mulighetsrom-follow-up-table> from its package entry, bundled like an app would.
import '@mulighetsrom/elements/follow-up-table.js';
import './follow-up-case.mjs';
