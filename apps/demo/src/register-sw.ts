// Registers the service worker that vite.config.ts generates (offline after the first load). A
// new version waits until the reader reloads through the update notice (shell/update-notice.ts).
// Under the app's CSP `require-trusted-types-for 'script'` a worker's URL must be a
// TrustedScriptURL, so a policy that lets only this one URL through makes it.
import { Workbox } from 'workbox-window';

interface ScriptUrlPolicy {
  createScriptURL(url: string): string;
}
interface TrustedTypesFactory {
  createPolicy(name: string, rules: { createScriptURL(url: string): string }): ScriptUrlPolicy;
}

const url = `${import.meta.env.BASE_URL}sw.js`;

/**
 * Registers the worker; gives the Workbox object whose `waiting` and `controlling` events the
 * update notice follows (shell/update-prompt.ts), or undefined without service workers.
 */
export function registerServiceWorker(): Workbox | undefined {
  if (!('serviceWorker' in navigator)) return undefined;
  const factory = (window as { trustedTypes?: TrustedTypesFactory }).trustedTypes;
  const policy = factory?.createPolicy('mulighetsrom-demo-sw', {
    createScriptURL(given) {
      if (given !== url) throw new TypeError(`not the app's service worker: ${given}`);
      return given;
    },
  });
  const workbox = new Workbox(policy ? policy.createScriptURL(url) : url, {
    scope: import.meta.env.BASE_URL,
  });
  // A failed registration leaves the app working online; there is nothing to tell the reader.
  workbox.register().catch(() => undefined);
  return workbox;
}
