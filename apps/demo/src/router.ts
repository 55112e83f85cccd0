// The app's routes as real paths (History API), so every view is a link that can be bookmarked,
// opened in a new tab and shared. Vite's dev and preview servers and the service worker answer
// unknown paths with index.html.
import { STEP_IDS, type StepId } from './workspace/document.js';

export type Route =
  | { view: 'home' }
  | { view: 'workspace'; id: string }
  | { view: 'step'; id: string; step: StepId }
  | { view: 'plan'; id: string; area: string }
  | { view: 'versions'; id: string }
  | { view: 'print'; id: string; step?: StepId }
  | { view: 'network' }
  | { view: 'embed'; id?: string }
  | { view: 'not-found'; path: string };

const isStep = (value: string | undefined): value is StepId => STEP_IDS.includes(value as StepId);

/** The route of a path (`location.pathname`), with `base` (Vite's BASE_URL) removed. */
export function parseRoute(pathname: string, base = '/'): Route {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, id, third, fourth] = parts;
  if (parts.length === 0) return { view: 'home' };
  if (first === 'network' && parts.length === 1) return { view: 'network' };
  if (first === 'embed' && parts.length <= 2) return id ? { view: 'embed', id } : { view: 'embed' };
  if (first === 'w' && id) {
    if (parts.length === 2) return { view: 'workspace', id };
    if (third === 'versions' && parts.length === 3) return { view: 'versions', id };
    if (third === 'print' && parts.length === 3) return { view: 'print', id };
    if (third === 'print' && isStep(fourth) && parts.length === 4)
      return { view: 'print', id, step: fourth };
    if (third === 'plan' && fourth && parts.length === 4) return { view: 'plan', id, area: fourth };
    if (isStep(third) && parts.length === 3) return { view: 'step', id, step: third };
  }
  return { view: 'not-found', path: pathname };
}

/** The path of a route (what `href` gets), the inverse of parseRoute. */
export function routePath(route: Route, base = '/'): string {
  const part = encodeURIComponent;
  switch (route.view) {
    case 'home':
      return base;
    case 'network':
      return `${base}network`;
    case 'embed':
      return route.id ? `${base}embed/${part(route.id)}` : `${base}embed`;
    case 'workspace':
      return `${base}w/${part(route.id)}`;
    case 'step':
      return `${base}w/${part(route.id)}/${route.step}`;
    case 'plan':
      return `${base}w/${part(route.id)}/plan/${part(route.area)}`;
    case 'versions':
      return `${base}w/${part(route.id)}/versions`;
    case 'print':
      return `${base}w/${part(route.id)}/print${route.step ? `/${route.step}` : ''}`;
    case 'not-found':
      return route.path;
  }
}
