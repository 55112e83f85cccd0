// The workshop app: one partnership's four gatherings, step by step, as the widgets, or a
// network of partnerships. The shell (src/shell/) routes real paths, owns the settings and the
// live region; every view reads and writes workspaces through the one store. Lit renders every
// page, so no HTML is ever parsed from strings (CSP and Trusted Types safe).
import '@mulighetsrom/tokens/tokens.css';
import { html, render } from 'lit';
import { shellMessages } from './messages/shell.js';
import { parseRoute, type Route } from './router.js';
import { layout } from './shell/layout.js';
import { lazyView } from './shell/lazy-view.js';
import { createLiveRegion } from './shell/live-region.js';
import { NAVIGATE_EVENT, appLinkTarget, navigate } from './shell/navigate.js';
import { loadingView, noWorkspaceView, notFoundView } from './shell/not-found.js';
import { BASE } from './shell/paths.js';
import { updateAnnouncement, updateNotice } from './shell/update-notice.js';
import { createUpdatePrompt } from './shell/update-prompt.js';
import { applySettings, loadSettings, saveSettings, type Settings } from './settings.js';
import './styles.css';
import type { ViewContext } from './views/context.js';
import { homeView } from './views/home.js';
import { planView } from './views/plan.js';
import { drafts } from './views/steps/frame.js';
import { STEP_WIDGETS, resetSteps, stepView } from './views/steps/index.js';
import { loadWidgetsAfterPaint, widgetsReady } from './views/steps/widgets.js';
import { workspaceView } from './views/workspace.js';
import { tabNotice } from './views/tab-notice.js';
import { transferPanel } from './views/transfer.js';
import { versionsView } from './views/versions.js';
import { openWorkspaceStore, safeStore } from './workspace/index.js';
import { settleSaves } from './workspace/settle.js';
import type { WorkspaceStore } from './workspace/store.js';
import { registerServiceWorker } from './register-sw.js';

const app = document.querySelector<HTMLElement>('#app') ?? document.body;
let settings: Settings = loadSettings();
const store: WorkspaceStore = openWorkspaceStore({ lang: settings.lang });
const live = createLiveRegion(() => document.querySelector<HTMLElement>('#live-region'));
// These views show every widget: their code loads when one is first opened.
const network = lazyView(() => import('./views/network.js'));
const embed = lazyView(() => import('./views/embed.js'));
const print = lazyView(() => import('./views/print.js'));
// A new version of the app waits until the reader reloads; typing and writes are saved first.
const workbox = registerServiceWorker();
const update =
  workbox &&
  createUpdatePrompt(workbox, {
    async save() {
      await drafts.flushAll();
      const saved = safeStore(store);
      return saved ? settleSaves(saved) : true;
    },
    reloadPage: () => location.reload(),
    changed(state) {
      draw();
      const words = updateAnnouncement(state, settings.lang);
      if (words) live.announce(words);
    },
  });
/** A route change showed a loading view: its real h1 takes the focus once it is drawn. */
let focusPending = false;

/** A view's code arrived: draw it, and give it the focus the loading view had. */
function viewLoaded(): void {
  draw();
  if (focusPending && !app.querySelector('main [data-loading]')) {
    focusPending = false;
    focusView();
  }
}

let route: Route = parseRoute(location.pathname, BASE);
let ready = false;
let drawing = false;
let redrawAgain = false;

function context(): ViewContext {
  return { lang: settings.lang, route, store, redraw: draw, announce: live.announce };
}

