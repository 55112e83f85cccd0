// A tiny static file server for browser checks (Storybook smoke, CSP check, bench) and for
// `npm start` (the demo's production build). Listens on 127.0.0.1 only (unless `host` says
// otherwise); `headers` are added to every response (e.g. a CSP), `headersFor(pathname)` to
// those of one path; `fallback` answers a path with no file extension that has no file (a
// single-page app's real-path routes) with that file.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ico': 'image/x-icon',
  '.webmanifest': 'application/manifest+json',
};

/** A route-like path: its last segment has no file extension (`/w/a/print`, not `/a.js`). */
const isRoutePath = (pathname) => !/\.[^/]*$/.test(pathname);

/**
 * Serves `root` on a free port of 127.0.0.1.
 * @param {string} root folder to serve
 * @param {{
 *   headers?: Record<string,string>,
 *   headersFor?: (pathname: string) => Record<string,string> | undefined,
 *   routes?: Record<string, { body: string|Buffer, type?: string }>,
 *   fallback?: string,
 *   port?: number,
 *   host?: string,
 * }} [options] `port` 0 (the default) takes a free one; `fallback` is relative to `root`
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function serveStatic(root, options = {}) {
  const base = resolve(root);
  const server = createServer(async (request, response) => {
    let headers = { 'cache-control': 'no-store', ...(options.headers ?? {}) };
    try {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
      headers = { ...headers, ...(options.headersFor?.(pathname) ?? {}) };
      const route = options.routes?.[pathname];
      if (route) {
        response.writeHead(200, { ...headers, 'content-type': route.type ?? types['.html'] });
        response.end(route.body);
        return;
      }
      let file = normalize(join(base, pathname));
      if (file !== base && !file.startsWith(base + sep))
        throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const found = await stat(file).catch((error) => {
        if (options.fallback && isRoutePath(pathname)) return undefined;
        throw error;
      });
      if (!found) file = join(base, options.fallback);
      else if (found.isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      response.writeHead(200, {
        ...headers,
        'content-type': types[extname(file)] ?? 'application/octet-stream',
      });
      response.end(body);
    } catch {
      response.writeHead(404, { ...headers, 'content-type': types['.txt'] });
      response.end('not found');
    }
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, host, done);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        // A browser's keep-alive connections would hold the close for seconds.
        server.closeAllConnections();
      }),
  };
}
