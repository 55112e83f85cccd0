// Every widget rendered with Lit SSR (@lit-labs/ssr) in Node, in Bokmål and Nynorsk, with data
// and without, its language given by its own `lang`, a custom-element ancestor's or the
// request's (`serverLang()`), then that HTML hydrated in Chromium. Needs a build (dist/).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { LitElementRenderer, render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { LitElement } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html, unsafeStatic } from 'lit/static-html.js';
import * as core from '@mulighetsrom/core';
import { serverLang } from '@mulighetsrom/elements/ssr';
import { readManifest, widgetsOf } from '../scripts/react-wrappers.mjs';
import { bundleForBrowser, page, tempDir, withChromium } from './react-fixture/harness.mjs';

const widgets = widgetsOf(readManifest());
for (const { name } of widgets) await import(`../dist/${name}.js`);

/** A page's own Lit element holding a widget in its slot (an app shell, a layout), with `lang`. */
customElements.define(
  'test-lang-host',
  class extends LitElement {
    render() {
      return html`<div><slot></slot></div>`;
    }
  },
);
/** A page's own Lit element rendering a model in its shadow root. */
customElements.define(
  'test-lang-shell',
  class extends LitElement {
    render() {
      return html`<mulighetsrom-model></mulighetsrom-model>`;
    }
  },
);
/** A page's own Lit element passing its slot on to a test-lang-host with lang="nb". */
customElements.define(
  'test-lang-frame',
  class extends LitElement {
    render() {
      return html`<test-lang-host lang="nb"><slot></slot></test-lang-host>`;
    }
  },
);
// @lit-labs/ssr links a custom element's shadow root and slots into the event path only when
// it calls the element's connectedCallback (what the README tells pages to ask for).
LitElementRenderer.renderOptions.push((element) =>
  element.localName.startsWith('test-lang-') ? { connectedCallback: true } : undefined,
);

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

/** `<tag lang=… data=…>`, leaving out what is undefined. */
function widget(tagName, { lang, data } = {}) {
  const tag = unsafeStatic(tagName);
  return html`<${tag} lang=${ifDefined(lang)} data=${ifDefined(data)}></${tag}>`;
}
const inHost = (lang, inner) => html`<test-lang-host lang=${lang}>${inner}</test-lang-host>`;

/** Renders on the server; console errors and warnings are collected. */
async function ssr(template, renderInfo) {
  const problems = [];
  const saved = { error: console.error, warn: console.warn };
  console.error = console.warn = (...args) => problems.push(args.map(String).join(' '));
  try {
    return { out: await collectResult(render(template, renderInfo)), problems };
  } finally {
    Object.assign(console, saved);
  }
}

/** `out` is in `lang` (nb or nn): some of its own texts, none of the other's, no console noise. */
function assertLang({ out, problems }, lang, what) {
  const [own, other] = lang === 'nn' ? [NN_ONLY, NB_ONLY] : [NB_ONLY, NN_ONLY];
  assert.deepEqual(problems, [], `${what}: no console errors`);
  assert.deepEqual(found(out, other), [], `${what}: no text of the other language`);
  assert.notDeepEqual(found(out, own), [], `${what}: ${lang} text`);
}

describe('Lit SSR in Node', () => {
  for (const { name, tagName } of widgets) {
    it(`<${tagName}>: lang decides the language of the shadow DOM`, async () => {
      const nb = await ssr(widget(tagName, { lang: 'nb', data: dataOf(name) }));
      const nn = await ssr(widget(tagName, { lang: 'nn', data: dataOf(name) }));
      assert.match(nn.out, /<template shadowroot="open" shadowrootmode="open">/);
      assertLang(nn, 'nn', 'lang="nn"');
      assertLang(nb, 'nb', 'lang="nb"');
    });

    it(`<${tagName}>: renders without data, no DOM query on the server`, async () => {
      const { out, problems } = await ssr(widget(tagName, { lang: 'nn' }));
      assert.deepEqual(problems, []);
      assert.match(out, /shadowrootmode="open"/);
    });

    it(`<${tagName}>: else a custom-element ancestor's lang, else the request's, else Bokmål`, async () => {
      const data = dataOf(name);
      const bare = widget(tagName, { data });
      assertLang(await ssr(inHost('nn', bare)), 'nn', 'in <test-lang-host lang="nn">');
      assertLang(await ssr(bare, serverLang('nn')), 'nn', "with serverLang('nn')");
      assertLang(await ssr(bare), 'nb', 'no lang anywhere');
      // The closest wins, as in the browser: own, then the ancestor, then the page.
      const own = inHost('nn', widget(tagName, { lang: 'nb', data }));
      assertLang(await ssr(own, serverLang('nn')), 'nb', 'own lang="nb" in nn');
      assertLang(await ssr(inHost('nb', bare), serverLang('nn')), 'nb', 'ancestor nb, page nn');
      // An unsupported lang is passed over for an outer one.
      const de = inHost('nn', widget(tagName, { lang: 'de', data }));
      assertLang(await ssr(de), 'nn', 'own lang="de" in nn');
    });
  }

  it('a widget in the shadow root of a custom element with lang takes that lang', async () => {
    assertLang(await ssr(html`<test-lang-shell lang="nn"></test-lang-shell>`), 'nn', 'shell');
  });

  it('a lang inside the shadow tree a widget is slotted into does not apply, as in the browser', async () => {
    const framed = html`<test-lang-frame lang="nn"
      >${widget('mulighetsrom-model')}</test-lang-frame
    >`;
    assertLang(await ssr(framed), 'nn', 'slotted through a host with lang="nb"');
  });

  it('a page that asks Lit SSR to call every connectedCallback still renders each widget cleanly', async () => {
    const everyElement = () => ({ connectedCallback: true });
    LitElementRenderer.renderOptions.unshift(everyElement);
    try {
      for (const { name, tagName } of widgets) {
        assertLang(
          await ssr(inHost('nn', widget(tagName, { data: dataOf(name) }))),
          'nn',
          `<${tagName}> with connectedCallback`,
        );
      }
    } finally {
      LitElementRenderer.renderOptions.splice(
        LitElementRenderer.renderOptions.indexOf(everyElement),
        1,
      );
    }
  });

  it('a plain HTML ancestor is not seen by Lit SSR (the README says so)', async () => {
    const plain = html`<main lang="nn">${widget('mulighetsrom-model')}</main>`;
    assertLang(await ssr(plain), 'nb', '<main lang="nn">');
  });

  it('each request keeps its own language (concurrent renders)', async () => {
    const bare = widget('mulighetsrom-model', { data: dataOf('model') });
    const langs = ['nn', 'nb', 'nn', 'nb'];
    const outs = await Promise.all(langs.map((lang) => ssr(bare, serverLang(lang))));
    outs.forEach((out, i) => assertLang(out, langs[i], `request ${i} (${langs[i]})`));
  });
});

