// Smoke-runs every story of the built Storybook in Chromium: it must render, log no console or
// page error, define its custom elements, and axe-core must find no serious or critical
// violation (open shadow roots included). Exits 1 on any failure, or when there are no stories.
//
// Usage: node scripts/storybook-smoke.mjs [--dir storybook-static] [--filter <text>]
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, findBrowser } from './find-browser.mjs';
import { serveStatic } from './static-server.mjs';

const CONCURRENCY = 2;
const STORY_TIMEOUT_MS = 60_000;
const FAILING_IMPACTS = new Set(['serious', 'critical']);

function option(name, fallback) {
  const index = process.argv.indexOf(name);
  return index === -1 ? fallback : process.argv[index + 1];
}

const dir = resolve(option('--dir', 'storybook-static'));
const filter = option('--filter', '');

/** Runs before Storybook's own scripts: records the story lifecycle events of its channel. */
function watchStorybookChannel() {
  const state = { rendered: false, finished: undefined, failure: undefined, failedReports: [] };
  window.__smoke = state;
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(next) {
      channel = next;
      next.on('storyRendered', () => (state.rendered = true));
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

async function smokeStory(browser, baseUrl, axeSource, story) {
  const problems = [];
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    page.on('console', (message) => {
      // The first two lines name the error; full stacks are in the browser, not needed here.
      const text = message.text().split('\n').slice(0, 2).join(' ');
      if (message.type() === 'error') problems.push(`console error: ${text}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Chromium's console message for a failed load omits the URL: name it.
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
    await page.addInitScript(watchStorybookChannel);
    await page.goto(`${baseUrl}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story`);
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
    if (!state.failure && elementProblems.length === 0) {
      await page.addScriptTag({ content: axeSource });
      for (const v of await page.evaluate(runAxe)) {
        if (!FAILING_IMPACTS.has(v.impact)) continue;
        const more = v.targets.length > 5 ? ` and ${v.targets.length - 5} more` : '';
        const where = v.targets.slice(0, 5).join(', ') + more;
        problems.push(`axe ${v.id} (${v.impact}): ${v.help} at ${where}`);
      }
    }
  } catch (error) {
    problems.push(
      `smoke run failed: ${error instanceof Error ? error.message.split('\n')[0] : error}`,
    );
  } finally {
    await context.close();
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
  const axeSource = await readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  // Chromium asks for /favicon.ico on its own; Storybook ships only favicon.svg.
  const favicon = await readFile(resolve(dir, 'favicon.svg')).catch(() => '');
  const server = await serveStatic(dir, {
    routes: { '/favicon.ico': { body: favicon, type: 'image/svg+xml' } },
  });
  const browser = await chromium.launch({ executablePath: findBrowser(), args: chromiumArgs });
  const failures = [];
  let passed = 0;
  try {
    const queue = [...stories];
    const worker = async () => {
      for (let story = queue.shift(); story; story = queue.shift()) {
        const started = Date.now();
        const problems = await smokeStory(browser, server.url, axeSource, story);
        const ms = Date.now() - started;
        if (problems.length === 0) {
          passed += 1;
          console.log(`  ok   ${story.id} (${ms} ms)`);
        } else {
          failures.push({ story, problems });
          console.log(`  FAIL ${story.id} (${ms} ms)`);
          for (const problem of problems) console.log(`       ${problem}`);
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`smoke: ${passed} passed, ${failures.length} failed`);
  return failures.length === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(`smoke: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  },
);
