// Serving the demo's production build (dist/) as `npm start`, the app tests and the Lighthouse
// run do: real-path routes answered with index.html, a strict CSP with Trusted Types on every
// response, and hashed assets cached for good.
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../../../scripts/static-server.mjs';

export const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** The example pages' policy: only this origin's scripts and styles, Trusted Types required. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/**
 * The app's policy: the same, and images from blob: URLs too, which the widgets' PNG export
 * draws its SVG through (svg-file.ts).
 */
export const APP_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' blob:; require-trusted-types-for 'script'";

/** Response headers of a path: the CSP, and long caching for files whose name has a hash. */
export function demoHeaders(pathname) {
  const csp = pathname.startsWith('/examples/') ? STRICT_CSP : APP_CSP;
  const immutable = pathname.startsWith('/assets/') || pathname.startsWith('/cdn/chunks/');
  return {
    'content-security-policy': csp,
    'x-content-type-options': 'nosniff',
    'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
  };
}

/**
 * Serves dist/ on `port` (0: a free one) of `host`.
 * @param {{ port?: number, host?: string, root?: string }} [options]
 */
export function serveDemo({ port = 0, host = '127.0.0.1', root = dist } = {}) {
  return serveStatic(root, { port, host, fallback: 'index.html', headersFor: demoHeaders });
}