/** The view of the route; workspace routes need their workspace. */
function outlet(ctx: ViewContext) {
  if (!ready) return loadingView(ctx);
  const r = ctx.route;
  switch (r.view) {
    case 'home':
      return html`${homeView(ctx)} ${transferPanel(ctx)}`;
    case 'not-found':
      return notFoundView(ctx, r.path);
    case 'network': {
      const view = network.get(viewLoaded)?.networkView(ctx);
      return view
        ? html`${view} ${transferPanel(ctx, { idPrefix: 'network-transfer' })}`
        : loadingView(ctx);
    }
    case 'embed':
      return embed.get(viewLoaded)?.embedView(ctx) ?? loadingView(ctx);
    case 'print':
      return print.get(viewLoaded)?.printView(ctx) ?? loadingView(ctx);
    case 'versions':
      return versionsView(ctx);
    default: {
      const workspace = store.get(r.id);
      if (!workspace) return noWorkspaceView(ctx);
      if (r.view === 'workspace')
        return html`${workspaceView(ctx, workspace)}
        ${transferPanel(ctx, { workspaceId: workspace.id, idPrefix: 'workspace-transfer' })}`;
      if (r.view === 'step') {
        // Drawn at once; each widget mounts in a task of its own once its module is there.
        loadWidgetsAfterPaint(STEP_WIDGETS[r.step]);
        return stepView(ctx, workspace, r.step);
      }
      return widgetsReady(['mulighetsrom-follow-up-table'], viewLoaded)
        ? planView(ctx, workspace, r.area)
        : loadingView(ctx);
    }
  }
}

function draw(): void {
  // A view may redraw while it renders (e.g. a widget event during an update): once more after.
  if (drawing) {
    redrawAgain = true;
    return;
  }
  drawing = true;
  try {
    applySettings(settings);
    const ctx = context();
    const workspace = 'id' in route && route.id ? store.get(route.id) : undefined;
    render(
      layout({
        settings,
        route,
        workspace,
        notice: html`${updateNotice(update, settings.lang)}${tabNotice(ctx)}`,
        content: outlet(ctx),
        onSettings: changeSettings,
        announce: live.announce,
      }),
      app,
    );
    const h1 = app.querySelector('main h1');
    const title = h1?.textContent?.replace(/\s+/g, ' ').trim();
    const site = shellMessages[settings.lang].siteName;
    document.title = title && title !== site ? `${title} – ${site}` : site;
  } finally {
    drawing = false;
  }
  if (redrawAgain) {
    redrawAgain = false;
    draw();
  }
}

function changeSettings(next: Partial<Settings>): void {
  settings = { ...settings, ...next };
  saveSettings(settings);
  draw();
}

/** After a route change: the new view's h1 (or the linked part of it) takes the focus. */
function focusView(): void {
  const target = location.hash
    ? document.getElementById(decodeURIComponent(location.hash.slice(1)))
    : null;
  const focusable = target ?? app.querySelector<HTMLElement>('main h1');
  if (!focusable) return;
  if (!focusable.hasAttribute('tabindex')) focusable.tabIndex = -1;
  focusable.focus({ preventScroll: true });
  if (target) target.scrollIntoView({ block: 'start' });
  else window.scrollTo(0, 0);
}

function routeChanged(): void {
  const next = parseRoute(location.pathname, BASE);
  const samePage = JSON.stringify(next) === JSON.stringify(route);
  route = next;
  if (!samePage) resetSteps();
  draw();
  focusView();
  focusPending = app.querySelector('main [data-loading]') !== null;
}

// Real links, handled here unless the reader asked the browser (new tab, download …).
document.addEventListener('click', (event) => {
  const link = (event.target as Element | null)?.closest?.('a[href]');
  if (!(link instanceof HTMLAnchorElement)) return;
  const url = appLinkTarget(
    event,
    { href: link.href, target: link.target, hasDownload: link.hasAttribute('download') },
    new URL(location.href),
    BASE,
  );
  if (!url) return;
  event.preventDefault();
  navigate(url.pathname + url.search + url.hash);
});
window.addEventListener('popstate', routeChanged);
window.addEventListener(NAVIGATE_EVENT, routeChanged);
store.subscribe(() => draw());
// Text typed in the last moment before the tab is hidden or closed is saved at once.
window.addEventListener('pagehide', () => void drafts.flushAll());
document.addEventListener('visibilitychange', () => {
  if (document.visibilityState === 'hidden') void drafts.flushAll();
});

draw();
void store.ready.then(() => {
  ready = true;
  draw();
});
