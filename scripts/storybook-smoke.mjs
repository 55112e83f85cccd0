// Smoke-runs every story of the built Storybook in Chromium: it must render, log no console or
// page error, define its custom elements, and axe-core must find no serious or critical
// violation (open shadow roots included). Every story runs once per variant (language and
// colour scheme set through Storybook's URL globals), and each page must show that its globals
// took effect. Exits 1 on any failure, or when there are no stories.
//
// Usage: node scripts/storybook-smoke.mjs [--dir storybook-static] [--filter <text>]
//        [--variants nb-light,nn-dark,en-high-contrast]
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { collectPageErrors, launchChromium } from './browser.mjs';
import { serveStatic } from './static-server.mjs';

const CONCURRENCY = 2;
const STORY_TIMEOUT_MS = 60_000;
const FAILING_IMPACTS = new Set(['serious', 'critical']);
/** Where the server hands out axe-core, so each worker's pages compile it once. */
const AXE_PATH = '/__smoke/axe.min.js';

/**
 * The toolbar globals of .storybook/preview.ts (`lang`, `scheme`). The first is the default and
 * is opened without URL globals, so the preview's own initialGlobals are what it tests. Every
 * story runs in every variant: contrast bugs are per story and per scheme, and untranslated or
 * overflowing text per story and per language, so a rotation (one extra combination per story)
 * would leave most story × scheme pairs unchecked. Together the variants cover all three
 * languages and the three explicit schemes; `system` only defers to prefers-color-scheme.
 */
const VARIANTS = [
  { id: 'nb-light', globals: { lang: 'nb', scheme: 'light' }, fromUrl: false },
  { id: 'nn-dark', globals: { lang: 'nn', scheme: 'dark' }, fromUrl: true },
  { id: 'en-high-contrast', globals: { lang: 'en', scheme: 'high-contrast' }, fromUrl: true },
];

/**
 * The a11y addon runs its own axe pass after every render; its verdict is left to our axe run
 * anyway (see onlyA11yFailed), so `a11y.manual` switches it off: about half the load time.
 */
const BASE_GLOBALS = 'a11y.manual:!true';

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
}

const dir = resolve(option('--dir', 'storybook-static'));
const filter = option('--filter', '');
const variantIds = option('--variants', VARIANTS.map((v) => v.id).join(',')).split(',');

/** Runs before Storybook's own scripts: records the story lifecycle events of its channel. */
function watchStorybookChannel() {
  const state = {
    rendered: false,
    finished: undefined,
    failure: undefined,
    failedReports: [],
    globals: undefined,
    storyGlobals: undefined,
  };
  window.__smoke = state;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      next.on('storyRendered', () => (state.rendered = true));
      // Sent before the render with the globals the story gets (URL and story globals merged).
      next.on('globalsUpdated', (event) => {
        state.globals = event?.globals;
        state.storyGlobals = event?.storyGlobals;
      });
      next.on('storyFinished', (event) => {
        state.failedReports = (event?.reporters ?? [])
          .filter((report) => report.status === 'failed')
          .map((report) => report.type);
        state.finished = event?.status ?? 'success';
      });
      for (const type of ['storyErrored', 'storyThrewException', 'storyMissing']) {
        next.on(type, (event) => {
          state.failure = `${type}: ${event?.message ?? event?.title ?? JSON.stringify(event)}`;
        });
      }
      next.on('playFunctionThrewException', (event) => {
        state.failure = `play function threw: ${event?.message ?? JSON.stringify(event)}`;
      });
    },
  });
}

/** In the page: every custom element in the story (through open shadow roots) is defined and updated. */
async function settleCustomElements() {
  // The story sits inside the wrapper of .storybook/preview.ts when there is one.
  const root =
    document.querySelector('#storybook-root .mulighetsrom-story') ??
    document.querySelector('#storybook-root');
  if (!root || (root.childElementCount === 0 && !root.textContent?.trim())) {
    return ['#storybook-root is empty: the story rendered nothing'];
  }
  const problems = [];
  const seen = new Set();
  const walk = async (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (seen.has(element)) continue;
      seen.add(element);
      const tag = element.localName;
      if (tag.includes('-')) {
        if (!customElements.get(tag)) problems.push(`<${tag}> is not defined`);
        else if (element.updateComplete) await element.updateComplete;
      }
      if (element.shadowRoot) await walk(element.shadowRoot);
    }
  };
  await walk(root);
  return problems;
}

