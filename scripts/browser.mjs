// Starting the browser and hearing a page's errors, the same way in every browser tool (the
// tokens cascade test, the CSP check, the Storybook smoke run, the demo app tests, the bench).
// Apart from find-browser.mjs so that finding a browser does not need playwright.
import { chromium } from 'playwright-core';
import { chromiumArgs, ensureBrowser } from './find-browser.mjs';

/**
 * Headless Chromium (found, or installed with apt as root, by find-browser.mjs) with our launch
 * flags plus `extraArgs`.
 * @param {string[]} [extraArgs]
 * @returns {Promise<import('playwright-core').Browser>}
 */
export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: ensureBrowser(),
    args: [...chromiumArgs, ...extraArgs],
  });
}

/**
 * Adds the page's errors to `problems` as they happen: console errors (their first two lines,
 * and the script that logged them) and uncaught exceptions. Returns `problems`.
 * @param {import('playwright-core').Page} page
 * @param {string[]} [problems]
 * @returns {string[]}
 */
export function collectPageErrors(page, problems = []) {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text().split('\n').slice(0, 2).join(' ');
    const where = message.location()?.url;
    problems.push(`console error: ${text}${where ? ` (${where})` : ''}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  return problems;
}
