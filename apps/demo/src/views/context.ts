// What every view gets from the shell.
import type { Lang } from '@mulighetsrom/core';
import type { WorkspaceStore } from '../workspace/store.js';
import type { Route } from '../router.js';

export interface ViewContext {
  lang: Lang;
  route: Route;
  store: WorkspaceStore;
  /** Redraws the page (after a change that is not in the store, e.g. a timer tick). */
  redraw: () => void;
  /** Says `text` in the page's polite live region. */
  announce: (text: string) => void;
}