/**
 * In the page: what the preview decorator made of the globals. It sets `lang` and
 * `data-color-scheme` on <html> and on the story wrapper; a widget without a nearer `lang`
 * resolves the page language (its `language` getter, where it has one).
 */
function appliedGlobals() {
  const html = document.documentElement;
  const wrapper = document.querySelector('#storybook-root .mulighetsrom-story');
  const widgets = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (
        element.localName.startsWith('mulighetsrom-') &&
        typeof element.language === 'string' &&
        element.closest('[lang]') === html
      ) {
        widgets.push({ tag: element.localName, language: element.language });
      }
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  if (wrapper) walk(wrapper);
  return {
    htmlLang: html.getAttribute('lang'),
    htmlScheme: html.getAttribute('data-color-scheme'),
    wrapperScheme: wrapper ? wrapper.getAttribute('data-color-scheme') : undefined,
    widgets,
  };
}

/** Problems when the page did not get the variant's globals (so it would test the default). */
function globalsProblems(variant, state, applied) {
  const problems = [];
  const expected = {};
  for (const [name, value] of Object.entries(variant.globals)) {
    // A story that pins a global (story-level `globals`) wins over the URL: expect its value.
    expected[name] = state.storyGlobals?.[name] ?? value;
    const actual = state.globals?.[name];
    if (actual !== expected[name]) {
      problems.push(`global ${name}: Storybook resolved ${actual}, expected ${expected[name]}`);
    }
  }
  if (applied.htmlLang !== expected.lang) {
    problems.push(`<html lang="${applied.htmlLang}">, expected "${expected.lang}"`);
  }
  // `system` removes the attribute and leaves the scheme to prefers-color-scheme.
  const scheme = expected.scheme === 'system' ? null : expected.scheme;
  if (applied.htmlScheme !== scheme) {
    problems.push(`<html data-color-scheme="${applied.htmlScheme}">, expected "${scheme}"`);
  }
  if (applied.wrapperScheme !== undefined && applied.wrapperScheme !== scheme) {
    problems.push(
      `story wrapper data-color-scheme="${applied.wrapperScheme}", expected "${scheme}"`,
    );
  }
  for (const widget of applied.widgets) {
    if (widget.language !== expected.lang) {
      problems.push(
        `<${widget.tag}> resolved language ${widget.language}, expected ${expected.lang}`,
      );
    }
  }
  return problems;
}

/** The iframe address of one story in one variant; printed on failure to reproduce it. */
function storyPath(story, variant) {
  const globals = Object.entries(variant.fromUrl ? variant.globals : {})
    .map(([name, value]) => `${name}:${value}`)
    .concat(BASE_GLOBALS)
    .join(';');
  return `/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`;
}

async function runAxe() {
  const result = await window.axe.run(
    { include: [['#storybook-root']] },
    { resultTypes: ['violations'] },
  );
  return result.violations.map((v) => ({
    id: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.map((n) => JSON.stringify(n.target)),
  }));
}

/**
 * The a11y addon (parameters.a11y.test = 'error') fails a story on a violation of any impact.
 * Here the threshold is serious or critical, so such a story is judged by our own axe run.
 */
function onlyA11yFailed(failedReports = []) {
  return failedReports.length > 0 && failedReports.every((type) => type === 'a11y');
}

/**
 * Runs at the start of every document of a worker's tab: storage empty, as in a fresh browser
 * context. (A worker keeps one tab for all its stories, so that Storybook's bundles and axe are
 * compiled once per renderer process instead of once per page.)
 */
function emptyStorage() {
  try {
    localStorage.clear();
    sessionStorage.clear();
  } catch {
    // Storage may be unavailable (an opaque origin): nothing kept, nothing to clear.
  }
}

/**
 * A worker's tab: one page, navigated to each story in turn. Console and page errors and
 * failed responses go to the story being run (`tab.problems`); between stories there is none.
 */
