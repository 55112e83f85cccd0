import { describe, expect, it } from 'vitest';
import { parseRoute, routePath, type Route } from './router.js';

const routes: Route[] = [
  { view: 'home' },
  { view: 'network' },
  { view: 'embed' },
  { view: 'embed', id: 'nav-solvik' },
  { view: 'workspace', id: 'nav solvik/æøå' },
  { view: 'step', id: 'a', step: 'gathering-2' },
  { view: 'plan', id: 'a', area: '16' },
  { view: 'versions', id: 'a' },
  { view: 'print', id: 'a' },
  { view: 'print', id: 'a', step: 'gathering-1' },
];

describe('routes', () => {
  it('every route survives a round trip through its path, with and without a base', () => {
    for (const route of routes) {
      expect(parseRoute(routePath(route))).toEqual(route);
      expect(parseRoute(routePath(route, '/app/'), '/app/')).toEqual(route);
    }
  });

  it('an unknown path or step is not found, not a wrong view', () => {
    for (const path of ['/w', '/w/a/gathering-9', '/w/a/plan', '/x', '/network/extra'])
      expect(parseRoute(path)).toEqual({ view: 'not-found', path });
  });
});
