// Links of the app: routePath under Vite's base, so the app also works from a sub-folder.
import { routePath, type Route } from '../router.js';

export const BASE: string = import.meta.env.BASE_URL;

/** The `href` of a route. */
export const href = (route: Route): string => routePath(route, BASE);