async function openTab(browser) {
  const context = await browser.newContext();
  await context.addInitScript(emptyStorage);
  const page = await context.newPage();
  const tab = { context, page, problems: undefined };
  collectPageErrors(page, { push: (problem) => tab.problems?.push(problem) });
  // Chromium's console message for a failed load omits the URL: name it.
  page.on('response', (response) => {
    if (response.status() >= 400)
      tab.problems?.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(watchStorybookChannel);
  return tab;
}

/** Runs one story in one variant in the worker's tab; any exception leaves `tab.broken` set. */
async function smokeStory(tab, baseUrl, story, variant) {
  const problems = [];
  tab.problems = problems;
  const { page } = tab;
  try {
    await page.goto(`${baseUrl}${storyPath(story, variant)}`);
    await page.waitForFunction(
      () => window.__smoke?.finished !== undefined || window.__smoke?.failure !== undefined,
      undefined,
      { timeout: STORY_TIMEOUT_MS },
    );
    const state = await page.evaluate(() => window.__smoke);
    if (state.failure) problems.push(state.failure);
    else if (!state.rendered) problems.push('the story never reported storyRendered');
    else if (state.finished !== 'success' && !onlyA11yFailed(state.failedReports)) {
      problems.push(`story finished with status ${state.finished}`);
    }
    const elementProblems = await page.evaluate(settleCustomElements);
    problems.push(...elementProblems);
    if (!state.failure) {
      problems.push(...globalsProblems(variant, state, await page.evaluate(appliedGlobals)));
    }
    if (!state.failure && elementProblems.length === 0) {
      await page.addScriptTag({ url: AXE_PATH });
      for (const v of await page.evaluate(runAxe)) {
        if (!FAILING_IMPACTS.has(v.impact)) continue;
        const more = v.targets.length > 5 ? ` and ${v.targets.length - 5} more` : '';
        const where = v.targets.slice(0, 5).join(', ') + more;
        problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${where}`);
      }
    }
  } catch (error) {
    tab.broken = true;
    problems.push(
      `smoke run failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
  } finally {
    tab.problems = undefined;
  }
  return problems;
}

async function main() {
  const index = JSON.parse(await readFile(resolve(dir, 'index.json'), 'utf8'));
  const stories = Object.values(index.entries ?? {}).filter(
    (entry) => entry.type === 'story' && entry.id.includes(filter),
  );
  if (stories.length === 0) {
    console.error(`smoke: no stories found in ${dir}/index.json — Storybook needs at least one.`);
    return 1;
  }
  const variants = variantIds.map((id) => VARIANTS.find((v) => v.id === id));
  if (variants.includes(undefined)) {
    console.error(`smoke: --variants takes ${VARIANTS.map((v) => v.id).join(', ')}`);
    return 1;
  }
  const axeSource = await readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  // Chromium asks for /favicon.ico on its own; Storybook ships only favicon.svg.
  const favicon = await readFile(resolve(dir, 'favicon.svg')).catch(() => '');
  const server = await serveStatic(dir, {
    routes: {
      '/favicon.ico': { body: favicon, type: 'image/svg+xml' },
      [AXE_PATH]: { body: axeSource, type: 'text/javascript; charset=utf-8' },
    },
    // The build does not change during the run: every page after a worker's first takes
    // Storybook's bundles (and their compiled code) from the cache.
    headers: { 'cache-control': 'max-age=3600, immutable' },
  });
  const browser = await launchChromium();
  const tabs = new Set();
  const failures = [];
  let passed = 0;
  try {
    // Default variant first: its results read like the single run of old.
    const queue = variants.flatMap((variant) => stories.map((story) => ({ story, variant })));
    const worker = async () => {
      let tab;
      for (let job = queue.shift(); job; job = queue.shift()) {
        const { story, variant } = job;
        const started = Date.now();
        // A tab that failed (timeout, crash) is replaced, so one story cannot break the next.
        if (tab?.broken) {
          tabs.delete(tab);
          await tab.context.close().catch(() => {});
          tab = undefined;
        }
        if (!tab) tabs.add((tab = await openTab(browser)));
        const problems = await smokeStory(tab, server.url, story, variant);
        const label = `${story.id} [${variant.id}] (${Date.now() - started} ms)`;
        if (problems.length === 0) {
          passed += 1;
          console.log(`  ok   ${label}`);
        } else {
          failures.push({ story, variant, problems });
          console.log(`  FAIL ${label}`);
          console.log(`       ${storyPath(story, variant)}`);
          for (const problem of problems) console.log(`       ${problem}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    for (const tab of tabs) await tab.context.close();
    await browser.close();
    await server.close();
  }
  console.log(
    `smoke: ${passed + failures.length} pages (${stories.length} stories × ${variants.length} ` +
      `variants: ${variants.map((v) => v.id).join(', ')}): ${passed} passed, ${failures.length} failed`,
  );
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`smoke: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
