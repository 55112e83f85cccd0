// What the app's browser tests share: the built app served as `npm start` serves it, one
// Chromium, fresh storage per page, waiting for a view's widgets, axe, and creating a workspace
// through the home page's form.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { collectPageErrors, launchChromium } from '../../../scripts/browser.mjs';
import { serveDemo } from '../scripts/serve.mjs';

const axeSource = await readFile(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export const STEPS = [
  'preparation',
  'gathering-1',
  'local-work',
  'gathering-2',
  'gathering-3',
  'gathering-4',
  'annual-wheel',
];

/** Every route of a workspace `id` and of the app, for axe. */
export const AXE_ROUTES = (id) => [
  '/',
  `/w/${id}`,
  ...STEPS.map((step) => `/w/${id}/${step}`),
  `/w/${id}/plan/3`,
  `/w/${id}/versions`,
  `/w/${id}/print`,
  `/w/${id}/print/gathering-2`,
  '/network',
  '/embed',
  `/embed/${id}`,
  '/finnes/ikke',
];

export async function startApp() {
  // As `npm start` serves it: real paths answered with index.html, the app's CSP on every page.
  const server = await serveDemo();
  const browser = await launchChromium();
  /** A context of its own (own storage). */
  const newContext = (options = {}) => browser.newContext(options);
  return {
    url: (path) => `${server.url}${path}`,
    newContext,
    /** A page in a context of its own (own storage) that records console and page errors. */
    async newPage(options = {}) {
      const context = await newContext(options);
      const page = await context.newPage();
      const problems = collectPageErrors(page);
      const close = page.close.bind(page);
      page.close = async () => {
        await close();
        await context.close();
      };
      return { page, problems };
    },
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Waits until the view is drawn and every widget in it is mounted (a step view mounts them one
 * per task), defined and rendered.
 */
export async function waitForView(page) {
  await page.waitForFunction(
    () => {
      const main = document.querySelector('main');
      return (
        Boolean(main?.querySelector('h1:not([data-loading])')) &&
        !main.querySelector(':not(:defined), [data-widget-pending]')
      );
    },
    null,
    { timeout: 10_000 },
  );
  await page.evaluate(() =>
    Promise.all(
      [...document.querySelectorAll('main *')]
        .filter((el) => el.localName.startsWith('mulighetsrom-'))
        .map((el) => el.updateComplete),
    ),
  );
}

export async function visit(page, url) {
  await page.goto(url);
  await waitForView(page);
}

/** Axe's violations on the page as it is. */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window)))
    await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => (await window.axe.run(document)).violations);
}

/** Creates a workspace through the home page's form; resolves with its id, on its overview. */
export async function createWorkspace(page, { name }) {
  if (new URL(page.url()).pathname !== '/') {
    await page.locator('.main-nav a').first().click();
    await waitForView(page);
  }
  await page.locator('#new-name').fill(name);
  await page.locator('.create-form button[type="submit"]').click();
  await page.waitForFunction(() => location.pathname.startsWith('/w/'));
  await waitForView(page);
  return page.evaluate(() => decodeURIComponent(location.pathname.split('/')[2]));
}

/** The focused element's tag, inside shadow roots too. */
export function deepActive(page) {
  return page.evaluate(() => {
    let el = document.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el?.localName;
  });
}

/**
 * Presses Tab (Shift+Tab with `back`) until the focused element (inside shadow roots too)
 * matches `selector`; fails after `limit` presses. Keyboard only: nothing is focused by script.
 */
export async function tabTo(page, selector, { limit = 80, back = false } = {}) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate((wanted) => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      return el?.matches(wanted) ?? false;
    }, selector);
    if (hit) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}