/**
 * What the hydration test renders: each widget with its own lang (nb and nn), in a custom
 * element with lang="nn", and with `serverLang('nn')` in a page part whose language only the
 * browser's HTML says (a plain `<section lang="nn">`, invisible to the server).
 */
async function hydrationCases() {
  const cases = [];
  for (const { name, tagName } of widgets) {
    const data = dataOf(name);
    for (const lang of LANGS)
      cases.push({
        selector: `#root > ${tagName}[lang="${lang}"]`,
        lang,
        out: (await ssr(widget(tagName, { lang, data }))).out,
      });
    cases.push({
      selector: `test-lang-host > ${tagName}`,
      lang: 'nn',
      out: (await ssr(inHost('nn', widget(tagName, { data })))).out,
    });
    const { out } = await ssr(widget(tagName, { data }), serverLang('nn'));
    cases.push({
      selector: `section > ${tagName}`,
      lang: 'nn',
      out: `<section lang="nn">${out}</section>`,
    });
  }
  return cases;
}

describe('hydrated in Chromium', () => {
  let dir;
  let cases;
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
    cases = await hydrationCases();
    writeFileSync(join(dir, 'index.html'), page({ body: cases.map((c) => c.out).join('') }));
  });

  it('every widget takes over its server HTML: same nodes, same language, no errors', async () => {
    await withChromium(dir, {}, async (open) => {
      const { tab, problems } = await open('/index.html');
      const selectors = cases.map((c) => c.selector);
      // Before any script: declarative shadow roots; mark the first rendered node of each, and
      // count the top-level children: rendering from scratch into a server root adds a second set.
      // Every text and attribute written into a root from now on is recorded, to catch a
      // language switch that hydration makes and undoes.
      const server = await tab.evaluate(
        (selectors) =>
          selectors.map((selector, i) => {
            const found = document.querySelectorAll(selector);
            if (found.length !== 1) return { children: -found.length };
            const root = found[0].shadowRoot;
            const first = root?.querySelector(':not(style)');
            if (!first) return { children: 0 };
            first.dataset.serverNode = String(i);
            const written = (window.written ??= []);
            written[i] = [];
            new MutationObserver((records) => {
              for (const r of records) {
                if (r.type === 'attributes')
                  written[i].push(`="${r.target.getAttribute(r.attributeName)}"`);
                else if (r.type === 'characterData') written[i].push(`>${r.target.data}<`);
                else
                  for (const node of r.addedNodes)
                    written[i].push(node.outerHTML ?? `>${node.textContent}<`);
              }
            }).observe(root, {
              subtree: true,
              childList: true,
              characterData: true,
              attributes: true,
            });
            return { children: root.children.length, html: root.innerHTML };
          }),
        selectors,
      );
      const serverChildren = server.map((s) => s.children);
      serverChildren.forEach((n, i) =>
        assert.ok(n > 0, `${selectors[i]}: one element, with server-rendered shadow DOM (${n})`),
      );
      await tab.addScriptTag({ url: '/hydrate.js', type: 'module' });
      const state = await tab.evaluate(async (selectors) => {
        const out = [];
        for (const [i, selector] of selectors.entries()) {
          const el = document.querySelector(selector);
          await customElements.whenDefined(el.localName);
          await el.updateComplete;
          await new Promise((resolve) => setTimeout(resolve)); // observers and re-renders
          await el.updateComplete;
          out.push({
            kept: !!el.shadowRoot.querySelector(`[data-server-node="${i}"]`),
            children: el.shadowRoot.children.length,
            html: el.shadowRoot.innerHTML,
            written: window.written[i].join(' '),
            // What the widget resolved in the browser (a protected getter in TypeScript):
            // hydration keeps the server's text even when it disagrees, until a re-render.
            language: el.language,
          });
        }
        return out;
      }, selectors);
      cases.forEach(({ selector, lang }, i) => {
        const other = lang === 'nn' ? NB_ONLY : NN_ONLY;
        assert.deepEqual(found(server[i].html, other), [], `${selector}: server HTML in ${lang}`);
        assert.equal(state[i].language, lang, `${selector}: the browser resolves ${lang} too`);
        assert.deepEqual(found(state[i].written, other), [], `${selector}: no switch on the way`);
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
