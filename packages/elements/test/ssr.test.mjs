// Every widget rendered with Lit SSR (@lit-labs/ssr) in Node, in Bokmål and Nynorsk, with data
// and without, then that HTML hydrated in Chromium. Needs a build (dist/).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import * as core from '@mulighetsrom/core';
import { readManifest, widgetsOf } from '../scripts/react-wrappers.mjs';
import { bundleForBrowser, page, tempDir, withChromium } from './react-fixture/harness.mjs';

const widgets = widgetsOf(readManifest());
for (const { name } of widgets) await import(`../dist/${name}.js`);

/** Data each widget renders something of; `{}` is an empty document for the others. */
const DATA = {
  model: { title: 'Grimstad', areas: [{ id: 2, status: 'improve' }] },
  'expectation-matrix': {
    preset: 'radmann',
    cells: [{ row: 'radmenn', column: 'radmann-01', value: 'marked' }],
  },
  'annual-wheel': {
    title: 'Årshjul',
    year: 2027,
    rings: [{ id: 'ring-a', label: 'Ring A' }],
    activities: [{ id: 'a1', ring: 'ring-a', title: 'Møte', start: '2027-03-16' }],
  },
};
const dataOf = (name) => JSON.stringify(DATA[name] ?? {});

/**
 * The texts of every catalog that exist in one language only (none of the other's texts is the
 * same), plain enough to find verbatim in HTML.
 */
function onlyIn(lang, other) {
  const texts = (l) =>
    Object.values(core)
      .filter((v) => v && typeof v === 'object' && v.nb && v.nn && v.en)
      .flatMap((catalog) => Object.values(catalog[l]).filter((t) => typeof t === 'string'));
  const others = new Set(texts(other));
  return [...new Set(texts(lang))].filter(
    (t) => t.length >= 5 && !others.has(t) && !/[{}&<>"']/.test(t),
  );
}
const LANGS = ['nb', 'nn'];
const NB_ONLY = onlyIn('nb', 'nn');
const NN_ONLY = onlyIn('nn', 'nb');
const found = (htmlText, texts) =>
  texts.filter((t) => htmlText.includes(`>${t}<`) || htmlText.includes(`="${t}"`));

/** Renders `<tag lang=… data=…>` on the server; console errors and warnings are collected. */
async function ssr(tagName, attributes) {
  const tag = unsafeStatic(tagName);
  const problems = [];
  const saved = { error: console.error, warn: console.warn };
  console.error = console.warn = (...args) => problems.push(args.map(String).join(' '));
  try {
    const template =
      attributes.data === undefined
        ? html`<${tag} lang=${attributes.lang}></${tag}>`
        : html`<${tag} lang=${attributes.lang} data=${attributes.data}></${tag}>`;
    return { out: await collectResult(render(template)), problems };
  } finally {
    Object.assign(console, saved);
  }
}

describe('Lit SSR in Node', () => {
  for (const { name, tagName } of widgets) {
    it(`<${tagName}>: lang decides the language of the shadow DOM`, async () => {
      const nb = await ssr(tagName, { lang: 'nb', data: dataOf(name) });
      const nn = await ssr(tagName, { lang: 'nn', data: dataOf(name) });
      assert.deepEqual([...nb.problems, ...nn.problems], []);
      assert.match(nn.out, /<template shadowroot="open" shadowrootmode="open">/);
      assert.deepEqual(found(nn.out, NB_ONLY), [], 'no Bokmål text in the Nynorsk HTML');
      assert.notDeepEqual(found(nn.out, NN_ONLY), [], 'Nynorsk text in the Nynorsk HTML');
      assert.deepEqual(found(nb.out, NN_ONLY), [], 'no Nynorsk text in the Bokmål HTML');
    });

    it(`<${tagName}>: renders without data, no DOM query on the server`, async () => {
      const { out, problems } = await ssr(tagName, { lang: 'nn' });
      assert.deepEqual(problems, []);
      assert.match(out, /shadowrootmode="open"/);
    });
  }
});

describe('hydrated in Chromium', () => {
  let dir;
  before(async () => {
    dir = tempDir('ssr');
    // Hydration support first: it must be in place before LitElement's module runs.
    const entry = {
      contents: [
        "import '@lit-labs/ssr-client/lit-element-hydrate-support.js';",
        ...widgets.map(({ name }) => `import '@mulighetsrom/elements/${name}.js';`),
      ].join('\n'),
    };
    await bundleForBrowser(entry, join(dir, 'hydrate.js'));
    let body = '';
    for (const { name, tagName } of widgets)
      for (const lang of LANGS) body += (await ssr(tagName, { lang, data: dataOf(name) })).out;
    writeFileSync(join(dir, 'index.html'), page({ body }));
  });

  it('every widget takes over its server HTML: same nodes, same language, no errors', async () => {
    await withChromium(dir, {}, async (open) => {
      const { tab, problems } = await open('/index.html');
      const selectors = widgets.flatMap((w) => LANGS.map((lang) => `${w.tagName}[lang="${lang}"]`));
      // Before any script: declarative shadow roots; mark the first rendered node of each, and
      // count the top-level children: rendering from scratch into a server root adds a second set.
      const serverChildren = await tab.evaluate(
        (selectors) =>
          selectors.map((selector, i) => {
            const root = document.querySelector(selector)?.shadowRoot;
            const first = root?.querySelector(':not(style)');
            if (first) first.dataset.serverNode = String(i);
            return first ? root.children.length : 0;
          }),
        selectors,
      );
      assert.ok(
        serverChildren.every((n) => n > 0),
        'every widget has server-rendered shadow DOM',
      );
      await tab.addScriptTag({ url: '/hydrate.js', type: 'module' });
      const state = await tab.evaluate(async (selectors) => {
        const out = [];
        for (const [i, selector] of selectors.entries()) {
          const el = document.querySelector(selector);
          await customElements.whenDefined(el.localName);
          await el.updateComplete;
          out.push({
            kept: !!el.shadowRoot.querySelector(`[data-server-node="${i}"]`),
            children: el.shadowRoot.children.length,
            html: el.shadowRoot.innerHTML,
          });
        }
        return out;
      }, selectors);
      selectors.forEach((selector, i) => {
        const other = selector.endsWith('"nn"]') ? NB_ONLY : NN_ONLY;
        assert.ok(state[i].kept, `${selector} kept its server nodes (hydrated, not re-rendered)`);
        assert.equal(
          state[i].children,
          serverChildren[i],
          `${selector}: no second rendering beside them`,
        );
        assert.deepEqual(
          found(state[i].html, other),
          [],
          `${selector}: same language after hydration`,
        );
      });
      assert.deepEqual(problems, []);
    });
  });
});
