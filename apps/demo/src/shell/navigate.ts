// Client-side navigation: which clicks on real <a href> links the app takes over, and the one
// way a view moves to another path. The shell listens for NAVIGATE_EVENT and popstate.

/** Dispatched on window after navigate() changed the path. */
export const NAVIGATE_EVENT = 'demo-navigate';

/** The parts of a click that decide whether the app handles it. */
export interface LinkClick {
  button: number;
  metaKey: boolean;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  defaultPrevented: boolean;
}

/** The parts of the clicked link. */
export interface ClickedLink {
  href: string;
  target: string;
  hasDownload: boolean;
}

/**
 * The URL the app should show itself for this click, or undefined to leave it to the browser:
 * modifier clicks (new tab, new window, download), other buttons, links to another origin, out
 * of the app's `base`, with a target or a download, and a link to a part of the page it is on.
 */
export function appLinkTarget(
  click: LinkClick,
  link: ClickedLink,
  current: URL,
  base: string,
): URL | undefined {
  if (click.defaultPrevented || click.button !== 0) return undefined;
  if (click.metaKey || click.ctrlKey || click.shiftKey || click.altKey) return undefined;
  if (link.hasDownload || (link.target !== '' && link.target !== '_self')) return undefined;
  let url: URL;
  try {
    url = new URL(link.href, current);
  } catch {
    return undefined;
  }
  if (url.origin !== current.origin || !url.pathname.startsWith(base)) return undefined;
  if (url.pathname === current.pathname && url.search === current.search && url.hash !== '')
    return undefined;
  return url;
}

/** Shows `path` (with any search and hash) as a new history entry. */
export function navigate(path: string): void {
  history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
